// Every SQL statement on the anonymisation register's tables: anonymisation_rules (with
// their cases' labels), anonymisation_overrides ("not a name" decisions),
// anonymisation_log and anonymisation_ignored; the withdrawal preview's gathering; and
// making a purge permanent.
import { defineQueries, rows, values, writes } from '../db/query-layer.ts';
import type { Store } from '../db/store.ts';
import type {
  AnonymisationIgnoredRow,
  AnonymisationLogEntryRow,
  AnonymisationOverrideRow,
  AnonymisationRuleRow,
  CaseRow,
  SegmentRow,
  SourceRow,
} from '../db/table-rows.ts';

// A register entry with its case's label.
export type RuleWithCaseRow = AnonymisationRuleRow & { case_label: CaseRow['label'] | null };

// An override with the real text of its rule.
export type OverrideWithRuleRow = AnonymisationOverrideRow & { rule_text: AnonymisationRuleRow['real_text'] };

// A source a withdrawal would touch, with its codings and how many others speak in it.
export type WithdrawalSourceRow = Pick<SourceRow, 'id' | 'name' | 'kind'> & { codings: number; others: number };

// A kept source in which the withdrawing participant has turns.
export type TurnsElsewhereRow = Pick<SegmentRow, 'source_id'> & Pick<SourceRow, 'name'> & { turns: number; codings: number };

const RULE_SQL = `SELECT r.id, r.guid, r.kind, r.real_text, r.replacement, r.case_id, r.organisation_id, r.case_sensitive, r.variants_json,
                         r.pseudonym, r.auto_variants, r.created_at, k.label AS case_label
                  FROM anonymisation_rules r LEFT JOIN cases k ON k.id = r.case_id`;

// The statements, prepared once per connection.
export const registerQueries = defineQueries({
  // rules
  rules: rows<RuleWithCaseRow>(`${RULE_SQL} ORDER BY r.real_text COLLATE NOCASE, r.id`),
  rule: rows<RuleWithCaseRow, [id: number]>(`${RULE_SQL} WHERE r.id = ?`),
  ruleCount: values<number>('SELECT count(*) FROM anonymisation_rules'),
  // what each rule is tied to (to find the cases and organisations the register lacks)
  ruleLinks: rows<Pick<AnonymisationRuleRow, 'case_id' | 'organisation_id' | 'real_text'>>('SELECT case_id, organisation_id, real_text FROM anonymisation_rules'),
  ruleIdsOfCase: values<number, [caseId: number]>('SELECT id FROM anonymisation_rules WHERE case_id = ?'),
  ruleCountOfCase: values<number, [caseId: number]>('SELECT count(*) FROM anonymisation_rules WHERE case_id = ?'),
  hasRealText: values<1, [realText: string]>('SELECT 1 FROM anonymisation_rules WHERE real_text = ?'),
  // each case's pseudonym, where its register entry has one
  pseudonyms: rows<Pick<AnonymisationRuleRow, 'pseudonym'> & { case_id: number }>(
    "SELECT case_id, pseudonym FROM anonymisation_rules WHERE case_id IS NOT NULL AND pseudonym != '' ORDER BY id",
  ),
  // overrides
  overrides: rows<OverrideWithRuleRow>('SELECT o.*, r.real_text AS rule_text FROM anonymisation_overrides o JOIN anonymisation_rules r ON r.id = o.rule_id ORDER BY o.created_at DESC, o.id DESC'),
  overridesAt: rows<Pick<AnonymisationOverrideRow, 'rule_id' | 'start' | 'end' | 'matched_text'>, [location: AnonymisationOverrideRow['location'], locationId: number]>(
    'SELECT rule_id, start, end, matched_text FROM anonymisation_overrides WHERE location = ? AND location_id = ?',
  ),
  overrideIdsAt: values<number, [location: AnonymisationOverrideRow['location'], locationId: number]>('SELECT id FROM anonymisation_overrides WHERE location = ? AND location_id = ?'),
  overrideIdsOfRule: values<number, [ruleId: number]>('SELECT id FROM anonymisation_overrides WHERE rule_id = ?'),
  overrideAt: values<number, [ruleId: number, location: AnonymisationOverrideRow['location'], locationId: number, start: number, end: number]>(
    'SELECT id FROM anonymisation_overrides WHERE rule_id = ? AND location = ? AND location_id = ? AND start = ? AND end = ?',
  ),
  // the log
  log: rows<Pick<AnonymisationLogEntryRow, 'id' | 'action' | 'detail' | 'created_at'>, [limit: number]>('SELECT id, action, detail, created_at FROM anonymisation_log ORDER BY id DESC LIMIT ?'),
  logDetails: rows<Pick<AnonymisationLogEntryRow, 'id' | 'detail'>>('SELECT id, detail FROM anonymisation_log'),
  // ignored suggestions
  ignoredFolded: values<string>('SELECT folded FROM anonymisation_ignored'),
  isIgnored: values<1, [folded: string]>('SELECT 1 FROM anonymisation_ignored WHERE folded = ?'),
  ignored: rows<Pick<AnonymisationIgnoredRow, 'id' | 'text' | 'created_at'>>('SELECT id, text, created_at FROM anonymisation_ignored ORDER BY text COLLATE NOCASE'),
  ignoredExists: values<1, [id: number]>('SELECT 1 FROM anonymisation_ignored WHERE id = ?'),
  // a case's register entries (detached from it when the case is deleted)
  rulesOfCase: rows<Pick<AnonymisationRuleRow, 'id' | 'replacement'>, [caseId: number]>('SELECT id, replacement FROM anonymisation_rules WHERE case_id = ?'),
});

// The withdrawal preview's gathering: the sources linked to a case and its turns in others.
export const withdrawalQueries = defineQueries({
  sources: rows<WithdrawalSourceRow, { case: number }>(
    `SELECT s.id, s.name, s.kind,
            (SELECT count(*) FROM codings x WHERE x.source_id = s.id) AS codings,
            (SELECT count(DISTINCT k) FROM (SELECT sc.case_id AS k FROM source_cases sc WHERE sc.source_id = s.id AND sc.case_id != @case
                                           UNION SELECT g.case_id FROM segments g WHERE g.source_id = s.id AND g.case_id IS NOT NULL AND g.case_id != @case)) AS others
     FROM sources s WHERE s.id IN (SELECT source_id FROM source_cases WHERE case_id = @case UNION SELECT source_id FROM segments WHERE case_id = @case)
     ORDER BY s.name`,
  ),
  turnsElsewhere: rows<TurnsElsewhereRow, { case: number }>(
    `SELECT g.source_id, s.name, count(*) AS turns,
            (SELECT count(*) FROM codings x JOIN segments t ON t.source_id = x.source_id AND x.start < t.end AND x.end > t.start
             WHERE t.source_id = g.source_id AND t.case_id = @case) AS codings
     FROM segments g JOIN sources s ON s.id = g.source_id WHERE g.case_id = @case GROUP BY g.source_id ORDER BY s.name`,
  ),
  clearUndoLog: writes('DELETE FROM undo_log'),
});

// What a backup file is asked (on its own read-only connection).
export const backupProbeQueries = defineQueries({
  applicationId: values<number>('PRAGMA application_id'),
  hasCase: values<1, [guid: string]>('SELECT 1 FROM cases WHERE guid = ?'),
});

// Makes a purge permanent: clears the undo history, drops deleted text from the search
// index and compacts the file (VACUUM runs outside any transaction).
export function compactAfterPurge(store: Store): void {
  const db = store.db;
  db.transaction(() => {
    withdrawalQueries(db).clearUndoLog.run();
  })();
  db.exec("INSERT INTO segments_fts (segments_fts) VALUES ('optimize')");
  db.exec('VACUUM');
  db.pragma('wal_checkpoint(TRUNCATE)');
}
