// The coding stripes beside a turn and the density bar: overlapping codings of different
// nodes get lanes of their own, a node's own passages merge into one stripe each, stripes
// stay inside their turn, lanes follow the codebook, and a stripe selects its references.
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import type { CodingRecord } from '../../../shared/model/entities.ts';
import { densityBins, stripeColumns } from './stripe-layout.ts';
import { node, renderTranscript } from './testing/render-transcript.tsx';
import type { RenderedTranscript } from './testing/render-transcript.tsx';

function coding(id: number, nodeId: number, start: number, end: number): CodingRecord {
  return { id, guid: `g${id}`, sourceId: 1, nodeId, start, end, coderId: null, createdAt: '' };
}

const BLOCK = { start: 100, end: 200 };
const ORDER = new Map([
  [3, 0],
  [1, 1],
  [2, 2],
]);

describe('stripe lanes of a turn', () => {
  it('gives overlapping codings of different nodes separate lanes, each with its own passage', () => {
    const columns = stripeColumns([coding(1, 1, 110, 150), coding(2, 2, 120, 160), coding(3, 3, 140, 145)], BLOCK, ORDER);
    expect(columns.map((c) => c.nodeId)).toEqual([3, 1, 2]);
    expect(columns.map((c) => c.ranges)).toEqual([[{ start: 140, end: 145 }], [{ start: 110, end: 150 }], [{ start: 120, end: 160 }]]);
  });

  it('merges a node’s overlapping and touching passages into one stripe, and keeps apart ones apart', () => {
    const [column] = stripeColumns([coding(4, 1, 150, 170), coding(1, 1, 110, 130), coding(2, 1, 120, 140), coding(3, 1, 140, 145)], BLOCK, ORDER);
    expect(column?.ranges).toEqual([
      { start: 110, end: 145 },
      { start: 150, end: 170 },
    ]);
    // every coding of the node, in text order
    expect(column?.codingIds).toEqual([1, 2, 3, 4]);
  });

  it('clamps stripes to the turn, and gives no lane to a node with no text in it', () => {
    const columns = stripeColumns([coding(1, 1, 50, 120), coding(2, 2, 190, 260), coding(3, 3, 60, 100), coding(4, 3, 200, 210)], BLOCK, ORDER);
    expect(columns).toEqual([
      { nodeId: 1, codingIds: [1], ranges: [{ start: 100, end: 120 }] },
      { nodeId: 2, codingIds: [2], ranges: [{ start: 190, end: 200 }] },
    ]);
  });

  it('puts nodes missing from the codebook order last, by id', () => {
    const columns = stripeColumns([coding(1, 9, 110, 120), coding(2, 5, 110, 120), coding(3, 2, 110, 120)], BLOCK, ORDER);
    expect(columns.map((c) => c.nodeId)).toEqual([2, 5, 9]);
  });
});

describe('density', () => {
  it('counts overlapping codings as deeper coding, and ignores empty ones', () => {
    expect(densityBins([coding(1, 1, 0, 10), coding(2, 2, 0, 10), coding(3, 3, 10, 20), coding(4, 4, 25, 25)], 40, 4)).toEqual([1, 0.5, 0, 0]);
    expect(densityBins([coding(1, 1, 0, 10)], 0, 4)).toEqual([0, 0, 0, 0]);
    expect(densityBins([coding(1, 1, 0, 10)], 10, 0)).toEqual([]);
  });
});

const TEXT = ['Interviewer: How did it start?', '', 'Zara Quinn: We paired up in September, and the log took over by October.'].join('\n');
const NODES = [node(1, 'Pairing', '#aa3377'), node(2, 'Logs', '#3377aa'), node(3, 'Time', '#33aa77')];

let shown: RenderedTranscript | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

describe('the stripes beside a rendered turn', () => {
  function at(phrase: string): { start: number; end: number } {
    const i = TEXT.indexOf(phrase);
    return { start: i, end: i + phrase.length };
  }
  function stripesOf(t: RenderedTranscript, index: number): HTMLButtonElement[] {
    return Array.from(t.content.querySelectorAll<HTMLButtonElement>(`.coding-block[data-index="${index}"] .coding-stripe`));
  }

  it('draws each node in its own lane, in its colour, named for screen readers', () => {
    const pairing = at('We paired up in September');
    const logs = at('September, and the log');
    shown = renderTranscript({ text: TEXT, speakers: ['Interviewer', 'Zara Quinn'], nodes: NODES, codings: [coding(1, 1, pairing.start, pairing.end), coding(2, 2, logs.start, logs.end), coding(3, 1, at('October').start, at('October').end)] });
    const stripes = stripesOf(shown, 1);
    expect(stripes.map((s) => s.getAttribute('aria-label'))).toEqual(['Coded at Pairing', 'Coded at Pairing', 'Coded at Logs']);
    const lanes = new Map(stripes.map((s) => [s.dataset.nodeId, s.style.left]));
    expect(lanes.size).toBe(2);
    expect(lanes.get('1')).not.toBe(lanes.get('2'));
    expect(stripes.filter((s) => s.dataset.nodeId === '1').map((s) => s.style.left)).toEqual([lanes.get('1'), lanes.get('1')]);
    expect(stripes[2]?.style.backgroundColor).toBe('#3377aa');
    expect(stripesOf(shown, 0)).toEqual([]);
  });

  it('selects the references of the clicked stripe only', () => {
    const clicked: [number, number[]][] = [];
    const first = at('paired');
    const second = at('October');
    shown = renderTranscript({ text: TEXT, speakers: ['Interviewer', 'Zara Quinn'], nodes: NODES, codings: [coding(1, 1, first.start, first.end), coding(2, 1, second.start, second.end)], onStripe: (nodeId, ids) => clicked.push([nodeId, ids]) });
    const [a, b] = stripesOf(shown, 1);
    act(() => b?.click());
    act(() => a?.click());
    expect(clicked).toEqual([
      [1, [2]],
      [1, [1]],
    ]);
  });

  it('shows at most ten lanes and counts the rest', () => {
    const many = Array.from({ length: 12 }, (_, i) => node(i + 1, `Node ${i + 1}`, '#777777'));
    const words = at('We paired up');
    shown = renderTranscript({ text: TEXT, speakers: ['Interviewer', 'Zara Quinn'], nodes: many, codings: many.map((n, i) => coding(i + 1, n.id, words.start, words.end)) });
    expect(new Set(stripesOf(shown, 1).map((s) => s.style.left)).size).toBe(10);
    expect(shown.content.querySelector('.coding-block[data-index="1"] .coding-stripes-more')?.textContent).toBe('+2');
  });
});

describe('the names beside the stripes, and what a turn says it is coded at', () => {
  function at(phrase: string): { start: number; end: number } {
    const i = TEXT.indexOf(phrase);
    return { start: i, end: i + phrase.length };
  }
  const turn = (t: RenderedTranscript, index: number) => t.content.querySelector<HTMLElement>(`.coding-block[data-index="${index}"]`);

  it('names each stripe beside it, to the right of the lanes, with the full path as its title', () => {
    const nodes = [{ ...node(1, 'Pairing', '#aa3377'), path: 'Q1 Tools/Pairing' }, node(2, 'Logs', '#3377aa')];
    shown = renderTranscript({ text: TEXT, speakers: ['Interviewer', 'Zara Quinn'], nodes, codings: [coding(1, 1, at('paired').start, at('paired').end), coding(2, 2, at('log').start, at('log').end)] });
    const labels = Array.from(turn(shown, 1)?.querySelectorAll<HTMLElement>('.coding-stripe-label') ?? []);
    expect(labels.map((l) => [l.textContent, l.title, l.dataset.nodeId])).toEqual([
      ['Pairing', 'Q1 Tools/Pairing', '1'],
      ['Logs', 'Logs', '2'],
    ]);
    // two lanes of 9 px, then 4 px: the names start right of the last lane
    expect(labels.map((l) => l.style.left)).toEqual(['22px', '22px']);
    // happy-dom lays nothing out: both stripes start at 0, so the second name goes below the first
    expect(labels.map((l) => l.style.top)).toEqual(['0px', '18px']);
    // the names are for the eye; the stripes carry the names for screen readers
    expect(labels.every((l) => l.getAttribute('aria-hidden') === 'true')).toBe(true);
  });

  it('describes a coded turn by its nodes, and an uncoded one not at all', () => {
    shown = renderTranscript({ text: TEXT, speakers: ['Interviewer', 'Zara Quinn'], nodes: NODES, codings: [coding(1, 2, at('log').start, at('log').end), coding(2, 1, at('paired').start, at('paired').end), coding(3, 1, at('October').start, at('October').end)] });
    const coded = turn(shown, 1);
    const id = coded?.getAttribute('aria-describedby') ?? '';
    expect(id).not.toBe('');
    expect(document.getElementById(id)?.textContent).toBe('Coded at Pairing; Logs.');
    expect(turn(shown, 0)?.hasAttribute('aria-describedby')).toBe(false);
  });

  it('lights up the text of the stripe under the pointer, and only while it is there', () => {
    const pairing = at('We paired up in September');
    shown = renderTranscript({ text: TEXT, speakers: ['Interviewer', 'Zara Quinn'], nodes: NODES, codings: [coding(1, 1, pairing.start, pairing.end), coding(2, 2, at('log').start, at('log').end)] });
    const block = turn(shown, 1);
    const stripe = block?.querySelector<HTMLElement>('.coding-stripe[data-node-id="1"]');
    const lit = () => Array.from(block?.querySelectorAll('.coding-run-highlight') ?? []).map((r) => r.textContent);
    expect(lit()).toEqual([]);
    act(() => {
      stripe?.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    });
    expect(lit()).toEqual(['We paired up in September']);
    expect(block?.querySelector('.coding-stripe-label[data-node-id="1"]')?.classList.contains('coding-stripe-label-active')).toBe(true);
    act(() => {
      stripe?.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    });
    expect(lit()).toEqual([]);
  });
});
