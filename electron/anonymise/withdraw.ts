// Withdrawal: a participant who withdraws is purged. First a preview lists what would go
// (their case, the sources only they speak in, codings, memos about or mentioning them,
// their register entries) for the researcher to review; the withdrawal is one undoable
// action; "finalise" then clears the undo history and compacts the file so the deleted
// text is gone from it; backups that still hold the participant are listed and can be
// deleted.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import type Database from 'better-sqlite3';
import { contextAround } from '../../shared/anonymise/leak-scan.ts';
import { createMatcher, findNames } from '../../shared/anonymise/matcher.ts';
import { ApiError } from '../../shared/errors.ts';
import type { MatchRule, WithdrawalPreview, WithdrawalResult } from '../../shared/model/anonymise.ts';
import { backupsDir, listBackups, parseBackupName } from '../db/backups.ts';
import { connect, passphraseOf } from '../db/connection.ts';
import { APPLICATION_ID, inspectProjectHeader } from '../db/project-file.ts';
import type { Store } from '../db/store.ts';
import type { CaseRow } from '../db/table-rows.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { caseQueries } from '../cases/queries.ts';
import { codingQueries } from '../codings/queries.ts';
import { memoQueries } from '../memos/queries.ts';
import { sourceQueries } from '../sources/queries.ts';
import { backupProbeQueries, compactAfterPurge, registerQueries, withdrawalQueries } from './queries.ts';
import { exportRules } from './register.ts';
import { logRegister } from './overrides.ts';

type WithdrawingCase = Pick<CaseRow, 'id' | 'guid' | 'label' | 'real_name'>;

function caseRow(store: Store, caseId: number): WithdrawingCase {
  const row = caseQueries(store).listed.get(caseId);
  if (!row) throw new ApiError('NOT_FOUND', 'That case no longer exists.');
  return { id: row.id, guid: row.guid, label: row.label, real_name: row.real_name };
}

// The rules that name this case (its register entries, or its real name when it has none).
function caseRules(store: Store, c: WithdrawingCase): MatchRule[] {
  const rules = exportRules(store).filter((r) => r.kind === 'person');
  const own = new Set(registerQueries(store).ruleIdsOfCase.all(c.id));
  const mine = rules.filter((r) => own.has(r.id) || r.realText === c.real_name);
  return mine.length > 0 ? mine : [{ id: -1, kind: 'person', realText: c.real_name, replacement: c.label, caseSensitive: false, variants: [], autoVariants: true }];
}

// Tells whether a backup still holds the case; a backup of an encrypted project is opened with
// the project's passphrase (its backups share its key).
function backupHolds(path: string, guid: string, passphrase: string | undefined): { holds: boolean; error: string | null } {
  let db: Database.Database | null = null;
  try {
    const encrypted = inspectProjectHeader(path).kind === 'encrypted';
    // a backup that cannot be read may still hold the participant: it is listed for deletion
    if (encrypted && passphrase === undefined) return { holds: true, error: 'it is encrypted, and this project has no passphrase to read it with' };
    db = connect(path, { readonly: true, fileMustExist: true, passphrase: encrypted ? passphrase : undefined });
    const probe = backupProbeQueries(db);
    if (Number(probe.applicationId.get()) !== APPLICATION_ID) return { holds: false, error: 'not an Activity Lens project' };
    return { holds: probe.hasCase.get(guid) !== undefined, error: null };
  } catch (error) {
    if ((error as { code?: unknown } | null)?.code === 'SQLITE_NOTADB' && passphrase !== undefined) return { holds: true, error: "the project's passphrase does not open it" };
    return { holds: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

// Lists what withdrawing this case would remove, and the backups that still hold it.
export function previewWithdrawal(store: Store, caseId: number): WithdrawalPreview {
  const c = caseRow(store, caseId);
  const sources = withdrawalQueries(store)
    .sources.all({ case: caseId })
    .map((s) => ({ id: s.id, name: s.name, kind: s.kind, codings: s.codings, otherParticipants: s.others, proposeDelete: s.others === 0 }));
  const deleted = new Set(sources.filter((s) => s.proposeDelete).map((s) => s.id));
  const turnsElsewhere = withdrawalQueries(store)
    .turnsElsewhere.all({ case: caseId })
    .filter((t) => !deleted.has(t.source_id))
    .map((t) => ({ sourceId: t.source_id, sourceName: t.name, turns: t.turns, codings: t.codings }));

  const matcher = createMatcher(caseRules(store, c));
  const memos: WithdrawalPreview['memos'] = [];
  for (const m of memoQueries(store).textsById.all()) {
    const onCase = m.target_kind === 'case' && m.target_id === caseId;
    const onSource = m.target_kind === 'source' && m.target_id !== null && deleted.has(m.target_id);
    const onCoding = m.target_kind === 'coding' && m.target_id !== null && deleted.has(Number(codingQueries(store).byId.get(m.target_id)?.source_id));
    const hit = findNames(matcher, `${m.title}\n${m.plain_text}`)[0];
    if (!onCase && !onSource && !onCoding && !hit) continue;
    const reason = onCase ? 'a memo about the participant' : onSource ? 'a memo on one of their sources' : onCoding ? 'a memo on a coding in their sources' : 'mentions them by name';
    const text = `${m.title}\n${m.plain_text}`;
    memos.push({ id: m.id, title: m.title || 'Untitled memo', reason, context: hit ? contextAround(text, hit.start, hit.end) : text.slice(0, 120), proposeDelete: onCase || onSource || onCoding });
  }
  const passphrase = passphraseOf(store.db);
  const backups = listBackups(store.path).map((b) => ({ fileName: b.fileName, createdAt: b.createdAt, label: b.label, ...backupHolds(b.path, c.guid, passphrase) }));
  return {
    caseId,
    label: c.label,
    realName: c.real_name,
    sources,
    turnsElsewhere,
    memos,
    registerEntries: Number(registerQueries(store).ruleCountOfCase.get(caseId)),
    backups,
  };
}

function deleteCodingWithMemos(rec: ActionRecorder, codingId: number): number {
  let memos = 0;
  for (const memoId of memoQueries(rec.store).idsOnTarget.all('coding', codingId)) {
    rec.delete('memos', memoId);
    memos++;
  }
  rec.delete('codings', codingId);
  return memos;
}

function deleteSourceFully(rec: ActionRecorder, sourceId: number): { codings: number; memos: number } {
  const store = rec.store;
  let codings = 0;
  let memos = 0;
  for (const codingId of codingQueries(store).idsOfSource.all(sourceId)) {
    memos += deleteCodingWithMemos(rec, codingId);
    codings++;
  }
  for (const memoId of memoQueries(store).idsOnTarget.all('source', sourceId)) {
    rec.delete('memos', memoId);
    memos++;
  }
  for (const id of registerQueries(store).overrideIdsAt.all('source', sourceId)) rec.delete('anonymisation_overrides', id);
  const sourceRows = sourceQueries(store);
  for (const id of sourceRows.segmentIds.all(sourceId)) rec.delete('segments', id);
  for (const rowid of sourceRows.caseLinkRowids.all(sourceId)) rec.delete('source_cases', rowid);
  for (const rowid of sourceRows.attributeValueRowids.all(sourceId)) rec.delete('source_attribute_values', rowid);
  rec.delete('sources', sourceId);
  return { codings, memos };
}

export interface WithdrawalChoice {
  caseId: number;
  // the sources to delete (from the preview; others linked to the case are unlinked and kept)
  deleteSourceIds: number[];
  // the memos to delete (from the preview)
  deleteMemoIds: number[];
  // keep a register entry for their name, so mentions by others are still replaced ("[withdrawn participant]")
  keepNameInRegister: boolean;
}

// Their turns in kept sources: codings there go, the turns lose their case.
function unlinkTurns(rec: ActionRecorder, caseId: number, result: WithdrawalResult): void {
  for (const seg of sourceQueries(rec.store).segmentsOfCase.all(caseId)) {
    for (const coding of codingQueries(rec.store).overlapping.all({ sourceId: seg.source_id, nodeId: null, start: seg.start, end: seg.end })) {
      result.deletedMemos += deleteCodingWithMemos(rec, coding.id);
      result.deletedCodings++;
    }
    rec.update('segments', seg.id, { case_id: null });
    result.unlinkedTurns++;
  }
}

// Deletes the memos chosen and those on the case, with their "not a name" decisions.
function deleteMemos(rec: ActionRecorder, caseId: number, chosen: readonly number[], result: WithdrawalResult): void {
  const memos = memoQueries(rec.store);
  for (const memoId of new Set([...chosen, ...memos.idsOnTarget.all('case', caseId)])) {
    if (!memos.exists.get(memoId)) continue;
    for (const id of registerQueries(rec.store).overrideIdsAt.all('memo', memoId)) rec.delete('anonymisation_overrides', id);
    rec.delete('memos', memoId);
    result.deletedMemos++;
  }
}

// Takes the participant out of the register and its log: their entries go, or stay as
// "withdrawn participant" so mentions by others are still replaced.
function forgetInRegister(rec: ActionRecorder, c: WithdrawingCase, keepName: boolean): void {
  const store = rec.store;
  const register = registerQueries(store);
  // the log's lines that quote their name go too
  const nameMatcher = createMatcher(caseRules(store, c));
  for (const line of register.logDetails.all()) {
    if (findNames(nameMatcher, line.detail).length > 0) rec.delete('anonymisation_log', line.id);
  }
  for (const ruleId of register.ruleIdsOfCase.all(c.id)) {
    if (keepName) {
      rec.update('anonymisation_rules', ruleId, { case_id: null, replacement: 'withdrawn participant', pseudonym: '' });
    } else {
      for (const id of register.overrideIdsOfRule.all(ruleId)) rec.delete('anonymisation_overrides', id);
      rec.delete('anonymisation_rules', ruleId);
    }
  }
  if (keepName && !register.hasRealText.get(c.real_name)) {
    rec.insert('anonymisation_rules', {
      guid: store.newGuid(),
      kind: 'person',
      real_text: c.real_name,
      replacement: 'withdrawn participant',
      case_id: null,
      organisation_id: null,
      case_sensitive: 0,
      variants_json: '[]',
      pseudonym: '',
      auto_variants: 1,
      created_at: store.now().toISOString(),
    });
  }
}

// Withdraws a participant as one undoable action (see finalisePurge to make it permanent).
export function withdrawParticipant(store: Store, choice: WithdrawalChoice): WithdrawalResult {
  const c = caseRow(store, choice.caseId);
  const linked = new Set(previewWithdrawal(store, choice.caseId).sources.map((s) => s.id));
  for (const id of choice.deleteSourceIds) if (!linked.has(id)) throw new ApiError('BAD_INPUT', 'Only sources linked to the participant can be deleted with their withdrawal.');
  return runAction(store, `Withdraw participant ${c.label}`, (rec) => {
    const result: WithdrawalResult = { deletedSources: 0, deletedCodings: 0, deletedMemos: 0, unlinkedTurns: 0 };
    for (const sourceId of choice.deleteSourceIds) {
      const r = deleteSourceFully(rec, sourceId);
      result.deletedSources++;
      result.deletedCodings += r.codings;
      result.deletedMemos += r.memos;
    }
    unlinkTurns(rec, c.id, result);
    for (const rowid of sourceQueries(store).caseLinkRowidsOfCase.all(c.id)) rec.delete('source_cases', rowid);
    deleteMemos(rec, c.id, choice.deleteMemoIds, result);
    for (const rowid of caseQueries(store).attributeValueRowids.all(c.id)) rec.delete('case_attribute_values', rowid);
    forgetInRegister(rec, c, choice.keepNameInRegister);
    rec.delete('cases', c.id);
    logRegister(rec, 'withdrawal', `A participant (${c.label}) withdrew: ${result.deletedSources} sources, ${result.deletedCodings} codings and ${result.deletedMemos} memos were deleted; ${result.unlinkedTurns} turns in other sources were unlinked.`);
    return result;
  });
}

// Makes deletions permanent: clears the undo history, drops deleted text from the search index and compacts the file.
export function finalisePurge(store: Store): void {
  if (store.readOnly) throw new ApiError('READ_ONLY', 'This project is open read-only.');
  compactAfterPurge(store);
}

// Deletes backups of this project (those the preview listed as still holding a withdrawn participant).
export function purgeBackups(store: Store, fileNames: readonly string[]): number {
  let removed = 0;
  for (const fileName of fileNames) {
    if (fileName.includes('/') || fileName.includes('\\') || !parseBackupName(store.path, fileName)) throw new ApiError('BAD_INPUT', `${fileName} is not a backup of this project.`);
    const path = join(backupsDir(store.path), fileName);
    if (!existsSync(path)) continue;
    rmSync(path, { force: true });
    removed++;
  }
  if (removed > 0 && !store.readOnly) runAction(store, 'Delete backups', (rec) => logRegister(rec, 'backups-purged', `${removed} backup${removed === 1 ? '' : 's'} deleted after a withdrawal.`));
  return removed;
}
