// The codebook: a tree of nodes, each optionally tied to a question and components.
import type { ActivityComponent } from '../../shared/model/activity-components.ts';
import type { TemplateNode } from '../../shared/model/codebook-template.ts';
import type { NodeRecord } from '../../shared/model/entities.ts';
import { ApiError } from '../../shared/errors.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { codingQueries } from '../codings/queries.ts';
import { deleteMemosOn } from '../memos/memo-removal.ts';
import { codebookQueries } from './queries.ts';
import { currentCoder } from '../team/current-coder.ts';
import type { NodeListRow, NodePathRow } from './queries.ts';

// The path ("Parent/Child") of each of these rows, looked up through their parents.
function pathFinder(rows: readonly NodePathRow[]): (row: Pick<NodePathRow, 'parent_id' | 'name'>) => string {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const pathOf = (row: Pick<NodePathRow, 'parent_id' | 'name'>, depth = 0): string => {
    const parent = row.parent_id === null ? undefined : byId.get(row.parent_id);
    return parent && depth < 100 ? `${pathOf(parent, depth + 1)}/${row.name}` : row.name;
  };
  return pathOf;
}

// Each node's path by id, without the counts listNodes reads (they cost a pass over every coding).
export function nodePaths(store: Store): Map<number, string> {
  const rows = codebookQueries(store).paths.all();
  const pathOf = pathFinder(rows);
  return new Map(rows.map((r) => [r.id, pathOf(r)]));
}

function toRecord(r: NodeListRow, path: string): NodeRecord {
  return {
    id: r.id,
    guid: r.guid,
    parentId: r.parent_id,
    name: r.name,
    path,
    description: r.description,
    color: r.color,
    question: r.question,
    components: (r.components ? r.components.split(',') : []) as ActivityComponent[],
    sortOrder: r.sort_order,
    codingCount: r.coding_count,
    sourceCount: r.source_count,
    isCodable: r.is_codable === 1,
  };
}

// Every node with its path ("Parent/Child") and counts, parents before children.
export function listNodes(store: Store): NodeRecord[] {
  const rows = codebookQueries(store).list.all();
  const pathOf = pathFinder(rows);
  const records = rows.map((r) => toRecord(r, pathOf(r)));
  // depth-first order: each parent followed by its children
  const children = new Map<number | null, NodeRecord[]>();
  for (const r of records) {
    const list = children.get(r.parentId) ?? [];
    list.push(r);
    children.set(r.parentId, list);
  }
  const out: NodeRecord[] = [];
  const walk = (parent: number | null) => {
    for (const r of children.get(parent) ?? []) {
      out.push(r);
      walk(r.id);
    }
  };
  walk(null);
  return out;
}

// One node, or NOT_FOUND.
export function getNode(store: Store, id: number): NodeRecord {
  // one node's counts, not every node's
  const row = codebookQueries(store).listed.get(id);
  if (!row) throw new ApiError('NOT_FOUND', 'That node no longer exists.');
  return toRecord(row, nodePaths(store).get(row.id) ?? row.name);
}

export interface NewNode {
  name: string;
  parentId?: number | null;
  description?: string;
  color?: string;
  question?: number | null;
  components?: ActivityComponent[];
  // false for a category (groups codes, cannot be coded); codable when left out
  isCodable?: boolean;
}

// Inserts a node inside an action.
export function insertNode(rec: ActionRecorder, input: NewNode): number {
  const store = rec.store;
  const queries = codebookQueries(store);
  const parentId = input.parentId ?? null;
  if (parentId !== null && queries.exists.get(parentId) === undefined) throw new ApiError('NOT_FOUND', 'The parent node no longer exists.');
  const siblings = queries.childNames.all(parentId);
  if (siblings.some((s) => s.toLowerCase() === input.name.toLowerCase())) throw new ApiError('CONFLICT', `There is already a node called "${input.name}" here.`);
  const parentQuestion = parentId === null ? null : (queries.question.get(parentId) ?? null);
  const order = Number(queries.nextSortOrder.get());
  const id = rec.insert('nodes', {
    guid: store.newGuid(),
    parent_id: parentId,
    name: input.name,
    description: input.description ?? '',
    color: input.color ?? '#5b7083',
    question: input.question ?? parentQuestion,
    sort_order: order,
    created_at: store.now().toISOString(),
    coder_id: currentCoder(store),
    is_codable: input.isCodable === false ? 0 : 1,
  });
  for (const component of new Set(input.components ?? [])) rec.insert('node_components', { node_id: id, component });
  return id;
}

// Adds a codebook template's nodes (e.g. the six questions) under the root.
export function insertTemplate(rec: ActionRecorder, template: readonly TemplateNode[], parentId: number | null = null): void {
  for (const node of template) {
    const id = insertNode(rec, { name: node.name, parentId, description: node.description, color: node.color, question: node.question, components: node.components });
    insertTemplate(rec, node.children, id);
  }
}

// Creates a node.
export function createNode(store: Store, input: NewNode): NodeRecord {
  const id = runAction(store, `New node ${input.name}`, (rec) => insertNode(rec, input));
  return getNode(store, id);
}

export interface NodeUpdate {
  name?: string;
  description?: string;
  color?: string;
  components?: ActivityComponent[];
  // false makes the node a category (refused while it has codings), true makes it codable
  isCodable?: boolean;
}

// Why a node with codings cannot become a category.
function categoryRefusal(name: string, codings: number): string {
  return `"${name}" has ${codings} coding${codings === 1 ? '' : 's'}, so it cannot become a category (a category groups codes but holds no coding). Move or remove its codings first.`;
}

// Renames, re-colours, describes or re-links a node to components, or makes it a category or codable.
export function updateNode(store: Store, id: number, update: NodeUpdate): NodeRecord {
  const node = getNode(store, id);
  runAction(store, `Edit node ${node.name}`, (rec) => {
    const values: Record<string, string | number> = {};
    if (update.name !== undefined && update.name !== node.name) {
      const siblings = codebookQueries(store).otherChildNames.all(node.parentId, id);
      if (siblings.some((s) => s.toLowerCase() === update.name?.toLowerCase())) throw new ApiError('CONFLICT', `There is already a node called "${update.name}" here.`);
      values.name = update.name;
    }
    if (update.description !== undefined) values.description = update.description;
    if (update.color !== undefined) values.color = update.color;
    if (update.isCodable !== undefined && update.isCodable !== node.isCodable) {
      if (!update.isCodable && node.codingCount > 0) throw new ApiError('CONFLICT', categoryRefusal(node.name, node.codingCount));
      values.is_codable = update.isCodable ? 1 : 0;
    }
    // the coder working now is the one who changed the node last
    rec.update('nodes', id, { ...values, ...(Object.keys(values).length > 0 || update.components !== undefined ? { modified_by: currentCoder(store) } : {}) });
    if (update.components !== undefined) {
      const wanted = new Set(update.components);
      for (const row of codebookQueries(store).componentLinks.all(id)) {
        if (!wanted.has(row.component)) rec.delete('node_components', row.rowid);
        wanted.delete(row.component);
      }
      for (const component of wanted) rec.insert('node_components', { node_id: id, component });
    }
  });
  return getNode(store, id);
}

// Deletes a node, its descendants and their codings and memos; returns how many codings went.
export function deleteNode(store: Store, id: number): { removedCodings: number } {
  const node = getNode(store, id);
  let removed = 0;
  runAction(store, `Delete node ${node.name}`, (rec) => {
    const nodes = codebookQueries(store);
    const remove = (nodeId: number) => {
      for (const childId of nodes.childIds.all(nodeId)) remove(childId);
      for (const codingId of codingQueries(store).idsAtNode.all(nodeId)) {
        deleteMemosOn(rec, 'coding', codingId);
        rec.delete('codings', codingId);
        removed++;
      }
      deleteMemosOn(rec, 'node', nodeId);
      for (const rowid of nodes.componentRowids.all(nodeId)) rec.delete('node_components', rowid);
      rec.delete('nodes', nodeId);
    };
    remove(id);
  });
  return { removedCodings: removed };
}
