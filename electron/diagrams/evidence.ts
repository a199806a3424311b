// Evidence behind a diagram: codings linked to a component or a tension, shown with their
// quote and attribution (the case's anonymised label, never a real name); the codings of
// a node to pick from; and suggestions for a component's text from its linked nodes.
import { ApiError } from '../../shared/errors.ts';
import { MAX_EVIDENCE_PER_CALL } from '../../shared/model/diagrams.ts';
import type { ComponentSuggestion, EvidenceItem, EvidenceList, EvidenceTarget } from '../../shared/model/diagrams.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { listNodes, nodePaths } from '../codebook/codebook.ts';
import { codebookQueries } from '../codebook/queries.ts';
import { codingQueries } from '../codings/queries.ts';
import { diagramQueries, evidenceQueries } from './queries.ts';
import type { EvidenceItemRow } from './queries.ts';
import { requireComponentRow, requireTensionRow } from './read.ts';
import { touchDiagram } from './diagrams.ts';

export type EvidenceOwner = { componentId: number } | { tensionId: number };

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

function toItems(store: Store, rows: readonly EvidenceItemRow[]): EvidenceItem[] {
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

function ownerOf(owner: EvidenceOwner): { target: EvidenceTarget; id: number } {
  return 'componentId' in owner ? { target: 'component', id: owner.componentId } : { target: 'tension', id: owner.tensionId };
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
  const { target, id } = ownerOf(owner);
  const evidence = evidenceQueries(rec.store, target);
  let added = 0;
  for (const codingId of new Set(codingIds)) {
    const guid = codingQueries(rec.store).byId.get(codingId)?.guid;
    if (guid === undefined) throw new ApiError('NOT_FOUND', `Coding ${codingId} no longer exists; choose the evidence again.`);
    if (evidence.linked.get(id, guid)) continue;
    rec.insert('diagram_evidence', {
      guid: rec.store.newGuid(),
      diagram_id: diagramId,
      component_id: target === 'component' ? id : null,
      tension_id: target === 'tension' ? id : null,
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
  const { target, id } = ownerOf(owner);
  const evidence = evidenceQueries(store, target);
  const rows = evidence.items.all(id);
  const linked = evidence.count.get(id) ?? 0;
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
  const { target, id } = ownerOf(owner);
  runAction(store, codingIds.length === 1 ? 'Unlink evidence' : `Unlink ${codingIds.length} pieces of evidence`, (rec) => {
    let removed = 0;
    for (const codingId of new Set(codingIds)) {
      const linkId = evidenceQueries(store, target).linkOfCoding.get(id, codingId);
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
  const { target, id } = ownerOf(owner);
  runAction(store, 'Forget missing evidence', (rec) => {
    const missing = evidenceQueries(store, target).missingIds.all(id);
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
  const rows = diagramQueries(store).itemsAtNodes.all(JSON.stringify([...ids]), limit);
  return toItems(store, rows);
}

// Nodes tied to this component's kind in the codebook (the shared object draws on
// object nodes), most-coded first: their names can become lines of the component's text.
export function componentSuggestions(store: Store, componentId: number): ComponentSuggestion[] {
  const component = requireComponentRow(store, componentId);
  const kind = component.component === 'shared-object' ? 'object' : component.component;
  const linked = new Set(codebookQueries(store).nodeIdsWithComponent.all(kind));
  return listNodes(store)
    .filter((n) => linked.has(n.id))
    .map((n) => ({ nodeId: n.id, name: n.name, path: n.path, description: n.description, codingCount: n.codingCount }))
    .sort((a, b) => b.codingCount - a.codingCount || a.path.localeCompare(b.path));
}
