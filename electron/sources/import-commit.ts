// Writing one staged file into the project: one transaction (one undo step) that makes
// the source, its segments with speakers attributed, new cases for new speakers, and its
// case links. A file whose content is already in the project is skipped; any failure
// rolls the whole file back, so nothing of it is left.
import { ApiError } from '../../shared/errors.ts';
import type { CommitItem, CommitOutcome, SpeakerAssignment } from '../../shared/model/import.ts';
import { countWords } from '../../shared/text/word-count.ts';
import { getSourceSummary } from './queries.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { insertCase } from '../cases/cases.ts';
import { insertSegments } from './segment-writes.ts';
import { segmentDocument } from '../import/segment-document.ts';
import type { DocSegment } from '../import/segment-document.ts';
import { findDuplicate } from './import-staging.ts';
import type { StagedEntry } from './import-staging.ts';
import { caseQueries } from '../cases/queries.ts';

function labelKey(label: string): string {
  return label.trim().replace(/\s+/gu, ' ').toLowerCase();
}

function caseExists(store: Store, id: number): boolean {
  return caseQueries(store).exists.get(id) !== undefined;
}

// Cases made by earlier files of one batch, by name, so two files naming "Jane" share one new case.
export type BatchCases = Map<string, number>;

interface Resolved {
  // label key -> case id or the interviewer
  speakers: Map<string, number | 'interviewer'>;
  // cases made for this file: name key -> id and name
  created: Map<string, { id: number; name: string }>;
}

function resolveSpeakers(rec: ActionRecorder, assignments: readonly { label: string; assign: SpeakerAssignment }[], batchCases: BatchCases): Resolved {
  const store = rec.store;
  const speakers = new Map<string, number | 'interviewer'>();
  const created = new Map<string, { id: number; name: string }>();
  for (const { label, assign } of assignments) {
    if (assign.kind === 'none' || assign.kind === 'unassigned') continue;
    if (assign.kind === 'interviewer') speakers.set(labelKey(label), 'interviewer');
    else if (assign.kind === 'case') {
      if (!caseExists(store, assign.caseId)) throw new ApiError('NOT_FOUND', `The case chosen for speaker "${label}" no longer exists. Choose another case.`);
      speakers.set(labelKey(label), assign.caseId);
    } else {
      const name = assign.name.trim() || label.trim();
      const nameKey = labelKey(name);
      let id = created.get(nameKey)?.id ?? batchCases.get(nameKey);
      if (id !== undefined && !caseExists(store, id)) id = undefined;
      if (id === undefined) {
        id = insertCase(rec, { realName: name, label: name, role: assign.role ?? '' });
        created.set(nameKey, { id, name });
      }
      speakers.set(labelKey(label), id);
    }
  }
  return { speakers, created };
}

// A file's segments cut before anything is written, so an import can stop between cutting and writing.
export interface PreparedCommit {
  segments: DocSegment[];
}

// Cuts a staged file into its segments with the confirmed speakers (no project reads or writes).
export function prepareCommit(entry: StagedEntry, item: CommitItem): PreparedCommit {
  const confirmed = item.speakers.filter((s) => s.assign.kind !== 'none').map((s) => s.label);
  return { segments: segmentDocument(entry.doc, { speakers: confirmed, continueTurns: item.kind === 'transcript' }) };
}

// Writes one staged file as a source (one undo step); returns what happened to it.
export function commitStaged(store: Store, entry: StagedEntry, item: CommitItem, batchCases: BatchCases = new Map(), prepared: PreparedCommit = prepareCommit(entry, item)): CommitOutcome {
  const { file, doc } = entry;
  let created = new Map<string, { id: number; name: string }>();
  const result = runAction(store, `Import ${item.name}`, (rec) => {
    const duplicate = findDuplicate(store, entry.textHash, entry.bytesHash);
    if (duplicate) return { duplicate };
    const resolved = resolveSpeakers(rec, item.speakers, batchCases);
    created = resolved.created;
    const { segments } = prepared;
    const description = item.description ?? doc.warnings.join(' ');
    const sourceId = rec.insert('sources', {
      guid: store.newGuid(),
      kind: item.kind,
      name: item.name,
      text: doc.text,
      word_count: doc.analysis?.words ?? countWords(doc.text),
      revision: 0,
      origin_format: doc.format,
      origin_file_name: file.fileName,
      origin_hash: entry.textHash,
      imported_at: store.now().toISOString(),
      interview_date: item.interviewDate,
      round: item.round,
      mode: item.mode,
      media_path: item.mediaPath,
      description,
    });
    const caseIds = new Set<number>();
    for (const id of item.caseIds) {
      if (!caseExists(store, id)) throw new ApiError('NOT_FOUND', `A case chosen for ${item.name} no longer exists. Choose the cases again.`);
      caseIds.add(id);
    }
    for (const caseId of insertSegments(rec, sourceId, doc.text, segments, (label) => resolved.speakers.get(labelKey(label)))) caseIds.add(caseId);
    for (const caseId of caseIds) rec.insert('source_cases', { source_id: sourceId, case_id: caseId });
    return { sourceId };
  });
  if (result.duplicate) return { status: 'duplicate', token: file.token, fileName: file.fileName, duplicateOf: result.duplicate };
  for (const [nameKey, made] of created) batchCases.set(nameKey, made.id);
  const source = getSourceSummary(store, result.sourceId);
  if (!source) throw new ApiError('INTERNAL', 'The imported source vanished.');
  return { status: 'imported', token: file.token, fileName: file.fileName, source, newCases: [...created.values()].map((c) => c.name) };
}
