// "Save a copy as": the copy is a whole project that opens on its own with the same
// data; an existing file is never overwritten.
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppHost } from '../../electron/app/app-host.ts';
import type { AppHost } from '../../electron/app/app-host.ts';
import { openProject } from '../../electron/db/open-project.ts';
import { projectStats } from '../../electron/projects/project-info.ts';
import type { ProjectStats } from '../../shared/model/entities.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

let tmp: { dir: string; cleanup: () => void };
let host: AppHost;
beforeEach(async () => {
  tmp = makeTempDir();
  host = createAppHost({ binding: 'direct', homeDir: tmp.dir, emit: () => {} });
  await host.openStartupProject('demo');
});
afterEach(async () => {
  await host.close();
  tmp.cleanup();
});

describe('save a copy as', () => {
  it('writes a copy that opens with the same data while the original stays open', async () => {
    const stats = await host.dispatch('project.stats', {});
    const path = join(tmp.dir, 'supervisor copy.alens');
    const saved = await host.dispatch('project.saveCopyAs', { path });
    expect(saved).toMatchObject({ ok: true, result: { path } });
    const copy = openProject(path, { readOnly: true });
    expect(copy.db.pragma('integrity_check', { simple: true })).toBe('ok');
    expect(projectStats(copy)).toEqual((stats as { result: ProjectStats }).result);
    copy.close();
    expect(await host.dispatch('project.stats', {})).toEqual(stats);
  });

  it('refuses to overwrite an existing file, and a name without .alens', async () => {
    const path = join(tmp.dir, 'taken.alens');
    writeFileSync(path, 'keep me');
    expect(await host.dispatch('project.saveCopyAs', { path })).toMatchObject({ ok: false, error: { code: 'ALREADY_EXISTS' } });
    expect(readFileSync(path, 'utf8')).toBe('keep me');
    expect(await host.dispatch('project.saveCopyAs', { path: join(tmp.dir, 'copy.db') })).toMatchObject({ ok: false, error: { code: 'BAD_INPUT' } });
  });
});
