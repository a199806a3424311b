// Correcting a source's text: one edit in code points, applied with the text around it
// re-normalised, and every coding, segment and memo on a passage mapped through it in the same transaction.
import type { EditResult } from '../../shared/model/entities.ts';
import { ApiError } from '../../shared/errors.ts';
import { codePointLength } from '../../shared/text/code-points.ts';
import { applyEditNormalised, mapPosition, mapRange } from '../../shared/text/edits.ts';
import { countWords } from '../../shared/text/word-count.ts';
import { getSourceRow, sourceQueries } from './queries.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { codingQueries } from '../codings/queries.ts';
import { memoQueries } from '../memos/queries.ts';

export interface SourceEdit {
  start: number;
  end: number;
  insert: string;
  baseRevision: number;
}

// Applies a correction to a source's text and maps its codings and segments through it,
// as its own action or inside the caller's (`within`, so several edits undo as one).
export function editSourceText(store: Store, sourceId: number, edit: SourceEdit, within?: ActionRecorder): EditResult {
  const row = getSourceRow(store, sourceId);
  if (!row) throw new ApiError('NOT_FOUND', 'That source no longer exists.');
  if (row.revision !== edit.baseRevision) {
    throw new ApiError('CONFLICT', 'The source changed since this edit was started (another edit or an undo). Reload it and try again.', {
      revision: row.revision,
    });
  }
  const length = codePointLength(row.text);
  if (edit.end > length || edit.start > edit.end) {
    throw new ApiError('BAD_INPUT', `The edit [${edit.start}, ${edit.end}) lies outside the text (${length} characters).`);
  }
  const { text, effectiveEdit } = applyEditNormalised(row.text, { start: edit.start, end: edit.end, insert: edit.insert });
  const emptied: number[] = [];
  const revision = row.revision + 1;
  const apply = (rec: ActionRecorder) => {
    rec.update('sources', sourceId, { text, word_count: countWords(text), revision });
    const codings = codingQueries(store).rangesOfSource.all(sourceId);
    for (const coding of codings) {
      const mapped = mapRange({ start: coding.start, end: coding.end }, effectiveEdit);
      if (mapped.deleted) {
        const at = mapPosition(coding.start, effectiveEdit, 'before');
        emptied.push(coding.id);
        rec.update('codings', coding.id, { start: at, end: at });
      } else if (mapped.range.start !== coding.start || mapped.range.end !== coding.end) {
        rec.update('codings', coding.id, { start: mapped.range.start, end: mapped.range.end });
      }
    }
    // a memo on a passage follows its passage as a coding does (kept at its place when the passage goes)
    for (const memo of memoQueries(store).rangesOnSource.all(sourceId)) {
      const mapped = mapRange({ start: memo.range_start ?? 0, end: memo.range_end ?? 0 }, effectiveEdit);
      const at = mapPosition(memo.range_start ?? 0, effectiveEdit, 'before');
      const next = mapped.deleted ? { start: at, end: at } : mapped.range;
      if (next.start !== memo.range_start || next.end !== memo.range_end) rec.update('memos', memo.id, { range_start: next.start, range_end: next.end });
    }
    const segments = sourceQueries(store).segmentRanges.all(sourceId);
    for (const segment of segments) {
      // a segment grows with text typed at its edges (a coding does not)
      const start = mapPosition(segment.start, effectiveEdit, 'before');
      const end = Math.max(start, mapPosition(segment.end, effectiveEdit, 'after'));
      const labelStart = segment.label_start === null ? null : mapPosition(segment.label_start, effectiveEdit, 'before');
      const labelEnd = segment.label_end === null || labelStart === null ? null : Math.max(labelStart, mapPosition(segment.label_end, effectiveEdit, 'before'));
      if (start !== segment.start || end !== segment.end || labelStart !== segment.label_start || labelEnd !== segment.label_end) {
        rec.update('segments', segment.id, { start, end, label_start: labelStart, label_end: labelEnd });
      }
    }
  };
  if (within) apply(within);
  else runAction(store, 'Correct transcript', apply);
  return { revision, emptiedCodings: emptied };
}
