// Every SQL statement on the codebook's tables: nodes and node_components.
import type { ActivityComponent } from '../../shared/model/activity-components.ts';
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { NodeComponentRow, NodeRow } from '../db/table-rows.ts';

// What a node's path is made of.
export type NodePathRow = Pick<NodeRow, 'id' | 'parent_id' | 'name'>;

// A node with its counts and components (group_concat of its components, or null).
export type NodeListRow = Omit<NodeRow, 'created_at'> & {
  coding_count: number;
  source_count: number;
  components: string | null;
};

// What moving or merging a node reads of it.
export type NodePlaceRow = Pick<NodeRow, 'id' | 'parent_id' | 'name' | 'description' | 'question' | 'sort_order'>;

const NODE_LIST_SQL = `SELECT n.id, n.guid, n.parent_id, n.name, n.description, n.color, n.question, n.sort_order, n.is_codable,
            (SELECT count(*) FROM codings c WHERE c.node_id = n.id) AS coding_count,
            (SELECT count(DISTINCT c.source_id) FROM codings c WHERE c.node_id = n.id) AS source_count,
            (SELECT group_concat(component) FROM node_components nc WHERE nc.node_id = n.id) AS components
     FROM nodes n`;

const PLACE_SQL = 'SELECT id, parent_id, name, description, question, sort_order FROM nodes';

// The statements, prepared once per connection.
export const codebookQueries = defineQueries({
  paths: rows<NodePathRow>('SELECT id, parent_id, name FROM nodes'),
  inTreeOrder: rows<Pick<NodeRow, 'id' | 'guid' | 'parent_id' | 'name' | 'question'>>('SELECT id, guid, parent_id, name, question FROM nodes ORDER BY sort_order, id'),
  list: rows<NodeListRow>(`${NODE_LIST_SQL} ORDER BY n.sort_order, n.id`),
  listed: rows<NodeListRow, [id: number]>(`${NODE_LIST_SQL} WHERE n.id = ?`),
  exists: values<1, [id: number]>('SELECT 1 FROM nodes WHERE id = ?'),
  name: values<string, [id: number]>('SELECT name FROM nodes WHERE id = ?'),
  // 0 for a category (groups codes, cannot be coded itself)
  codable: values<0 | 1, [id: number]>('SELECT is_codable FROM nodes WHERE id = ?'),
  question: values<number | null, [id: number]>('SELECT question FROM nodes WHERE id = ?'),
  parentOf: values<number | null, [id: number]>('SELECT parent_id FROM nodes WHERE id = ?'),
  nextSortOrder: values<number>('SELECT coalesce(max(sort_order), 0) + 1 FROM nodes'),
  childNames: values<string, [parentId: number | null]>('SELECT name FROM nodes WHERE parent_id IS ?'),
  otherChildNames: values<string, [parentId: number | null, exceptId: number]>('SELECT name FROM nodes WHERE parent_id IS ? AND id <> ?'),
  childNamed: values<number, [parentId: number | null, name: string]>('SELECT id FROM nodes WHERE parent_id IS ? AND lower(name) = lower(?)'),
  childIds: values<number, [parentId: number]>('SELECT id FROM nodes WHERE parent_id = ?'),
  place: rows<NodePlaceRow, [id: number]>(`${PLACE_SQL} WHERE id = ?`),
  childPlaces: rows<NodePlaceRow, [parentId: number | null]>(`${PLACE_SQL} WHERE parent_id IS ? ORDER BY sort_order, id`),
  // the first top-level node of a question (what the alignment matrix names its column by)
  questionName: values<string, [question: number]>('SELECT name FROM nodes WHERE parent_id IS NULL AND question = ? ORDER BY sort_order, id LIMIT 1'),
  components: values<ActivityComponent, [nodeId: number]>('SELECT component FROM node_components WHERE node_id = ?'),
  componentLinks: rows<Pick<NodeComponentRow, 'component'> & { rowid: number }, [nodeId: number]>('SELECT rowid, component FROM node_components WHERE node_id = ?'),
  componentRowids: values<number, [nodeId: number]>('SELECT rowid FROM node_components WHERE node_id = ?'),
  nodeIdsWithComponent: values<number, [component: ActivityComponent]>('SELECT node_id FROM node_components WHERE component = ?'),
  // the top-level node of each question, by question
  questionRoots: rows<Pick<NodeRow, 'id' | 'name'> & { question: number }>('SELECT id, name, question FROM nodes WHERE parent_id IS NULL AND question IS NOT NULL ORDER BY question, sort_order, id'),
});
