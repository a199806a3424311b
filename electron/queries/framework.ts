// Framework matrices: cases (rows) x nodes (columns), with the researcher's summary in
// each cell linked to the references it summarises. Every change is one undoable action.
import { ApiError } from '../../shared/errors.ts';
import type { FrameworkCell, FrameworkMatrix, FrameworkSummary, ReferenceList } from '../../shared/model/queries.ts';
import type { Store } from '../db/store.ts';
import type { FrameworkMatrixRow } from '../db/table-rows.ts';
import { runAction } from '../db/undo-log.ts';
import { codingQueries } from '../codings/queries.ts';
import { loadLookups, nodeWithDescendants } from './lookup.ts';
import type { Lookups } from './lookup.ts';
import { rowsByNode, uniqueCaseLabels } from './matrix.ts';
import { loadReferenceFacts, referencePage, sortBySourceName } from './references.ts';
import type { ReferenceFact } from './references.ts';
import { queryQueries } from './queries.ts';

function ids(json: string): number[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is number => Number.isInteger(v)) : [];
  } catch {
    return [];
  }
}

function frameworkRow(store: Store, id: number): FrameworkMatrixRow {
  const row = queryQueries(store).framework.get(id);
  if (!row) throw new ApiError('NOT_FOUND', 'That framework matrix no longer exists.');
  return row;
}

function checkName(store: Store, name: string, except: number | null): void {
  const clash = queryQueries(store).frameworkNameClash.get(name, except);
  if (clash !== undefined) throw new ApiError('CONFLICT', `There is already a framework matrix called "${name}". Choose another name.`);
}

// Every framework matrix, by name.
export function listFrameworks(store: Store): FrameworkSummary[] {
  return queryQueries(store).frameworkList.all().map((r) => ({
    id: r.id,
    guid: r.guid,
    name: r.name,
    caseCount: ids(r.case_ids_json).length,
    nodeCount: ids(r.node_ids_json).length,
    includeDescendants: r.include_descendants === 1,
    updatedAt: r.updated_at,
  }));
}

function columnFacts(store: Store, lookups: Lookups, nodeIds: number[], includeDescendants: boolean) {
  const columns = nodeIds.filter((id) => lookups.nodes.has(id)).map((id) => ({ key: String(id), label: '', nodeIds: nodeWithDescendants(lookups, id, includeDescendants) }));
  const byNode = rowsByNode(columns);
  const facts = loadReferenceFacts(store, lookups, { nodeIds: [...byNode.keys()] });
  return { columns, byNode, facts };
}

export interface NewFramework {
  name: string;
  nodeIds: number[];
  // empty: every case with references at the nodes
  caseIds: number[];
  includeDescendants: boolean;
}

// Creates a framework matrix.
export function createFramework(store: Store, input: NewFramework): FrameworkMatrix {
  checkName(store, input.name, null);
  const lookups = loadLookups(store);
  const nodeIds = [...new Set(input.nodeIds)];
  for (const id of nodeIds) if (!lookups.nodes.has(id)) throw new ApiError('NOT_FOUND', 'One of the chosen nodes no longer exists.');
  let caseIds = [...new Set(input.caseIds)];
  if (caseIds.length === 0) {
    const { facts } = columnFacts(store, lookups, nodeIds, input.includeDescendants);
    const labels = uniqueCaseLabels(lookups);
    caseIds = [...new Set(facts.map((f) => f.caseId).filter((c): c is number => c !== null))].sort((a, b) => (labels.get(a) ?? '').localeCompare(labels.get(b) ?? ''));
    if (caseIds.length === 0) throw new ApiError('BAD_INPUT', 'No case has references at those nodes yet. Choose the cases, or code some passages first.');
  }
  for (const id of caseIds) if (!lookups.cases.has(id)) throw new ApiError('NOT_FOUND', 'One of the chosen cases no longer exists.');
  const now = store.now().toISOString();
  const id = runAction(store, `New framework matrix ${input.name}`, (rec) =>
    rec.insert('framework_matrices', {
      guid: store.newGuid(),
      name: input.name,
      case_ids_json: JSON.stringify(caseIds),
      node_ids_json: JSON.stringify(nodeIds),
      include_descendants: input.includeDescendants ? 1 : 0,
      created_at: now,
      updated_at: now,
    }),
  );
  return getFramework(store, id);
}

// Renames a framework matrix or changes its cases, nodes or descendants option.
export function updateFramework(store: Store, id: number, update: Partial<NewFramework>): FrameworkMatrix {
  frameworkRow(store, id);
  if (update.name !== undefined) checkName(store, update.name, id);
  runAction(store, 'Edit framework matrix', (rec) => {
    const values: Record<string, string | number> = { updated_at: store.now().toISOString() };
    if (update.name !== undefined) values.name = update.name;
    if (update.caseIds !== undefined) values.case_ids_json = JSON.stringify([...new Set(update.caseIds)]);
    if (update.nodeIds !== undefined) values.node_ids_json = JSON.stringify([...new Set(update.nodeIds)]);
    if (update.includeDescendants !== undefined) values.include_descendants = update.includeDescendants ? 1 : 0;
    rec.update('framework_matrices', id, values);
  });
  return getFramework(store, id);
}

// Deletes a framework matrix with its cells.
export function deleteFramework(store: Store, id: number): void {
  const row = frameworkRow(store, id);
  runAction(store, `Delete framework matrix ${row.name}`, (rec) => {
    for (const cellId of queryQueries(store).cellIds.all(id)) rec.delete('framework_cells', cellId);
    rec.delete('framework_matrices', id);
  });
}

function countsByCell(facts: ReferenceFact[], byNode: Map<number, number[]>, columns: { key: string }[]): Map<string, number> {
  const out = new Map<string, number>();
  for (const f of facts) {
    if (f.caseId === null) continue;
    for (const col of byNode.get(f.nodeId) ?? []) {
      const key = `${f.caseId}:${columns[col]?.key ?? ''}`;
      out.set(key, (out.get(key) ?? 0) + 1);
    }
  }
  return out;
}

// A framework matrix with every cell (empty ones too) and the reference counts behind them.
export function getFramework(store: Store, id: number): FrameworkMatrix {
  const row = frameworkRow(store, id);
  const lookups = loadLookups(store);
  const labels = uniqueCaseLabels(lookups);
  const caseIds = ids(row.case_ids_json).filter((c) => lookups.cases.has(c));
  const nodeIds = ids(row.node_ids_json).filter((n) => lookups.nodes.has(n));
  const { columns, byNode, facts } = columnFacts(store, lookups, nodeIds, row.include_descendants === 1);
  const counts = countsByCell(facts, byNode, columns);
  const storedCells = queryQueries(store).cells.all(id);
  const existing = new Set(codingQueries(store).idsAmong.all(JSON.stringify(storedCells.flatMap((c) => ids(c.coding_ids_json)))));
  const stored = new Map(storedCells.map((c) => [`${c.case_id}:${c.node_id}`, c]));
  const cells: FrameworkCell[] = [];
  for (const caseId of caseIds) {
    for (const nodeId of nodeIds) {
      const c = stored.get(`${caseId}:${nodeId}`);
      const linked = c ? ids(c.coding_ids_json) : [];
      cells.push({
        caseId,
        nodeId,
        summary: c?.summary ?? '',
        codingIds: linked.filter((l) => existing.has(l)),
        missingLinks: linked.filter((l) => !existing.has(l)).length,
        referenceCount: counts.get(`${caseId}:${nodeId}`) ?? 0,
        updatedAt: c?.updated_at ?? null,
      });
    }
  }
  return {
    id: row.id,
    guid: row.guid,
    name: row.name,
    includeDescendants: row.include_descendants === 1,
    cases: caseIds.map((c) => ({ id: c, label: labels.get(c) ?? '' })),
    nodes: nodeIds.map((n) => ({ id: n, path: lookups.nodes.get(n)?.path ?? '' })),
    cells,
  };
}

// Writes a cell's summary and the references it is linked to (one undoable action).
export function saveFrameworkCell(store: Store, input: { frameworkId: number; caseId: number; nodeId: number; summary: string; codingIds: number[] }): FrameworkCell {
  const row = frameworkRow(store, input.frameworkId);
  if (!ids(row.case_ids_json).includes(input.caseId) || !ids(row.node_ids_json).includes(input.nodeId)) throw new ApiError('NOT_FOUND', 'That cell is not part of the framework matrix any more.');
  const wanted = [...new Set(input.codingIds)];
  const found = codingQueries(store).idsAmong.all(JSON.stringify(wanted));
  if (found.length !== wanted.length) throw new ApiError('NOT_FOUND', 'Some of the linked references no longer exist. Reload the cell and link them again.');
  const cellId = queryQueries(store).cellId.get(input.frameworkId, input.caseId, input.nodeId);
  const now = store.now().toISOString();
  runAction(store, 'Edit framework summary', (rec) => {
    const values = { summary: input.summary, coding_ids_json: JSON.stringify(wanted), updated_at: now };
    if (cellId === undefined) rec.insert('framework_cells', { guid: store.newGuid(), framework_id: input.frameworkId, case_id: input.caseId, node_id: input.nodeId, ...values });
    else rec.update('framework_cells', cellId, values);
    rec.update('framework_matrices', input.frameworkId, { updated_at: now });
  });
  const cell = getFramework(store, input.frameworkId).cells.find((c) => c.caseId === input.caseId && c.nodeId === input.nodeId);
  if (!cell) throw new ApiError('NOT_FOUND', 'That cell is not part of the framework matrix any more.');
  return cell;
}

// The references behind one cell (the case's references at the node), for linking.
export function frameworkCellReferences(store: Store, input: { frameworkId: number; caseId: number; nodeId: number; offset?: number; limit?: number }): ReferenceList {
  const row = frameworkRow(store, input.frameworkId);
  const lookups = loadLookups(store);
  const nodeIds = nodeWithDescendants(lookups, input.nodeId, row.include_descendants === 1);
  const facts = loadReferenceFacts(store, lookups, { nodeIds, scope: { caseIds: [input.caseId] } });
  return referencePage(store, lookups, sortBySourceName(facts, store), input.offset ?? 0, input.limit ?? 500);
}
