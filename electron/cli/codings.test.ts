// `codings` writes one coding at a time: its --json output is byte for byte the whole list
// stringified (and its plain listing the lines it always printed), and the process ends
// quietly, without reading the rest, when its reader stops reading.
import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { createProject, openProject } from '../db/open-project.ts';
import { listCodingDetails } from '../codings/coding-report.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { runCli } from './main.ts';

const BIN = join(import.meta.dirname, '../../bin/activity-lens.mjs');
let tmp: ReturnType<typeof makeTempDir>;
let demo: string;
let empty: string;

async function cli(...args: string[]): Promise<string> {
  const out: string[] = [];
  expect(await runCli(args, (s) => out.push(`${s}\n`))).toBe(0);
  return out.join('');
}

beforeAll(() => {
  tmp = makeTempDir('alens-cli-codings-');
  demo = join(tmp.dir, 'demo.alens');
  const store = createProject(demo, 'Demo');
  writeDemoStudy(store);
  store.close();
  empty = join(tmp.dir, 'empty.alens');
  createProject(empty, 'Empty').close();
}, 60_000);
afterAll(() => tmp.cleanup());

describe('codings on the command line', () => {
  it('writes the same JSON and lines as the whole list would make', async () => {
    const s = openProject(demo, { readOnly: true });
    const codings = listCodingDetails(s);
    s.close();
    expect(codings.length).toBeGreaterThan(100);
    expect(await cli('codings', demo, '--json')).toBe(`${JSON.stringify(codings, null, 2)}\n`);
    expect(await cli('codings', demo)).toBe(`${codings.map((c) => `${c.sourceName}\t${c.start}-${c.end}\t${c.nodePath}\t${c.text.slice(0, 80)}`).join('\n')}\n`);
    expect(await cli('codings', empty, '--json')).toBe('[]\n');
    expect(await cli('codings', empty)).toBe('\n');
  });

  it('writes each coding as it is read, never the whole list at once', async () => {
    const s = openProject(demo, { readOnly: true });
    const count = listCodingDetails(s).length;
    s.close();
    const writes: string[] = [];
    expect(await runCli(['codings', demo, '--json'], (text) => writes.push(text))).toBe(0);
    // the opening bracket, one write per coding, the closing bracket
    expect(writes).toHaveLength(count + 2);
    expect(writes.every((w) => (w.match(/"guid":/g) ?? []).length <= 1)).toBe(true);
  });

  it('ends quietly when its reader stops reading', () => {
    const result = spawnSync('sh', ['-c', `"${process.execPath}" "${BIN}" codings "${demo}" --json | head -c 20`], { encoding: 'utf8' });
    expect(result.stdout).toHaveLength(20);
    expect(result.stdout.startsWith('[\n  {\n    "id": ')).toBe(true);
    expect(result.stderr).toBe('');
  }, 60_000);
});
