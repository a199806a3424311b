import { describe, expect, it } from 'vitest';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import { rankNodes } from './rank-nodes.ts';

function node(id: number, path: string): NodeRecord {
  const parts = path.split('/');
  return { id, guid: `g${id}`, parentId: null, name: parts[parts.length - 1] ?? path, path, description: '', color: '#000000', question: null, components: [], sortOrder: id, codingCount: 0, sourceCount: 0 };
}

const NODES = [node(1, 'Q1 Tools and artefacts'), node(2, 'Q1 Tools and artefacts/Process of the activity'), node(3, 'Q5 Rules and agenda'), node(4, 'Q5 Rules and agenda/Who set the agenda'), node(5, 'Tools misc')];

describe('rankNodes', () => {
  it('puts recent nodes first when nothing is typed', () => {
    expect(rankNodes(NODES, '', [4, 2]).map((n) => n.id)).toEqual([4, 2, 1, 3, 5]);
  });

  it('ranks name prefix, then name, then path matches', () => {
    expect(rankNodes(NODES, 'tools').map((n) => n.id)).toEqual([5, 1, 2]);
    expect(rankNodes(NODES, 'agenda').map((n) => n.id)).toEqual([3, 4]);
  });

  it('needs every typed word somewhere in the path', () => {
    expect(rankNodes(NODES, 'q5 set').map((n) => n.id)).toEqual([4]);
    expect(rankNodes(NODES, 'nothing here')).toEqual([]);
  });
});
