// Withdrawal on the demo study: the preview lists what goes, the purge is one undoable
// action, finalising removes the text from the file, and backups holding the participant
// are found and deleted.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { createBackup, listBackups } from '../db/backups.ts';
import { rewriteFileKey } from '../db/encryption.ts';
import { createProject } from '../db/open-project.ts';
import { testPassphrase } from '../db/test-encryption.ts';
import type { OpenStore } from '../db/open-project.ts';
import { undo, undoState } from '../db/undo-log.ts';
import { listRules } from './register.ts';
import { finalisePurge, previewWithdrawal, purgeBackups, withdrawParticipant } from './withdraw.ts';
import { listCases } from '../cases/cases.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { saveMemo } from '../memos/memos.ts';
import { listSources } from '../sources/sources.ts';

let tmp: { dir: string; cleanup: () => void };
let store: OpenStore;
beforeEach(() => {
  tmp = makeTempDir();
  store = createProject(join(tmp.dir, 'demo.alens'), 'Demo');
  writeDemoStudy(store);
});
afterEach(() => {
  store.close();
  tmp.cleanup();
});

function gareth() {
  const c = listCases(store).find((k) => k.realName === 'Gareth Lloyd');
  if (!c) throw new Error('no Gareth');
  return c;
}

describe('withdrawing a participant', () => {
  it('lists their sources, memos and the backups that hold them', async () => {
    await createBackup(store, 'snapshot', 'before');
    saveMemo(store, { targetKind: 'project', targetId: null, title: 'Note', contentJson: '{}', plainText: 'Gareth seemed tired.' });
    const preview = previewWithdrawal(store, gareth().id);
    expect(preview.sources.map((s) => [s.name, s.proposeDelete])).toEqual([['Interview - Gareth Lloyd (round 1)', true]]);
    expect(preview.memos).toEqual([expect.objectContaining({ title: 'Note', reason: 'mentions them by name', proposeDelete: false })]);
    expect(preview.registerEntries).toBe(1);
    expect(preview.backups).toEqual([expect.objectContaining({ holds: true, error: null })]);
  });

  it('removes them in one undoable action, keeping their name in the register', () => {
    const before = snapshotTables(store.db);
    const preview = previewWithdrawal(store, gareth().id);
    const result = withdrawParticipant(store, { caseId: gareth().id, deleteSourceIds: preview.sources.map((s) => s.id), deleteMemoIds: [], keepNameInRegister: true });
    expect(result.deletedSources).toBe(1);
    expect(result.deletedCodings).toBeGreaterThan(5);
    expect(listCases(store).some((c) => c.realName === 'Gareth Lloyd')).toBe(false);
    expect(listSources(store).some((s) => s.name.includes('Gareth'))).toBe(false);
    expect(listRules(store).find((r) => r.realText === 'Gareth Lloyd')).toMatchObject({ caseId: null, replacement: 'withdrawn participant' });
    expect(undoState(store).undoLabel).toMatch(/^Withdraw participant/);
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
  });

  it('finalising clears undo and leaves none of their words in the file; backups can be deleted', async () => {
    const backup = await createBackup(store, 'snapshot', 'before');
    const unique = 'on my phone in a car park';
    const preview = previewWithdrawal(store, gareth().id);
    withdrawParticipant(store, { caseId: gareth().id, deleteSourceIds: preview.sources.map((s) => s.id), deleteMemoIds: [], keepNameInRegister: false });
    finalisePurge(store);
    expect(undoState(store).canUndo).toBe(false);
    expect(readFileSync(store.path).includes(Buffer.from(unique))).toBe(false);
    // (an encrypted test run keeps the backup's bytes unreadable)
    if (testPassphrase() === undefined) expect(readFileSync(backup.path).includes(Buffer.from(unique))).toBe(true);
    expect(() => purgeBackups(store, ['../demo.alens'])).toThrow(/not a backup of this project/);
    expect(purgeBackups(store, [backup.fileName])).toBe(1);
    expect(listBackups(store.path)).toEqual([]);
  });

  it('on an encrypted project, reads its backups with its passphrase, and lists one it cannot read as holding them', async () => {
    const passphrase = 'the encrypted withdrawal test';
    const encrypted = createProject(join(tmp.dir, 'encrypted.alens'), 'Demo', { passphrase });
    try {
      writeDemoStudy(encrypted);
      const lloyd = listCases(encrypted).find((k) => k.realName === 'Gareth Lloyd');
      if (!lloyd) throw new Error('no Gareth');
      const readable = await createBackup(encrypted, 'snapshot', 'readable');
      const stranger = await createBackup(encrypted, 'snapshot', 'another key');
      rewriteFileKey(stranger.path, passphrase, 'somebody else entirely');
      const preview = previewWithdrawal(encrypted, lloyd.id);
      expect(preview.backups.find((b) => b.fileName === readable.fileName)).toMatchObject({ holds: true, error: null });
      // a backup that cannot be read may hold them: it is proposed for deletion, with the reason
      expect(preview.backups.find((b) => b.fileName === stranger.fileName)).toMatchObject({ holds: true, error: "the project's passphrase does not open it" });
      withdrawParticipant(encrypted, { caseId: lloyd.id, deleteSourceIds: preview.sources.map((s) => s.id), deleteMemoIds: [], keepNameInRegister: false });
      finalisePurge(encrypted);
      expect(purgeBackups(encrypted, [readable.fileName, stranger.fileName])).toBe(2);
      expect(listBackups(encrypted.path)).toEqual([]);
    } finally {
      encrypted.close();
    }
  });
});
