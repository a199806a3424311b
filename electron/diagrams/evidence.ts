// Evidence behind a diagram: codings linked to a component or a tension, shown with their
// quote and attribution (the case's anonymised label, never a real name); the codings of
// a node to pick from; and suggestions for a component's text from its linked nodes.
import { ApiError } from '../../shared/errors.ts';
import { MAX_EVIDENCE_PER_CALL } from '../../shared/model/diagrams.ts';
import type { ComponentSuggestion, EvidenceItem, EvidenceList, EvidenceTarget } from '../../shared/model/diagrams.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { listNodes, nodePaths } from '../codebook/codebook.ts';
import { requireComponentRow, requireTensionRow } from './read.ts';
import { touchDiagram } from './diagrams.ts';

export type EvidenceOwner = { componentId: number } | { tensionId: number };

interface ItemRow {
  id: number;
  guid: string;
  node_id: number;
  source_id: number;
  source_name: string;
  source_kind: string;
  start: number;
  end: number;
  text: string;
  case_id: number | null;
  case_label: string | null;
  case_role: string | null;
}

const ITEM_SQL = `
  SELECT c.id, c.guid, c.node_id, c.source_id, s.name AS source_name, s.kind AS source_kind, c.start, c.end,
         substr(s.text, c.start + 1, c.end - c.start) AS text, k.id AS case_id, k.label AS case_label, k.role AS case_role
  FROM codings c
  JOIN sources s ON s.id = c.source_id
  LEFT JOIN cases k ON k.id = coalesce(
    (SELECT g.case_id FROM segments g WHERE g.source_id = c.source_id AND g.start <= c.start AND g.end >= c.start AND g.case_id IS NOT NULL ORDER BY g.start DESC LIMIT 1),
    (SELECT min(sc.case_id) FROM source_cases sc WHERE sc.source_id = c.source_id HAVING count(*) = 1))`;

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function toItems(store: Store, rows: readonly ItemRow[]): EvidenceItem[] {
  const paths = nodePaths(store);
  return rows.map((r) => {
    const caseLabel = r.case_label?.trim() || (r.case_role ? capitalise(r.case_role) : null);
    return {
      codingId: r.id,
      codingGuid: r.guid,
      nodeId: r.node_id,
      nodePath: paths.get(r.node_id) ?? '',
      sourceId: r.source_id,
      sourceName: r.source_name,
      start: r.start,
      end: r.end,
      text: r.text,
      caseId: r.case_id,
      caseLabel,
      attribution: `(${caseLabel ?? capitalise(r.source_kind)})`,
    };
  });
}

function ownerColumn(owner: EvidenceOwner): { column: 'component_id' | 'tension_id'; id: number } {
  return 'componentId' in owner ? { column: 'component_id', id: owner.componentId } : { column: 'tension_id', id: owner.tensionId };
}

function ownerDiagram(store: Store, owner: EvidenceOwner): number {
  return 'componentId' in owner ? requireComponentRow(store, owner.componentId).diagram_id : requireTensionRow(store, owner.tensionId).diagram_id;
}

// The owner named by an API target and id.
export function evidenceOwner(target: EvidenceTarget, id: number): EvidenceOwner {
  return target === 'component' ? { componentId: id } : { tensionId: id };
}

// Links codings to a component or tension inside an action (already linked ones are skipped).
export function insertEvidence(rec: ActionRecorder, diagramId: number, owner: EvidenceOwner, codingIds: readonly number[]): number {
  if (codingIds.length > MAX_EVIDENCE_PER_CALL) throw new ApiError('TOO_LARGE', `Link at most ${MAX_EVIDENCE_PER_CALL} codings at a time.`);
  const { column, id } = ownerColumn(owner);
  let added = 0;
  for (const codingId of new Set(codingIds)) {
    const guid = sql(rec.store, 'SELECT guid FROM codings WHERE id = ?').pluck().get(codingId) as string | undefined;
    if (guid === undefined) throw new ApiError('NOT_FOUND', `Coding ${codingId} no longer exists; choose the evidence again.`);
    if (sql(rec.store, `SELECT 1 FROM diagram_evidence WHERE ${column} = ? AND coding_guid = ?`).get(id, guid)) continue;
    rec.insert('diagram_evidence', {
      guid: rec.store.newGuid(),
      diagram_id: diagramId,
      component_id: column === 'component_id' ? id : null,
      tension_id: column === 'tension_id' ? id : null,
      coding_guid: guid,
      created_at: rec.store.now().toISOString(),
    });
    added++;
  }
  return added;
}

// The codings behind a component or tension, in source and text order, and how many
// linked codings no longer exist.
export function listEvidence(store: Store, owner: EvidenceOwner): EvidenceList {
  ownerDiagram(store, owner);
  const { column, id } = ownerColumn(owner);
  const rows = sql(store, `${ITEM_SQL} JOIN diagram_evidence e ON e.coding_guid = c.guid WHERE e.${column} = ? ORDER BY s.name, c.start, c.id`).all(id) as ItemRow[];
  const linked = sql(store, `SELECT count(*) FROM diagram_evidence WHERE ${column} = ?`).pluck().get(id) as number;
  return { items: toItems(store, rows), missing: linked - rows.length };
}

// Links codings as evidence of a component or tension (one undoable action).
export function addEvidence(store: Store, owner: EvidenceOwner, codingIds: readonly number[]): EvidenceList {
  const diagramId = ownerDiagram(store, owner);
  runAction(store, codingIds.length === 1 ? 'Link evidence' : `Link ${codingIds.length} pieces of evidence`, (rec) => {
    if (insertEvidence(rec, diagramId, owner, codingIds) > 0) touchDiagram(rec, diagramId);
  });
  return listEvidence(store, owner);
}

// Unlinks codings from a component or tension (the codings themselves stay).
export function removeEvidence(store: Store, owner: EvidenceOwner, codingIds: readonly number[]): EvidenceList {
  const diagramId = ownerDiagram(store, owner);
  const { column, id } = ownerColumn(owner);
  runAction(store, codingIds.length === 1 ? 'Unlink evidence' : `Unlink ${codingIds.length} pieces of evidence`, (rec) => {
    let removed = 0;
    for (const codingId of new Set(codingIds)) {
      const linkId = sql(store, `SELECT e.id FROM diagram_evidence e JOIN codings c ON c.guid = e.coding_guid WHERE e.${column} = ? AND c.id = ?`).pluck().get(id, codingId) as number | undefined;
      if (linkId === undefined) continue;
      rec.delete('diagram_evidence', linkId);
      removed++;
    }
    if (removed > 0) touchDiagram(rec, diagramId);
  });
  return listEvidence(store, owner);
}

// Drops the links whose codings were removed (undo brings them back).
export function forgetMissingEvidence(store: Store, owner: EvidenceOwner): EvidenceList {
  const diagramId = ownerDiagram(store, owner);
  const { column, id } = ownerColumn(owner);
  runAction(store, 'Forget missing evidence', (rec) => {
    const missing = sql(store, `SELECT e.id FROM diagram_evidence e WHERE e.${column} = ? AND NOT EXISTS (SELECT 1 FROM codings c WHERE c.guid = e.coding_guid)`).pluck().all(id) as number[];
    for (const linkId of missing) rec.delete('diagram_evidence', linkId);
    if (missing.length > 0) touchDiagram(rec, diagramId);
  });
  return listEvidence(store, owner);
}

// The codings at a node (and, if asked, its descendants), to choose evidence from.
export function codingsAtNode(store: Store, nodeId: number, options: { descendants?: boolean; limit?: number } = {}): EvidenceItem[] {
  const nodes = listNodes(store);
  if (!nodes.some((n) => n.id === nodeId)) throw new ApiError('NOT_FOUND', 'That node no longer exists.');
  const ids = new Set([nodeId]);
  if (options.descendants) {
    let grew = true;
    while (grew) {
      grew = false;
      for (const n of nodes) {
        if (n.parentId !== null && ids.has(n.parentId) && !ids.has(n.id)) {
          ids.add(n.id);
          grew = true;
        }
      }
    }
  }
  const limit = Math.min(options.limit ?? 2000, 5000);
  const rows = sql(store, `${ITEM_SQL} WHERE c.node_id IN (SELECT value FROM json_each(?)) ORDER BY s.name, c.start, c.id LIMIT ?`).all(JSON.stringify([...ids]), limit) as ItemRow[];
  return toItems(store, rows);
}

// Nodes tied to this component's kind in the codebook (the shared object draws on
// object nodes), most-coded first: their names can become lines of the component's text.
export function componentSuggestions(store: Store, componentId: number): ComponentSuggestion[] {
  const component = requireComponentRow(store, componentId);
  const kind = component.component === 'shared-object' ? 'object' : component.component;
  const linked = new Set(sql(store, 'SELECT node_id FROM node_components WHERE component = ?').pluck().all(kind) as number[]);
  return listNodes(store)
    .filter((n) => linked.has(n.id))
    .map((n) => ({ nodeId: n.id, name: n.name, path: n.path, description: n.description, codingCount: n.codingCount }))
    .sort((a, b) => b.codingCount - a.codingCount || a.path.localeCompare(b.path));
}
