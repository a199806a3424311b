// Matrix coding queries: rows are nodes or the six questions, columns are cases or the
// values of an attribute (role, project, lead/partner, round, ...); each cell counts the
// references, sources and words coded, and lists its references on request.
import { ApiError } from '../../shared/errors.ts';
import { NO_VALUE } from '../../shared/model/queries.ts';
import type { MatrixDefinition, MatrixHeader, MatrixResult, MatrixRow, NodeSet, ReferenceList } from '../../shared/model/queries.ts';
import type { Store } from '../db/store.ts';
import { caseInScope, fieldLabel, fieldValue, isSourceField, loadLookups, nodeWithDescendants, sortValues, sourcesInScope } from './lookup.ts';
import type { Lookups } from './lookup.ts';
import { projectIndex } from './index-cache.ts';
import type { CodingTable } from './index-cache.ts';
import { countMatrix } from './matrix-counts.ts';
import { referenceRows, sortRowsBySourceName } from './reference-rows.ts';
import { loadSourceTexts, rowsReferencePage } from './references.ts';

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

// What a reference's column depends on (its case, or its source for a source field), as a
// number per reference, and the column key of each such value.
function columnGroups(lookups: Lookups, def: MatrixDefinition, codings: CodingTable, refRows: Int32Array): { groups: Int32Array; keyOf: (group: number) => string } {
  const field = def.columns;
  const bySource = field !== 'case' && isSourceField(field);
  const from = bySource ? codings.sourceId : codings.caseId;
  const groups = new Int32Array(refRows.length);
  for (let k = 0; k < refRows.length; k++) groups[k] = from[refRows[k] as number] as number;
  if (field === 'case') return { groups, keyOf: (caseId) => `c${caseId < 0 ? 0 : caseId}` };
  if (bySource) return { groups, keyOf: (sourceId) => `v:${fieldValue(field, undefined, lookups.sources.get(sourceId)) ?? NO_VALUE}` };
  return { groups, keyOf: (caseId) => `v:${fieldValue(field, caseId < 0 ? undefined : lookups.cases.get(caseId), undefined) ?? NO_VALUE}` };
}

// The column of each reference, and the keys of the columns used, with each group's key made once.
function referenceColumns(groups: Int32Array, keyOf: (group: number) => string): { used: Set<string>; columnsOf: (columnOf: Map<string, number>) => Int32Array } {
  // groups are ids (or -1): a dense table by group + 1
  let max = 0;
  for (const g of groups) if (g > max) max = g;
  const keyIndex = new Int32Array(max + 2).fill(-1);
  const keys: string[] = [];
  for (const g of groups) {
    if (keyIndex[g + 1] !== -1) continue;
    keyIndex[g + 1] = keys.length;
    keys.push(keyOf(g));
  }
  return {
    used: new Set(keys),
    columnsOf: (columnOf) => {
      const columnOfKey = keys.map((k) => columnOf.get(k) ?? -1);
      const out = new Int32Array(groups.length);
      for (let k = 0; k < groups.length; k++) out[k] = columnOfKey[keyIndex[(groups[k] as number) + 1] as number] as number;
      return out;
    },
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
  const { codings } = projectIndex(store);
  const refRows = referenceRows(store, lookups, { nodeIds: [...byNode.keys()], scope: def.scope });
  const { groups, keyOf } = columnGroups(lookups, def, codings, refRows);
  const { used, columnsOf } = referenceColumns(groups, keyOf);
  const columns = columnHeaders(lookups, def, used);
  return { lookups, rows, columns, byNode, refRows, refColumns: columnsOf(new Map(columns.map((c, i) => [c.key, i]))) };
}

// Runs a matrix coding query.
export function runMatrix(store: Store, def: MatrixDefinition): MatrixResult {
  const { rows, columns, byNode, refRows, refColumns } = prepare(store, def);
  const { codings } = projectIndex(store);
  const input = { codings, refRows, refColumns, rowsOfNode: byNode, rowCount: rows.length, columnCount: columns.length };
  const counts = countMatrix(input, def.words ? (ids, passing) => loadSourceTexts(store, ids, { keep: !passing }) : undefined);
  return { rows, columns, ...counts, columnLabel: fieldLabel(def.columns) };
}

// The references of one cell of a matrix (the rows and columns are matched by key).
export function matrixCellReferences(store: Store, def: MatrixDefinition, rowKey: string, columnKey: string, offset = 0, limit = 200): ReferenceList & { rowLabel: string; columnLabel: string } {
  const { lookups, rows, columns, byNode, refRows, refColumns } = prepare(store, def);
  const row = rows.findIndex((r) => r.key === rowKey);
  const column = columns.findIndex((c) => c.key === columnKey);
  if (row < 0 || column < 0) throw new ApiError('NOT_FOUND', 'That cell is no longer in the matrix (the data changed). Run the matrix again.');
  const { codings } = projectIndex(store);
  const inCell: number[] = [];
  for (let k = 0; k < refRows.length; k++) {
    const i = refRows[k] as number;
    if (refColumns[k] === column && (byNode.get(codings.nodeId[i] as number) ?? []).includes(row)) inCell.push(i);
  }
  const page = rowsReferencePage(store, lookups, sortRowsBySourceName(store, Int32Array.from(inCell)), offset, limit);
  return { ...page, rowLabel: rows[row]?.label ?? '', columnLabel: columns[column]?.label ?? '' };
}
