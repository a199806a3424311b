// Where an in-vivo node goes: under one of the activity-theory questions (the top-level
// nodes Q1-Q6), never silently at the top level. The default is the question of a node the
// passage is already coded at, else of the node used last, else the first question.
import type { CodingRecord, NodeRecord } from '../../../shared/model/entities.ts';
import type { Passage } from './use-coding-actions.ts';

// The question nodes (top level, with a question number), in question order.
export function questionNodes(nodes: readonly NodeRecord[]): NodeRecord[] {
  return nodes.filter((n) => n.parentId === null && n.question !== null).sort((a, b) => (a.question ?? 0) - (b.question ?? 0));
}

// The question node a passage's new in-vivo node is offered under first, or null when the codebook has no questions.
export function defaultInVivoParent(passage: Passage, codings: readonly CodingRecord[], nodes: readonly NodeRecord[], recent: readonly number[]): number | null {
  const questions = questionNodes(nodes);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const questionOf = (nodeId: number) => {
    const q = byId.get(nodeId)?.question ?? null;
    return q === null ? undefined : questions.find((n) => n.question === q);
  };
  const codedHere = codings.filter((c) => c.start < passage.end && c.end > passage.start);
  for (const c of codedHere) {
    const found = questionOf(c.nodeId);
    if (found) return found.id;
  }
  for (const id of recent) {
    const found = questionOf(id);
    if (found) return found.id;
  }
  return questions[0]?.id ?? null;
}
