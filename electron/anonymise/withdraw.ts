// Withdrawal: a participant who withdraws is purged. First a preview lists what would go
// (their case, the sources only they speak in, codings, memos about or mentioning them,
// their register entries) for the researcher to review; the withdrawal is one undoable
// action; "finalise" then clears the undo history and compacts the file so the deleted
// text is gone from it; backups that still hold the participant are listed and can be
// deleted.
import { existsSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { contextAround } from '../../shared/anonymise/leak-scan.ts';
import { createMatcher, findNames } from '../../shared/anonymise/matcher.ts';
import { ApiError } from '../../shared/errors.ts';
import type { MatchRule, WithdrawalPreview, WithdrawalResult } from '../../shared/model/anonymise.ts';
import { backupsDir, listBackups, parseBackupName } from '../db/backups.ts';
import { APPLICATION_ID } from '../db/project-file.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { exportRules } from './register.ts';
import { logRegister } from './overrides.ts';

interface CaseRow {
  id: number;
  guid: string;
  label: string;
  real_name: string;
}

function caseRow(store: Store, caseId: number): CaseRow {
  const row = sql(store, 'SELECT id, guid, label, real_name FROM cases WHERE id = ?').get(caseId) as CaseRow | undefined;
  if (!row) throw new ApiError('NOT_FOUND', 'That case no longer exists.');
  return row;
}

// The rules that name this case (its register entries, or its real name when it has none).
function caseRules(store: Store, c: CaseRow): MatchRule[] {
  const rules = exportRules(store).filter((r) => r.kind === 'person');
  const own = new Set(sql(store, 'SELECT id FROM anonymisation_rules WHERE case_id = ?').pluck().all(c.id) as number[]);
  const mine = rules.filter((r) => own.has(r.id) || r.realText === c.real_name);
  return mine.length > 0 ? mine : [{ id: -1, kind: 'person', realText: c.real_name, replacement: c.label, caseSensitive: false, variants: [], autoVariants: true }];
}

function backupHolds(path: string, guid: string): { holds: boolean; error: string | null } {
  let db: Database.Database | null = null;
  try {
    const binding = process.env.ACTIVITY_LENS_SQLITE_BINDING;
    db = new Database(path, binding ? { readonly: true, fileMustExist: true, nativeBinding: binding } : { readonly: true, fileMustExist: true });
    if (Number(db.pragma('application_id', { simple: true })) !== APPLICATION_ID) return { holds: false, error: 'not an Activity Lens project' };
    return { holds: db.prepare('SELECT 1 FROM cases WHERE guid = ?').get(guid) !== undefined, error: null };
  } catch (error) {
    return { holds: false, error: error instanceof Error ? error.message : String(error) };
  } finally {
    db?.close();
  }
}

// Lists what withdrawing this case would remove, and the backups that still hold it.
export function previewWithdrawal(store: Store, caseId: number): WithdrawalPreview {
  const c = caseRow(store, caseId);
  const sources = (
    sql(
      store,
      `SELECT s.id, s.name, s.kind,
              (SELECT count(*) FROM codings x WHERE x.source_id = s.id) AS codings,
              (SELECT count(DISTINCT k) FROM (SELECT sc.case_id AS k FROM source_cases sc WHERE sc.source_id = s.id AND sc.case_id != @case
                                             UNION SELECT g.case_id FROM segments g WHERE g.source_id = s.id AND g.case_id IS NOT NULL AND g.case_id != @case)) AS others
       FROM sources s WHERE s.id IN (SELECT source_id FROM source_cases WHERE case_id = @case UNION SELECT source_id FROM segments WHERE case_id = @case)
       ORDER BY s.name`,
    ).all({ case: caseId }) as { id: number; name: string; kind: string; codings: number; others: number }[]
  ).map((s) => ({ id: s.id, name: s.name, kind: s.kind, codings: s.codings, otherParticipants: s.others, proposeDelete: s.others === 0 }));
  const deleted = new Set(sources.filter((s) => s.proposeDelete).map((s) => s.id));
  const turnsElsewhere = (
    sql(
      store,
      `SELECT g.source_id, s.name, count(*) AS turns,
              (SELECT count(*) FROM codings x JOIN segments t ON t.source_id = x.source_id AND x.start < t.end AND x.end > t.start
               WHERE t.source_id = g.source_id AND t.case_id = @case) AS codings
       FROM segments g JOIN sources s ON s.id = g.source_id WHERE g.case_id = @case GROUP BY g.source_id ORDER BY s.name`,
    ).all({ case: caseId }) as { source_id: number; name: string; turns: number; codings: number }[]
  )
    .filter((t) => !deleted.has(t.source_id))
    .map((t) => ({ sourceId: t.source_id, sourceName: t.name, turns: t.turns, codings: t.codings }));

  const matcher = createMatcher(caseRules(store, c));
  const memos: WithdrawalPreview['memos'] = [];
  const memoRows = sql(store, 'SELECT id, target_kind, target_id, title, plain_text FROM memos ORDER BY id').all() as { id: number; target_kind: string; target_id: number | null; title: string; plain_text: string }[];
  const codingSource = sql(store, 'SELECT source_id FROM codings WHERE id = ?').pluck();
  for (const m of memoRows) {
    const onCase = m.target_kind === 'case' && m.target_id === caseId;
    const onSource = m.target_kind === 'source' && m.target_id !== null && deleted.has(m.target_id);
    const onCoding = m.target_kind === 'coding' && m.target_id !== null && deleted.has(Number(codingSource.get(m.target_id)));
    const hit = findNames(matcher, `${m.title}\n${m.plain_text}`)[0];
    if (!onCase && !onSource && !onCoding && !hit) continue;
    const reason = onCase ? 'a memo about the participant' : onSource ? 'a memo on one of their sources' : onCoding ? 'a memo on a coding in their sources' : 'mentions them by name';
    const text = `${m.title}\n${m.plain_text}`;
    memos.push({ id: m.id, title: m.title || 'Untitled memo', reason, context: hit ? contextAround(text, hit.start, hit.end) : text.slice(0, 120), proposeDelete: onCase || onSource || onCoding });
  }
  const backups = listBackups(store.path).map((b) => ({ fileName: b.fileName, createdAt: b.createdAt, label: b.label, ...backupHolds(b.path, c.guid) }));
  return {
    caseId,
    label: c.label,
    realName: c.real_name,
    sources,
    turnsElsewhere,
    memos,
    registerEntries: Number(sql(store, 'SELECT count(*) FROM anonymisation_rules WHERE case_id = ?').pluck().get(caseId)),
    backups,
  };
}

function deleteCodingWithMemos(rec: ActionRecorder, codingId: number): number {
  let memos = 0;
  for (const memoId of sql(rec.store, "SELECT id FROM memos WHERE target_kind = 'coding' AND target_id = ?").pluck().all(codingId) as number[]) {
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
  for (const codingId of sql(store, 'SELECT id FROM codings WHERE source_id = ?').pluck().all(sourceId) as number[]) {
    memos += deleteCodingWithMemos(rec, codingId);
    codings++;
  }
  for (const memoId of sql(store, "SELECT id FROM memos WHERE target_kind = 'source' AND target_id = ?").pluck().all(sourceId) as number[]) {
    rec.delete('memos', memoId);
    memos++;
  }
  for (const id of sql(store, "SELECT id FROM anonymisation_overrides WHERE location = 'source' AND location_id = ?").pluck().all(sourceId) as number[]) rec.delete('anonymisation_overrides', id);
  for (const id of sql(store, 'SELECT id FROM segments WHERE source_id = ?').pluck().all(sourceId) as number[]) rec.delete('segments', id);
  for (const rowid of sql(store, 'SELECT rowid FROM source_cases WHERE source_id = ?').pluck().all(sourceId) as number[]) rec.delete('source_cases', rowid);
  for (const rowid of sql(store, 'SELECT rowid FROM source_attribute_values WHERE source_id = ?').pluck().all(sourceId) as number[]) rec.delete('source_attribute_values', rowid);
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
    // their turns in kept sources: codings there go, the turns lose their case
    for (const seg of sql(store, 'SELECT id, source_id, start, end FROM segments WHERE case_id = ?').all(c.id) as { id: number; source_id: number; start: number; end: number }[]) {
      for (const codingId of sql(store, 'SELECT id FROM codings WHERE source_id = ? AND start < ? AND end > ?').pluck().all(seg.source_id, seg.end, seg.start) as number[]) {
        result.deletedMemos += deleteCodingWithMemos(rec, codingId);
        result.deletedCodings++;
      }
      rec.update('segments', seg.id, { case_id: null });
      result.unlinkedTurns++;
    }
    for (const rowid of sql(store, 'SELECT rowid FROM source_cases WHERE case_id = ?').pluck().all(c.id) as number[]) rec.delete('source_cases', rowid);
    for (const memoId of new Set([...choice.deleteMemoIds, ...(sql(store, "SELECT id FROM memos WHERE target_kind = 'case' AND target_id = ?").pluck().all(c.id) as number[])])) {
      if (!sql(store, 'SELECT 1 FROM memos WHERE id = ?').get(memoId)) continue;
      for (const id of sql(store, "SELECT id FROM anonymisation_overrides WHERE location = 'memo' AND location_id = ?").pluck().all(memoId) as number[]) rec.delete('anonymisation_overrides', id);
      rec.delete('memos', memoId);
      result.deletedMemos++;
    }
    for (const rowid of sql(store, 'SELECT rowid FROM case_attribute_values WHERE case_id = ?').pluck().all(c.id) as number[]) rec.delete('case_attribute_values', rowid);
    // the log's lines that quote their name go too
    const nameMatcher = createMatcher(caseRules(store, c));
    for (const line of sql(store, 'SELECT id, detail FROM anonymisation_log').all() as { id: number; detail: string }[]) {
      if (findNames(nameMatcher, line.detail).length > 0) rec.delete('anonymisation_log', line.id);
    }
    for (const ruleId of sql(store, 'SELECT id FROM anonymisation_rules WHERE case_id = ?').pluck().all(c.id) as number[]) {
      if (choice.keepNameInRegister) {
        rec.update('anonymisation_rules', ruleId, { case_id: null, replacement: 'withdrawn participant', pseudonym: '' });
      } else {
        for (const id of sql(store, 'SELECT id FROM anonymisation_overrides WHERE rule_id = ?').pluck().all(ruleId) as number[]) rec.delete('anonymisation_overrides', id);
        rec.delete('anonymisation_rules', ruleId);
      }
    }
    if (choice.keepNameInRegister && !sql(store, 'SELECT 1 FROM anonymisation_rules WHERE real_text = ?').get(c.real_name)) {
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
    rec.delete('cases', c.id);
    logRegister(rec, 'withdrawal', `A participant (${c.label}) withdrew: ${result.deletedSources} sources, ${result.deletedCodings} codings and ${result.deletedMemos} memos were deleted; ${result.unlinkedTurns} turns in other sources were unlinked.`);
    return result;
  });
}

// Makes deletions permanent: clears the undo history, drops deleted text from the search index and compacts the file.
export function finalisePurge(store: Store): void {
  if (store.readOnly) throw new ApiError('READ_ONLY', 'This project is open read-only.');
  store.db.transaction(() => {
    store.db.prepare('DELETE FROM undo_log').run();
  })();
  store.db.exec("INSERT INTO segments_fts (segments_fts) VALUES ('optimize')");
  store.db.exec('VACUUM');
  store.db.pragma('wal_checkpoint(TRUNCATE)');
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
