// Writing a new source and its segments (turns, paragraphs, rows) with their speakers'
// cases, and their full-text and trigram rows from the text in memory rather than by the
// insert triggers (see electron/sources/segment-index.ts). Both the file importer and
// importTextSource write sources this way.
import type { SegmentKind } from '../../shared/model/entities.ts';
import { createOffsetIndex } from '../../shared/text/code-points.ts';
import { withDirectSegmentIndex } from './segment-index.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import type { SourceRow } from '../db/table-rows.ts';

export interface NewSegment {
  readonly kind: SegmentKind;
  readonly start: number;
  readonly end: number;
  readonly speakerLabel: string | null;
  readonly labelStart: number | null;
  readonly labelEnd: number | null;
  readonly timestamp: string | null;
}

// Whose a labelled turn is: a case id, the interviewer, or nobody (undefined or null).
export type SpeakerOf = (label: string) => number | 'interviewer' | null | undefined;

// Inserts a source (inside the caller's action) and its segments; returns its id and the cases its segments name.
export function insertSourceWithSegments(rec: ActionRecorder, source: Omit<SourceRow, 'id'>, segments: readonly NewSegment[], speakerOf: SpeakerOf): { sourceId: number; caseIds: Set<number> } {
  const store = rec.store;
  const caseIds = new Set<number>();
  const text = source.text;
  const index = createOffsetIndex(text);
  const cut = (at: number) => Math.min(at, index.codePointLength);
  const { sourceId } = withDirectSegmentIndex(store, (indexSegment) => {
    const id = rec.insert('sources', { ...source });
    segments.forEach((segment, seq) => {
      const assigned = segment.speakerLabel === null ? undefined : speakerOf(segment.speakerLabel);
      const caseId = typeof assigned === 'number' ? assigned : null;
      if (caseId !== null) caseIds.add(caseId);
      const segmentId = rec.insert('segments', {
        guid: store.newGuid(),
        source_id: id,
        seq,
        kind: segment.kind,
        start: segment.start,
        end: segment.end,
        speaker_label: segment.speakerLabel,
        label_start: segment.labelStart,
        label_end: segment.labelEnd,
        timestamp: segment.timestamp,
        case_id: caseId,
        is_interviewer: assigned === 'interviewer' ? 1 : 0,
      });
      indexSegment(segmentId, index.slice(cut(segment.start), cut(segment.end)));
    });
    return { sourceId: id, text };
  });
  return { sourceId, caseIds };
}
