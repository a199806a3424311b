import { spawn } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { rawDatabase } from '../../tests/helpers/raw-database.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { backupsToPrune } from './backup-retention.ts';
import { createBackup, listBackups, parseBackupName, swapInBackup } from './backups.ts';
import { createProject, openProject } from './open-project.ts';
import { testPassphrase } from './test-encryption.ts';

let dir: string;
let cleanup: () => void;
beforeEach(() => ({ dir, cleanup } = makeTempDir()));
afterEach(() => cleanup());

describe('backups', () => {
  it('a backup taken while another process writes opens, passes integrity_check and holds every acknowledged row', async () => {
    const path = join(dir, 'busy.alens');
    createProject(path, 'Busy').close();
    const child = spawn(process.execPath, ['--import', 'tsx', join(import.meta.dirname, '../../tests/helpers/busy-writer.ts'), path], { stdio: ['pipe', 'pipe', 'inherit'] });
    const lines: string[] = [];
    let buffer = '';
    const waitFor = (prefix: string) =>
      new Promise<string>((resolve, reject) => {
        const check = () => {
          const hit = lines.find((l) => l.startsWith(prefix));
          if (hit) return resolve(hit);
          if (lines.some((l) => l.startsWith('backup-failed'))) return reject(new Error(lines.join('\n')));
          setTimeout(check, 5);
        };
        check();
      });
    child.stdout.on('data', (d: Buffer) => {
      buffer += d.toString();
      const parts = buffer.split('\n');
      buffer = parts.pop() ?? '';
      lines.push(...parts);
    });
    await waitFor('ack 200');
    child.stdin.write('backup\n');
    const started = Number((await waitFor('backup-start')).split(' ')[1]);
    const backupPath = (await waitFor('backup-done')).slice('backup-done '.length);
    // the writer kept going while the backup ran (an encrypted project's backup is one
    // VACUUM INTO, which holds the writer until the copy is made)
    const lastAck = Math.max(...lines.filter((l) => l.startsWith('ack ')).map((l) => Number(l.split(' ')[1])));
    child.stdin.write('stop\n');
    await new Promise((resolve) => child.on('exit', resolve));
    if (testPassphrase() === undefined) expect(lastAck).toBeGreaterThan(started);

    const backup = rawDatabase(backupPath, { readonly: true });
    expect(backup.pragma('integrity_check', { simple: true })).toBe('ok');
    const titles = new Set(backup.prepare('SELECT title FROM memos').pluck().all() as string[]);
    backup.close();
    for (let n = 1; n <= started; n++) expect(titles.has(`memo ${n}`)).toBe(true);
  });

  it('lists backups with reason and label, newest first, and restores one over a closed project', async () => {
    const path = join(dir, 'study.alens');
    let clock = Date.UTC(2026, 10, 1, 9);
    const store = createProject(path, 'Study', { now: () => new Date((clock += 1000)) });
    await createBackup(store, 'open');
    store.db.prepare("INSERT INTO project_settings VALUES ('marker', 'after first backup')").run();
    const snap = await createBackup(store, 'snapshot', 'before recoding Q4');
    const list = listBackups(path);
    expect(list.map((b) => b.reason)).toEqual(['snapshot', 'open']);
    expect(list[0]?.label).toBe('before recoding Q4');
    store.db.prepare("UPDATE project_settings SET value = 'changed later' WHERE key = 'marker'").run();
    store.close();
    swapInBackup(path, snap.path, testPassphrase());
    const reopened = openProject(path);
    expect(reopened.db.prepare("SELECT value FROM project_settings WHERE key = 'marker'").pluck().get()).toBe('after first backup');
    reopened.close();
  });

  it('refuses to restore a damaged backup and leaves the project as it was', () => {
    const path = join(dir, 'study.alens');
    createProject(path, 'Study').close();
    const before = readFileSync(path);
    const bad = join(dir, 'bad.alens');
    writeFileSync(bad, 'not a database at all'.repeat(10));
    expect(() => swapInBackup(path, bad, testPassphrase())).toThrow(/cannot be restored/);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(existsSync(`${path}.restoring`)).toBe(false);
  });

  it('parses only its own project\'s backup names', () => {
    expect(parseBackupName('/x/study.alens', 'study.20261101T090000-000Z.open.alens')?.reason).toBe('open');
    expect(parseBackupName('/x/study.alens', 'other.20261101T090000-000Z.open.alens')).toBeNull();
    expect(parseBackupName('/x/study.alens', 'study.20261101T090000-000Z.bogus.alens')).toBeNull();
    expect(parseBackupName('/x/study.alens', 'study.20261101T090000-000Z.snapshot.before%20Q4.alens')?.label).toBe('before Q4');
  });
});

describe('backup retention', () => {
  const now = new Date(Date.UTC(2026, 10, 23, 12));
  const hoursAgo = (h: number) => new Date(now.getTime() - h * 3600_000);
  const auto = (name: string, h: number) => ({ fileName: name, createdAt: hoursAgo(h), automatic: true });

  it('keeps the newest 10, one a day for 14 days, one a week for 8 weeks, and every snapshot', () => {
    const backups = [
      ...Array.from({ length: 30 }, (_, i) => auto(`recent-${i}`, i * 0.1)), // 30 within three hours
      auto('day-3-early', 3 * 24 + 5),
      auto('day-3-late', 3 * 24 + 1),
      auto('week-5', 5 * 7 * 24 + 2),
      auto('week-5-older', 5 * 7 * 24 + 30),
      auto('too-old', 9 * 7 * 24),
      { fileName: 'snapshot-old', createdAt: hoursAgo(2000), automatic: false },
    ];
    const pruned = new Set(backupsToPrune(backups, now));
    for (let i = 0; i < 10; i++) expect(pruned.has(`recent-${i}`)).toBe(false);
    for (let i = 10; i < 30; i++) expect(pruned.has(`recent-${i}`)).toBe(true);
    expect(pruned.has('day-3-late')).toBe(false);
    expect(pruned.has('day-3-early')).toBe(true);
    expect(pruned.has('week-5')).toBe(false);
    expect(pruned.has('week-5-older')).toBe(true);
    expect(pruned.has('too-old')).toBe(true);
    expect(pruned.has('snapshot-old')).toBe(false);
  });
});
