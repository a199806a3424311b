// The node view: every reference at a node (optionally with its descendants) with source,
// speaker's case and coded text, filtered by the scope; and the context around a passage.
import type { NodeViewResult, PassageContext, QueryScope, ReferenceList } from '../../shared/model/queries.ts';
import { ApiError } from '../../shared/errors.ts';
import type { Store } from '../db/store.ts';
import type { SegmentRow } from '../db/table-rows.ts';
import { sourceQueries } from '../sources/queries.ts';
import { loadLookups, nodeWithDescendants } from './lookup.ts';
import { referenceRows, sortRowsBySourceName } from './reference-rows.ts';
import { loadSourceTexts, rowsReferencePage, sliceText } from './references.ts';

export interface NodeViewInput {
  nodeId: number;
  includeDescendants: boolean;
  scope?: QueryScope;
  offset?: number;
  limit?: number;
}

export const DEFAULT_PAGE = 200;

// Lists the references at a node for the node view (one page of them, with the totals).
export function nodeView(store: Store, input: NodeViewInput): NodeViewResult {
  const lookups = loadLookups(store);
  const nodeIds = nodeWithDescendants(lookups, input.nodeId, input.includeDescendants);
  const rows = sortRowsBySourceName(store, referenceRows(store, lookups, { nodeIds, scope: input.scope }));
  const page = rowsReferencePage(store, lookups, rows, input.offset ?? 0, input.limit ?? DEFAULT_PAGE);
  return { ...page, nodeId: input.nodeId, nodePath: lookups.nodes.get(input.nodeId)?.path ?? '', includeDescendants: input.includeDescendants };
}

// Lists chosen codings as references (for a matrix cell, a framework cell or a drill-down).
export function referencesById(store: Store, codingIds: number[], offset = 0, limit = DEFAULT_PAGE): ReferenceList {
  const lookups = loadLookups(store);
  const rows = sortRowsBySourceName(store, referenceRows(store, lookups, { nodeIds: null, codingIds }));
  return rowsReferencePage(store, lookups, rows, offset, limit);
}

// The segments (turns, paragraphs) holding a passage, with `around` more on each side.
export function passageContext(store: Store, input: { sourceId: number; start: number; end: number; around: number }): PassageContext {
  const sourceName = sourceQueries(store).name.get(input.sourceId);
  if (sourceName === undefined) throw new ApiError('NOT_FOUND', 'That source no longer exists.');
  const segments = sourceQueries(store).segments.all(input.sourceId);
  const touches = (s: Pick<SegmentRow, 'start' | 'end'>) => s.start < Math.max(input.end, input.start + 1) && input.start < s.end;
  let first = segments.findIndex(touches);
  let last = first < 0 ? -1 : segments.length - 1 - [...segments].reverse().findIndex(touches);
  if (first < 0) {
    // the passage lies between segments: take the one before it
    const before = segments.filter((s) => s.start <= input.start).length - 1;
    first = Math.max(0, before);
    last = first;
  }
  const from = Math.max(0, first - input.around);
  const to = Math.min(segments.length - 1, last + input.around);
  const chosen = segments.slice(from, to + 1);
  const texts = loadSourceTexts(store, [input.sourceId]);
  const cases = loadLookups(store).cases;
  return {
    sourceId: input.sourceId,
    sourceName,
    start: input.start,
    end: input.end,
    segments: chosen.map((s) => ({
      id: s.id,
      start: s.start,
      end: s.end,
      speakerLabel: s.speaker_label,
      caseLabel: s.case_id === null ? null : (cases.get(s.case_id)?.label ?? null),
      isInterviewer: s.is_interviewer === 1,
      text: sliceText(texts.get(input.sourceId), s.start, s.end),
      containsPassage: touches(s),
    })),
  };
}
