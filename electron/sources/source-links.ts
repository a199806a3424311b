// Editing after import what was chosen on import: the cases a source is about, and who
// a speaker label of a source is (a case, the interviewer, or nobody). One undo step each.
import { ApiError } from '../../shared/errors.ts';
import type { SourceSummary } from '../../shared/model/entities.ts';
import type { SpeakerAssignment } from '../../shared/model/import.ts';
import { getSourceRow, getSourceSummary, sourceQueries } from './queries.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import { insertCase } from '../cases/cases.ts';
import { caseQueries } from '../cases/queries.ts';

function requireSource(store: Store, sourceId: number): string {
  const row = getSourceRow(store, sourceId);
  if (!row) throw new ApiError('NOT_FOUND', 'That source no longer exists.');
  return row.name;
}

function requireCases(store: Store, caseIds: readonly number[]): void {
  for (const id of caseIds) {
    if (!caseQueries(store).exists.get(id)) throw new ApiError('NOT_FOUND', 'One of the chosen cases no longer exists. Choose again.');
  }
}

// Sets the cases a source is about (links to cases its speaker turns name are kept).
export function setSourceCases(store: Store, sourceId: number, caseIds: readonly number[]): SourceSummary {
  const name = requireSource(store, sourceId);
  requireCases(store, caseIds);
  const wanted = new Set(caseIds);
  for (const id of sourceQueries(store).speakerCaseIds.all(sourceId)) wanted.add(id);
  runAction(store, `Edit cases of ${name}`, (rec) => {
    const current = sourceQueries(store).caseLinks.all(sourceId);
    for (const link of current) if (!wanted.has(link.case_id)) rec.delete('source_cases', link.rowid);
    const have = new Set(current.map((l) => l.case_id));
    for (const id of wanted) if (!have.has(id)) rec.insert('source_cases', { source_id: sourceId, case_id: id });
  });
  const summary = getSourceSummary(store, sourceId);
  if (!summary) throw new ApiError('NOT_FOUND', 'That source no longer exists.');
  return summary;
}

// Attributes every turn of one speaker label in a source again; returns how many turns changed.
export function assignSpeaker(store: Store, sourceId: number, label: string, assign: SpeakerAssignment): number {
  const name = requireSource(store, sourceId);
  const segments = sourceQueries(store).segmentsOfSpeaker.all(sourceId, label.trim());
  if (segments.length === 0) throw new ApiError('NOT_FOUND', `${name} has no turns by "${label}".`);
  if (assign.kind === 'case') requireCases(store, [assign.caseId]);
  runAction(store, `Attribute ${label} in ${name}`, (rec) => {
    let caseId: number | null = null;
    if (assign.kind === 'case') caseId = assign.caseId;
    if (assign.kind === 'new-case') caseId = insertCase(rec, { realName: assign.name, label: assign.name, role: assign.role ?? '' });
    if (assign.kind === 'none') throw new ApiError('BAD_INPUT', 'An imported speaker cannot be turned into plain text here; choose a case, the interviewer, or no case.');
    for (const id of segments) rec.update('segments', id, { case_id: caseId, is_interviewer: assign.kind === 'interviewer' ? 1 : 0 });
    if (caseId !== null && !sourceQueries(store).hasCaseLink.get(sourceId, caseId)) {
      rec.insert('source_cases', { source_id: sourceId, case_id: caseId });
    }
  });
  return segments.length;
}
