// How a run of text shows its coding: nothing when uncoded; a node's tint and an underline
// at 3:1 in its colour; bands and a double underline where nodes overlap; the selection's own
// look; the strong highlight for the stripe under the pointer or the node chosen.
import { describe, expect, it } from 'vitest';
import type { CodingRecord } from '../../../shared/model/entities.ts';
import type { Run } from './blocks.ts';
import { contrastRatio, highlightOf, parseHex, tintOf, toHex } from './contrast.ts';
import { paintRun, tintStyle, TURN_BACKGROUNDS } from './run-paint.ts';
import type { RunPaintContext } from './run-paint.ts';
import { node } from './testing/render-transcript.tsx';

function coding(id: number, nodeId: number, start: number, end: number): CodingRecord {
  return { id, guid: `g${id}`, sourceId: 1, nodeId, start, end, coderId: null, createdAt: '' };
}

function run(start: number, end: number, codingIds: number[]): Run {
  return { start, end, from16: start, to16: end, label: false, codingIds };
}

const CODINGS = [coding(1, 1, 0, 20), coding(2, 2, 10, 30), coding(3, 1, 25, 30)];
const NODES = new Map([
  [1, node(1, 'Orange', '#ff7f0e')],
  [2, node(2, 'Blue', '#1f77b4')],
]);

function context(over: Partial<RunPaintContext> = {}): RunPaintContext {
  // the codebook puts Blue first
  return { codingsById: new Map(CODINGS.map((c) => [c.id, c])), nodes: NODES, nodeOrder: new Map([[2, 0], [1, 1]]), highlightNodeId: null, selectedCodings: new Set(), hover: null, ...over };
}

const hex = (css: string | undefined) => toHex(parseHex(css ?? '') ?? [0, 0, 0]);

describe('painting a run', () => {
  it('leaves uncoded text alone and marks speaker labels', () => {
    expect(paintRun(run(0, 5, []), context())).toEqual({ className: 'coding-run', style: undefined });
    expect(paintRun({ ...run(0, 5, []), label: true }, context()).className).toBe('coding-run coding-label');
  });

  it('tints text coded at one node and underlines it in the node’s colour, darkened to 3:1 on every turn background and on the tint', () => {
    const paint = paintRun(run(0, 10, [1]), context());
    expect(paint.className).toBe('coding-run coding-run-coded');
    expect(paint.style?.backgroundColor).toBe(tintOf('#ff7f0e'));
    const underline = hex(paint.style?.textDecorationColor);
    for (const bg of [...TURN_BACKGROUNDS, tintOf('#ff7f0e')]) expect(contrastRatio(underline, bg)).toBeGreaterThanOrEqual(3);
    expect(underline).not.toBe('#ff7f0e');
  });

  it('bands overlapping nodes in codebook order, once per node, with a double underline in the first node’s colour', () => {
    const paint = paintRun(run(25, 30, [2, 3]), context());
    expect(paint.className).toBe('coding-run coding-run-coded coding-run-overlap');
    expect(paint.style?.backgroundImage).toBe(`linear-gradient(to bottom, ${tintOf('#1f77b4')} 0.00% 50.00%, ${tintOf('#ff7f0e')} 50.00% 100.00%)`);
    expect(paint.style?.textDecorationColor).toBe('#1f77b4');
    // the same node twice is not an overlap
    expect(paintRun(run(0, 10, [1, 3]), context()).className).toBe('coding-run coding-run-coded');
  });

  it('splits three nodes into thirds', () => {
    expect(tintStyle(['#000000', '#ffffff', '#000000']).backgroundImage).toBe('linear-gradient(to bottom, #cccccc 0.00% 33.33%, #ffffff 33.33% 66.67%, #cccccc 66.67% 100.00%)');
  });

  it('gives a selected coding the selection’s look, over any highlight', () => {
    const paint = paintRun(run(10, 20, [1, 2]), context({ selectedCodings: new Set([2]), highlightNodeId: 1 }));
    expect(paint.className).toBe('coding-run coding-run-coded coding-run-overlap coding-run-selected');
    expect(paint.style).toBeUndefined();
  });

  it('highlights the text of the node chosen in the Codes panel at 3:1 against the page', () => {
    const paint = paintRun(run(10, 20, [1, 2]), context({ highlightNodeId: 1 }));
    expect(paint.className).toContain('coding-run-highlight');
    expect(paint.style).toEqual({ backgroundColor: highlightOf('#ff7f0e', '#ffffff') });
    expect(contrastRatio(paint.style?.backgroundColor ?? '', '#ffffff')).toBeGreaterThanOrEqual(3);
    expect(paintRun(run(20, 25, [2]), context({ highlightNodeId: 1 })).className).not.toContain('coding-run-highlight');
  });

  it('highlights the hovered stripe’s text inside its range only', () => {
    const hover = { codingIds: new Set([2]), start: 10, end: 25, colour: '#1f77b4' };
    expect(paintRun(run(10, 20, [1, 2]), context({ hover })).style).toEqual({ backgroundColor: highlightOf('#1f77b4', '#ffffff') });
    // outside the stripe's range, or not its coding
    expect(paintRun(run(25, 30, [2, 3]), context({ hover })).className).not.toContain('coding-run-highlight');
    expect(paintRun(run(0, 10, [1]), context({ hover })).className).not.toContain('coding-run-highlight');
  });
});
