// Writing a new source's segments (turns, paragraphs, rows) with their speakers' cases and
// their full-text rows, cut from the text in memory rather than by the insert trigger's
// substr() (see electron/sources/segment-index.ts). Both the file importer and
// importTextSource write segments this way.
import type { SegmentKind } from '../../shared/model/entities.ts';
import { createOffsetIndex } from '../../shared/text/code-points.ts';
import { withDirectSegmentIndex } from './segment-index.ts';
import type { ActionRecorder } from '../db/undo-log.ts';

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

// Inserts the segments of a source whose text is `text` (inside the caller's action); returns the cases they name.
export function insertSegments(rec: ActionRecorder, sourceId: number, text: string, segments: readonly NewSegment[], speakerOf: SpeakerOf): Set<number> {
  const store = rec.store;
  const caseIds = new Set<number>();
  const index = createOffsetIndex(text);
  const cut = (at: number) => Math.min(at, index.codePointLength);
  withDirectSegmentIndex(store, sourceId, (indexSegment) => {
    segments.forEach((segment, seq) => {
      const assigned = segment.speakerLabel === null ? undefined : speakerOf(segment.speakerLabel);
      const caseId = typeof assigned === 'number' ? assigned : null;
      if (caseId !== null) caseIds.add(caseId);
      const segmentId = rec.insert('segments', {
        guid: store.newGuid(),
        source_id: sourceId,
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
  });
  return caseIds;
}
