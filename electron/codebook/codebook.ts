// The codebook: a tree of nodes, each optionally tied to a question and components.
import type { ActivityComponent } from '../../shared/model/activity-components.ts';
import type { TemplateNode } from '../../shared/model/codebook-template.ts';
import type { NodeRecord } from '../../shared/model/entities.ts';
import { ApiError } from '../../shared/errors.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';

interface NodeRow {
  id: number;
  guid: string;
  parent_id: number | null;
  name: string;
  description: string;
  color: string;
  question: number | null;
  sort_order: number;
  coding_count: number;
  source_count: number;
  components: string | null;
}

// The path ("Parent/Child") of each of these rows, looked up through their parents.
function pathFinder(rows: readonly Pick<NodeRow, 'id' | 'parent_id' | 'name'>[]): (row: Pick<NodeRow, 'parent_id' | 'name'>) => string {
  const byId = new Map(rows.map((r) => [r.id, r]));
  const pathOf = (row: Pick<NodeRow, 'parent_id' | 'name'>, depth = 0): string => {
    const parent = row.parent_id === null ? undefined : byId.get(row.parent_id);
    return parent && depth < 100 ? `${pathOf(parent, depth + 1)}/${row.name}` : row.name;
  };
  return pathOf;
}

// Each node's path by id, without the counts listNodes reads (they cost a pass over every coding).
export function nodePaths(store: Store): Map<number, string> {
  const rows = sql(store, 'SELECT id, parent_id, name FROM nodes').all() as Pick<NodeRow, 'id' | 'parent_id' | 'name'>[];
  const pathOf = pathFinder(rows);
  return new Map(rows.map((r) => [r.id, pathOf(r)]));
}

const NODE_SQL = `SELECT n.id, n.guid, n.parent_id, n.name, n.description, n.color, n.question, n.sort_order,
            (SELECT count(*) FROM codings c WHERE c.node_id = n.id) AS coding_count,
            (SELECT count(DISTINCT c.source_id) FROM codings c WHERE c.node_id = n.id) AS source_count,
            (SELECT group_concat(component) FROM node_components nc WHERE nc.node_id = n.id) AS components
     FROM nodes n`;

function toRecord(r: NodeRow, path: string): NodeRecord {
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
  };
}

// Every node with its path ("Parent/Child") and counts, parents before children.
export function listNodes(store: Store): NodeRecord[] {
  const rows = sql(
    store,
    `${NODE_SQL} ORDER BY n.sort_order, n.id`,
  ).all() as NodeRow[];
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
  const row = sql(store, `${NODE_SQL} WHERE n.id = ?`).get(id) as NodeRow | undefined;
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
}

// Inserts a node inside an action.
export function insertNode(rec: ActionRecorder, input: NewNode): number {
  const store = rec.store;
  const parentId = input.parentId ?? null;
  if (parentId !== null && !sql(store, 'SELECT 1 FROM nodes WHERE id = ?').get(parentId)) throw new ApiError('NOT_FOUND', 'The parent node no longer exists.');
  const siblings = sql(store, 'SELECT name FROM nodes WHERE parent_id IS ?').pluck().all(parentId) as string[];
  if (siblings.some((s) => s.toLowerCase() === input.name.toLowerCase())) throw new ApiError('CONFLICT', `There is already a node called "${input.name}" here.`);
  const parentQuestion = parentId === null ? null : (sql(store, 'SELECT question FROM nodes WHERE id = ?').pluck().get(parentId) as number | null);
  const order = Number(sql(store, 'SELECT coalesce(max(sort_order), 0) + 1 FROM nodes').pluck().get());
  const id = rec.insert('nodes', {
    guid: store.newGuid(),
    parent_id: parentId,
    name: input.name,
    description: input.description ?? '',
    color: input.color ?? '#5b7083',
    question: input.question ?? parentQuestion,
    sort_order: order,
    created_at: store.now().toISOString(),
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
}

// Renames, re-colours, describes or re-links a node to components.
export function updateNode(store: Store, id: number, update: NodeUpdate): NodeRecord {
  const node = getNode(store, id);
  runAction(store, `Edit node ${node.name}`, (rec) => {
    const values: Record<string, string> = {};
    if (update.name !== undefined && update.name !== node.name) {
      const siblings = sql(store, 'SELECT name FROM nodes WHERE parent_id IS ? AND id <> ?').pluck().all(node.parentId, id) as string[];
      if (siblings.some((s) => s.toLowerCase() === update.name?.toLowerCase())) throw new ApiError('CONFLICT', `There is already a node called "${update.name}" here.`);
      values.name = update.name;
    }
    if (update.description !== undefined) values.description = update.description;
    if (update.color !== undefined) values.color = update.color;
    rec.update('nodes', id, values);
    if (update.components !== undefined) {
      const wanted = new Set(update.components);
      for (const row of sql(store, 'SELECT rowid, component FROM node_components WHERE node_id = ?').all(id) as { rowid: number; component: ActivityComponent }[]) {
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
    const remove = (nodeId: number) => {
      for (const childId of sql(store, 'SELECT id FROM nodes WHERE parent_id = ?').pluck().all(nodeId) as number[]) remove(childId);
      for (const codingId of sql(store, 'SELECT id FROM codings WHERE node_id = ?').pluck().all(nodeId) as number[]) {
        for (const memoId of sql(store, "SELECT id FROM memos WHERE target_kind = 'coding' AND target_id = ?").pluck().all(codingId) as number[]) rec.delete('memos', memoId);
        rec.delete('codings', codingId);
        removed++;
      }
      for (const memoId of sql(store, "SELECT id FROM memos WHERE target_kind = 'node' AND target_id = ?").pluck().all(nodeId) as number[]) rec.delete('memos', memoId);
      for (const rowid of sql(store, 'SELECT rowid FROM node_components WHERE node_id = ?').pluck().all(nodeId) as number[]) rec.delete('node_components', rowid);
      rec.delete('nodes', nodeId);
    };
    remove(id);
  });
  return { removedCodings: removed };
}
