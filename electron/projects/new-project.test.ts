// A new project or the demo study written into a folder that does not exist: a clear
// message from the service, the command line's exit code 1, and no stack trace.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { ApiError } from '../../shared/errors.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { runCli } from '../cli/main.ts';
import { newProjectWithCodebook } from './new-project.ts';

let tmp: ReturnType<typeof makeTempDir>;
beforeEach(() => (tmp = makeTempDir('alens-new-project-')));
afterEach(() => tmp.cleanup());

describe('a new project in a folder that does not exist', () => {
  it('is refused by the service with a message that names the folder', () => {
    const path = join(tmp.dir, 'missing', 'study.alens');
    let error: unknown;
    try {
      newProjectWithCodebook(path, 'Study').close();
    } catch (e) {
      error = e;
    }
    expect(error).toBeInstanceOf(ApiError);
    expect((error as ApiError).message).toContain(`The folder ${join(tmp.dir, 'missing')} does not exist`);
    expect(existsSync(join(tmp.dir, 'missing'))).toBe(false);
  });

  it.each(['create', 'demo'])('the command line\'s %s says so in words and exits 1', async (command) => {
    const err: string[] = [];
    const code = await runCli([command, join(tmp.dir, 'missing', 'study.alens')], () => {}, (s) => err.push(s));
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/^activity-lens: The folder .*missing does not exist, so the project cannot be made there\./);
    expect(err.join('\n')).not.toMatch(/unexpected error|TypeError|\n\s+at /);
  });
});
