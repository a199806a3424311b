// Restoring a backup through the app: the current file is kept as a backup first, so a
// restore can itself be undone by restoring that backup; integrity holds throughout.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { createAppHost } from '../../electron/app/app-host.ts';
import type { AppHost } from '../../electron/app/app-host.ts';
import type { BackupInfo, NodeRecord, ProjectStats } from '../../shared/model/entities.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

let tmp: { dir: string; cleanup: () => void };
let host: AppHost;
let clock = Date.UTC(2026, 10, 23, 9);

async function call<T>(method: string, input: unknown = {}): Promise<T> {
  const response = await host.dispatch(method, input);
  if (!response.ok) throw new Error(`${method}: ${response.error.code} ${response.error.message}`);
  return response.result as T;
}

beforeEach(async () => {
  tmp = makeTempDir();
  host = createAppHost({ binding: 'direct', homeDir: tmp.dir, emit: () => {}, clock: () => new Date((clock += 60_000)) });
  await host.openStartupProject('demo');
});
afterEach(async () => {
  await host.close();
  tmp.cleanup();
});

describe('restore', () => {
  it('keeps the current file as a backup first, so the restore can be undone', async () => {
    const snapshot = await call<BackupInfo>('backups.snapshot', { label: 'before recoding Q4' });
    const nodes = await call<NodeRecord[]>('nodes.list');
    const q4 = nodes.find((n) => n.name === 'Q4 Division of labour');
    const deleted = await call<{ removedCodings: number }>('nodes.delete', { id: q4?.id });
    expect(deleted.removedCodings).toBeGreaterThan(0);
    const afterDelete = await call<ProjectStats>('project.stats');

    await call('backups.restore', { fileName: snapshot.fileName });
    const restored = await call<ProjectStats>('project.stats');
    expect(restored.codings).toBe(afterDelete.codings + deleted.removedCodings);
    expect((await call<{ ok: boolean }>('project.check')).ok).toBe(true);

    const backups = await call<BackupInfo[]>('backups.list');
    const safety = backups.find((b) => b.reason === 'before-restore');
    expect(safety).toBeDefined();
    await call('backups.restore', { fileName: safety?.fileName });
    expect(await call<ProjectStats>('project.stats')).toEqual(afterDelete);
    expect((await call<{ ok: boolean }>('project.check')).ok).toBe(true);
  });

  it('refuses an unknown backup name and changes nothing', async () => {
    const before = await call<ProjectStats>('project.stats');
    const response = await host.dispatch('backups.restore', { fileName: '../../etc/passwd' });
    expect(response).toMatchObject({ ok: false, error: { code: 'NOT_FOUND' } });
    expect(await call<ProjectStats>('project.stats')).toEqual(before);
  });
});
