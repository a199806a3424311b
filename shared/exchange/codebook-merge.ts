// Merging a REFI-QDA codebook into a project's codebook: a code the project already has
// (same GUID, else same name under the same parent) is left as it is and its children
// are merged beneath it; every other code is added where it sits in the file's tree.
import type { PlanNode } from './import-plan-types.ts';
import { KeyMaker, planCodebook } from './import-plan-codebook.ts';
import { canonicalGuid } from './refi-model.ts';
import type { RefiCodebook } from './refi-model.ts';
import type { LeftOutItem } from '../model/exchange.ts';

export interface ExistingNode {
  id: number;
  guid: string;
  parentId: number | null;
  name: string;
  question: number | null;
}

export interface CodebookMerge {
  // nodes to add, parents first; parentKey is a new node's key or "existing:<id>"
  added: PlanNode[];
  matched: number;
  total: number;
  leftOut: LeftOutItem[];
  notes: string[];
}

// Key of an existing node as a parent of added nodes.
export function existingKey(id: number): string {
  return `existing:${id}`;
}

// Works out which codes of a codebook the project lacks and where they go.
export function planCodebookMerge(book: RefiCodebook, existing: readonly ExistingNode[]): CodebookMerge {
  const plan = planCodebook(book.codes, book.sets, new KeyMaker());
  const byGuid = new Map(existing.map((n) => [canonicalGuid(n.guid) ?? n.guid, n]));
  const usedGuids = new Set(byGuid.keys());
  const childrenOf = (parentId: number | null) => existing.filter((n) => n.parentId === parentId);
  const resolved = new Map<string, { existing: ExistingNode | null } | { added: PlanNode }>();
  const added: PlanNode[] = [];
  let matched = 0;
  for (const node of plan.nodes) {
    const parent = node.parentKey === null ? { existing: null } : resolved.get(node.parentKey);
    if (parent === undefined) continue;
    if ('existing' in parent) {
      const parentId = parent.existing?.id ?? null;
      const found = (node.guid !== null ? byGuid.get(node.guid) : undefined) ?? childrenOf(parentId).find((n) => n.name.toLowerCase() === node.name.toLowerCase());
      if (found) {
        matched++;
        resolved.set(node.key, { existing: found });
        continue;
      }
      const siblings = new Set(childrenOf(parentId).map((n) => n.name.toLowerCase()));
      let name = node.name;
      for (let i = 2; siblings.has(name.toLowerCase()); i++) name = `${node.name} (${i})`;
      const addedNode: PlanNode = {
        ...node,
        name,
        guid: node.guid !== null && !usedGuids.has(node.guid) ? node.guid : null,
        parentKey: parent.existing === null ? null : existingKey(parent.existing.id),
        question: node.question ?? parent.existing?.question ?? null,
      };
      added.push(addedNode);
      resolved.set(node.key, { added: addedNode });
    } else {
      const addedNode: PlanNode = { ...node, guid: node.guid !== null && !usedGuids.has(node.guid) ? node.guid : null, question: node.question ?? parent.added.question };
      added.push(addedNode);
      resolved.set(node.key, { added: addedNode });
    }
  }
  return { added, matched, total: plan.nodes.length, leftOut: plan.leftOut, notes: plan.notes };
}
