// Sources: importing decoded text with its segments and speakers, listing, editing
// their attributes, deleting (with everything that hangs on them, undoably).
import { createHash } from 'node:crypto';
import type { InterviewMode, SourceDetail, SourceKind, SourceSummary } from '../../shared/model/entities.ts';
import { ApiError } from '../../shared/errors.ts';
import { normaliseText } from '../../shared/text/normalise.ts';
import { parseSegments } from '../../shared/text/speaker-turns.ts';
import { countWords } from '../../shared/text/word-count.ts';
import { getSourceRow, getSourceSummary, listSegments, listSourceSummaries, sourceQueries } from './queries.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { insertSegments } from './segment-writes.ts';
import { caseQueries } from '../cases/queries.ts';
import { codingQueries } from '../codings/queries.ts';
import { deleteMemosOn } from '../memos/memo-removal.ts';

export interface SpeakerAssignment {
  // the case this label's turns belong to, or 'interviewer'
  caseId: number | 'interviewer' | null;
}

export interface ImportTextInput {
  name: string;
  kind: SourceKind;
  text: string;
  originFormat: string;
  originFileName?: string | null;
  originBytes?: Uint8Array | null;
  round?: number | null;
  mode?: InterviewMode | null;
  interviewDate?: string | null;
  description?: string;
  // speaker label -> case; labels not listed are kept as labels only
  speakers?: Record<string, SpeakerAssignment>;
  // cases the source is about (besides speakers' cases)
  caseIds?: number[];
}

// Every source, by name.
export function listSources(store: Store): SourceSummary[] {
  return listSourceSummaries(store);
}

// One source with its text and segments.
export function getSource(store: Store, id: number): SourceDetail {
  const row = getSourceRow(store, id);
  const summary = getSourceSummary(store, id);
  if (!row || !summary) throw new ApiError('NOT_FOUND', 'That source no longer exists.');
  return { ...summary, text: row.text, segments: listSegments(store, id), mediaPath: row.media_path, description: row.description };
}

// One source's summary: name, details and counts, without its text.
export function sourceSummary(store: Store, id: number): SourceSummary {
  const summary = getSourceSummary(store, id);
  if (!summary) throw new ApiError('NOT_FOUND', 'That source no longer exists.');
  return summary;
}

// The recording linked to a source (its path on this machine), or null.
export function mediaPathOf(store: Store, id: number): string | null {
  return sourceQueries(store).mediaPath.get(id) ?? null;
}

// Imports already-decoded text as a new source, inside the caller's action or a new one.
export function importTextSource(store: Store, input: ImportTextInput, rec?: ActionRecorder): SourceSummary {
  const run = (r: ActionRecorder) => insertSource(r, input);
  const id = rec ? run(rec) : runAction(store, `Import ${input.name}`, run);
  const summary = getSourceSummary(store, id);
  if (!summary) throw new Error('imported source vanished');
  return summary;
}

function insertSource(rec: ActionRecorder, input: ImportTextInput): number {
  const store = rec.store;
  const text = normaliseText(input.text);
  const speakers = input.speakers ?? {};
  const hash = input.originBytes ? createHash('sha256').update(input.originBytes).digest('hex') : createHash('sha256').update(input.text).digest('hex');
  const sourceId = rec.insert('sources', {
    guid: store.newGuid(),
    kind: input.kind,
    name: input.name,
    text,
    word_count: countWords(text),
    revision: 0,
    origin_format: input.originFormat,
    origin_file_name: input.originFileName ?? null,
    origin_hash: hash,
    imported_at: store.now().toISOString(),
    interview_date: input.interviewDate ?? null,
    round: input.round ?? null,
    mode: input.mode ?? null,
    media_path: null,
    description: input.description ?? '',
  });
  const knownLabels = Object.keys(speakers);
  const segments = parseSegments(text, knownLabels.length > 0 ? { speakers: knownLabels } : {});
  const caseIds = new Set<number>(input.caseIds ?? []);
  const speakerOf = (label: string) => speakers[label]?.caseId;
  for (const caseId of insertSegments(rec, sourceId, text, segments, speakerOf)) caseIds.add(caseId);
  for (const caseId of caseIds) {
    if (!caseQueries(store).exists.get(caseId)) throw new ApiError('NOT_FOUND', `Case ${caseId} does not exist.`);
    rec.insert('source_cases', { source_id: sourceId, case_id: caseId });
  }
  return sourceId;
}

export interface SourceUpdate {
  name?: string;
  kind?: SourceKind;
  round?: number | null;
  mode?: InterviewMode | null;
  interviewDate?: string | null;
  description?: string;
  mediaPath?: string | null;
}

// Changes a source's name or attributes.
export function updateSource(store: Store, id: number, update: SourceUpdate): SourceSummary {
  if (!getSourceRow(store, id)) throw new ApiError('NOT_FOUND', 'That source no longer exists.');
  runAction(store, `Edit source details`, (rec) => {
    const values: Record<string, string | number | null> = {};
    if (update.name !== undefined) values.name = update.name;
    if (update.kind !== undefined) values.kind = update.kind;
    if (update.round !== undefined) values.round = update.round;
    if (update.mode !== undefined) values.mode = update.mode;
    if (update.interviewDate !== undefined) values.interview_date = update.interviewDate;
    if (update.description !== undefined) values.description = update.description;
    if (update.mediaPath !== undefined) values.media_path = update.mediaPath;
    rec.update('sources', id, values);
  });
  const summary = getSourceSummary(store, id);
  if (!summary) throw new ApiError('NOT_FOUND', 'That source no longer exists.');
  return summary;
}

// Deletes a source with its segments, codings, case links, attribute values and memos.
export function deleteSource(store: Store, id: number): void {
  const row = getSourceRow(store, id);
  if (!row) throw new ApiError('NOT_FOUND', 'That source no longer exists.');
  runAction(store, `Delete ${row.name}`, (rec) => {
    const q = sourceQueries(store);
    for (const codingId of codingQueries(store).idsOfSource.all(id)) {
      deleteMemosOn(rec, 'coding', codingId);
      rec.delete('codings', codingId);
    }
    deleteMemosOn(rec, 'source', id);
    for (const segmentId of q.segmentIds.all(id)) rec.delete('segments', segmentId);
    for (const rowid of q.caseLinkRowids.all(id)) rec.delete('source_cases', rowid);
    for (const rowid of q.attributeValueRowids.all(id)) rec.delete('source_attribute_values', rowid);
    rec.delete('sources', id);
  });
}
