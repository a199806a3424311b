// Matrix coding queries: rows are nodes or the six questions, columns are cases or the
// values of an attribute (role, project, lead/partner, round, ...); each cell counts the
// references, sources and words coded, and lists its references on request.
import { aggregateMatrix } from '../../shared/analysis/matrix.ts';
import type { MatrixReference } from '../../shared/analysis/matrix.ts';
import { countWordsIn } from '../../shared/analysis/words.ts';
import { ApiError } from '../../shared/errors.ts';
import { NO_VALUE } from '../../shared/model/queries.ts';
import type { MatrixDefinition, MatrixHeader, MatrixResult, MatrixRow, NodeSet, ReferenceList } from '../../shared/model/queries.ts';
import type { Store } from '../db/store.ts';
import { caseInScope, fieldLabel, fieldValue, isSourceField, loadLookups, nodeWithDescendants, sortValues, sourcesInScope } from './lookup.ts';
import type { Lookups } from './lookup.ts';
import { projectIndex } from './index-cache.ts';
import { forEachReference, loadReferenceFacts, loadSourceTexts, referencePage, sortBySourceName } from './references.ts';

export const QUESTION_NUMBERS = [1, 2, 3, 4, 5, 6] as const;

// The rows of a node set: one per question (all nodes under it) or one per chosen node.
export function nodeSetRows(lookups: Lookups, set: NodeSet): MatrixRow[] {
  if (set.kind === 'questions') {
    return QUESTION_NUMBERS.map((q) => {
      const nodes = [...lookups.nodes.values()].filter((n) => n.question === q);
      const top = nodes.find((n) => n.parentId === null) ?? nodes[0];
      return { key: `q${q}`, label: top?.name ?? `Question ${q}`, nodeIds: nodes.map((n) => n.id) };
    });
  }
  if (set.nodeIds.length === 0) throw new ApiError('BAD_INPUT', 'Choose at least one node for the rows.');
  return [...new Set(set.nodeIds)].map((id) => ({ key: `n${id}`, label: lookups.nodes.get(id)?.path ?? '', nodeIds: nodeWithDescendants(lookups, id, set.includeDescendants) }));
}

// Maps each node to the rows it counts in.
export function rowsByNode(rows: MatrixRow[]): Map<number, number[]> {
  const out = new Map<number, number[]>();
  rows.forEach((row, index) => {
    for (const id of new Set(row.nodeIds)) {
      const list = out.get(id);
      if (list) list.push(index);
      else out.set(id, [index]);
    }
  });
  return out;
}

// Case labels made unique (two cases may share "Mentee, Project 1, Partner"); never real names.
export function uniqueCaseLabels(lookups: Lookups): Map<number, string> {
  const byLabel = new Map<string, number[]>();
  for (const c of [...lookups.cases.values()].sort((a, b) => a.id - b.id)) {
    const list = byLabel.get(c.label);
    if (list) list.push(c.id);
    else byLabel.set(c.label, [c.id]);
  }
  const out = new Map<number, string>();
  for (const [label, ids] of byLabel) ids.forEach((id, i) => out.set(id, ids.length === 1 ? label : `${label} #${i + 1}`));
  return out;
}

// Gives each reference its column key ("c12" for a case, "v:broker" for a value), remembered per case or source.
function columnKeyer(lookups: Lookups, def: MatrixDefinition, store: Store): (row: number, caseId: number | null) => string {
  const { codings } = projectIndex(store);
  const field = def.columns;
  if (field === 'case') return (_row, caseId) => `c${caseId ?? 0}`;
  const memo = new Map<number, string>();
  if (isSourceField(field)) {
    return (row) => {
      const sourceId = codings.sourceId[row] as number;
      let key = memo.get(sourceId);
      if (key === undefined) memo.set(sourceId, (key = `v:${fieldValue(field, undefined, lookups.sources.get(sourceId)) ?? NO_VALUE}`));
      return key;
    };
  }
  return (_row, caseId) => {
    const id = caseId ?? -1;
    let key = memo.get(id);
    if (key === undefined) memo.set(id, (key = `v:${fieldValue(field, caseId === null ? undefined : lookups.cases.get(caseId), undefined) ?? NO_VALUE}`));
    return key;
  };
}

// The columns: every case with references, or every value of the field among the cases
// (or sources) in scope, so values nobody spoke from still show as zeros.
function columnHeaders(lookups: Lookups, def: MatrixDefinition, used: Set<string>): MatrixHeader[] {
  if (def.columns === 'case') {
    const labels = uniqueCaseLabels(lookups);
    const headers = [...lookups.cases.values()]
      .filter((c) => used.has(`c${c.id}`))
      .map((c) => ({ key: `c${c.id}`, label: labels.get(c.id) ?? '' }))
      .sort((a, b) => a.label.localeCompare(b.label));
    if (used.has('c0')) headers.push({ key: 'c0', label: '(no case)' });
    return headers;
  }
  const field = def.columns;
  const universe: string[] = [];
  if (isSourceField(field)) {
    const allowed = sourcesInScope(lookups, def.scope);
    for (const src of lookups.sources.values()) if (!allowed || allowed.has(src.id)) universe.push(fieldValue(field, undefined, src) ?? NO_VALUE);
  } else {
    for (const c of lookups.cases.values()) if (caseInScope(lookups, def.scope, c.id)) universe.push(fieldValue(field, c, undefined) ?? NO_VALUE);
  }
  const values = sortValues([...universe.filter((v) => v !== NO_VALUE), ...[...used].map((k) => k.slice(2))]);
  return values.map((v) => ({ key: `v:${v}`, label: v }));
}

interface Prepared {
  lookups: Lookups;
  rows: MatrixRow[];
  columns: MatrixHeader[];
  byNode: Map<number, number[]>;
  // coding-table rows of the references, and each one's column
  refRows: Int32Array;
  refColumns: Int32Array;
}

function prepare(store: Store, def: MatrixDefinition): Prepared {
  const lookups = loadLookups(store);
  const rows = nodeSetRows(lookups, def.rows);
  const byNode = rowsByNode(rows);
  const keyOf = columnKeyer(lookups, def, store);
  const picked: number[] = [];
  const keys: string[] = [];
  forEachReference(store, lookups, { nodeIds: [...byNode.keys()], scope: def.scope }, (row, caseId) => {
    picked.push(row);
    keys.push(keyOf(row, caseId));
  });
  const columns = columnHeaders(lookups, def, new Set(keys));
  const columnOf = new Map(columns.map((c, i) => [c.key, i]));
  return { lookups, rows, columns, byNode, refRows: Int32Array.from(picked), refColumns: Int32Array.from(keys, (k) => columnOf.get(k) ?? -1) };
}

// Runs a matrix coding query.
export function runMatrix(store: Store, def: MatrixDefinition): MatrixResult {
  const { rows, columns, byNode, refRows, refColumns } = prepare(store, def);
  const { codings } = projectIndex(store);
  // one reused object per reference: aggregateMatrix only reads it
  function* refs(): Generator<MatrixReference> {
    const ref = { rows: [] as readonly number[], column: 0, sourceId: 0, start: 0, end: 0 };
    for (let k = 0; k < refRows.length; k++) {
      const i = refRows[k] as number;
      ref.rows = byNode.get(codings.nodeId[i] as number) ?? [];
      ref.column = refColumns[k] as number;
      ref.sourceId = codings.sourceId[i] as number;
      ref.start = codings.start[i] as number;
      ref.end = codings.end[i] as number;
      yield ref;
    }
  }
  let countWords: ((sourceId: number, ranges: { start: number; end: number }[]) => number) | undefined;
  if (def.words) {
    const texts = loadSourceTexts(store, Array.from(refRows, (i) => codings.sourceId[i] as number));
    countWords = (sourceId, ranges) => {
      const text = texts.get(sourceId);
      if (!text) return 0;
      return ranges.reduce((n, r) => n + countWordsIn(text.slice(Math.min(r.start, text.codePointLength), Math.min(r.end, text.codePointLength))), 0);
    };
  }
  const counts = aggregateMatrix(refs(), rows.length, columns.length, countWords);
  return { rows, columns, ...counts, columnLabel: fieldLabel(def.columns) };
}

// The references of one cell of a matrix (the rows and columns are matched by key).
export function matrixCellReferences(store: Store, def: MatrixDefinition, rowKey: string, columnKey: string, offset = 0, limit = 200): ReferenceList & { rowLabel: string; columnLabel: string } {
  const { lookups, rows, columns, byNode, refRows, refColumns } = prepare(store, def);
  const row = rows.findIndex((r) => r.key === rowKey);
  const column = columns.findIndex((c) => c.key === columnKey);
  if (row < 0 || column < 0) throw new ApiError('NOT_FOUND', 'That cell is no longer in the matrix (the data changed). Run the matrix again.');
  const { codings } = projectIndex(store);
  const inCell = new Set<number>();
  for (let k = 0; k < refRows.length; k++) {
    const i = refRows[k] as number;
    if (refColumns[k] === column && (byNode.get(codings.nodeId[i] as number) ?? []).includes(row)) inCell.add(codings.id[i] as number);
  }
  const facts = loadReferenceFacts(store, lookups, { nodeIds: null, codingIds: [...inCell], scope: def.scope });
  return { ...referencePage(store, lookups, sortBySourceName(facts, store), offset, limit), rowLabel: rows[row]?.label ?? '', columnLabel: columns[column]?.label ?? '' };
}
