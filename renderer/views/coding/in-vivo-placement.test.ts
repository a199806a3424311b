import { describe, expect, it } from 'vitest';
import type { CodingRecord, NodeRecord } from '../../../shared/model/entities.ts';
import { defaultInVivoParent, questionNodes } from './in-vivo-placement.ts';

function node(id: number, name: string, parentId: number | null, question: number | null): NodeRecord {
  return { id, guid: `g${id}`, parentId, name, path: name, description: '', color: '#888888', question, components: [], sortOrder: id, codingCount: 0, sourceCount: 0 };
}

function coding(id: number, nodeId: number, start: number, end: number): CodingRecord {
  return { id, guid: `c${id}`, sourceId: 1, nodeId, start, end, coderId: null, createdAt: '2025-11-04T10:00:00Z' };
}

// Q2 and Q5 at the top level, a child of Q5 (its question inherited), and a free node without a question
const nodes = [node(5, 'Q5 Contradictions', null, 5), node(2, 'Q2 Tools', null, 2), node(51, 'Tension', 5, 5), node(9, 'Loose ideas', null, null)];

describe('where an in-vivo node goes', () => {
  it('lists the question nodes in question order, without free nodes or children', () => {
    expect(questionNodes(nodes).map((n) => n.id)).toEqual([2, 5]);
  });

  it('defaults to the question of a node the passage is already coded at', () => {
    expect(defaultInVivoParent({ start: 10, end: 20 }, [coding(1, 9, 0, 30), coding(2, 51, 15, 25)], nodes, [2])).toBe(5);
  });

  it('ignores codings that only touch the passage', () => {
    expect(defaultInVivoParent({ start: 10, end: 20 }, [coding(2, 51, 20, 25)], nodes, [])).toBe(2);
  });

  it('falls back to the question of the node used last, then to the first question', () => {
    expect(defaultInVivoParent({ start: 10, end: 20 }, [], nodes, [9, 51, 2])).toBe(5);
    expect(defaultInVivoParent({ start: 10, end: 20 }, [], nodes, [9])).toBe(2);
  });

  it('is null when the codebook has no questions', () => {
    expect(defaultInVivoParent({ start: 0, end: 5 }, [], [node(9, 'Loose ideas', null, null)], [])).toBeNull();
  });
});
