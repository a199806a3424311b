// Memos on passages (annotations) in the transcript (happy-dom): a marker in the margin of the
// turn each starts in, named by the memo and its words, in the Tab order of the focused turn
// only; the pointer or the focus on it lights up its passage, a click opens the memo; the
// passages are marked with the Highlight API and a deleted memo leaves neither. The
// selection's menu offers "New memo on this passage" (M); the marks' colours keep 3:1.
import { act, useState } from 'react';
import type { ReactNode } from 'react';
import { afterAll, afterEach, beforeAll, describe, expect, it } from 'vitest';
import type { MemoRecord, NodeRecord } from '../../../shared/model/entities.ts';
import { AnnotationsContext } from './annotations-context.ts';
import type { Annotation } from './annotations-context.ts';
import { contrastRatio, tintOf } from './contrast.ts';
import { passageMenuItems, selectionMenuItems } from './selection-menu.ts';
import type { SelectionMenuActions } from './selection-menu.ts';
import { createOffsetIndex } from '../../../shared/text/code-points.ts';
import { buildBlocks } from './blocks.ts';
import { renderTranscript, segmentsOf } from './testing/render-transcript.tsx';
import type { RenderedTranscript } from './testing/render-transcript.tsx';
import { annotationName } from './turn-annotations.tsx';
import type { PassageCoding } from './use-passage-coding.ts';
import { annotationsByTurn, annotationsOf } from './use-source-annotations.tsx';
import css from './annotations.css?raw';

const TEXT = ['Interviewer: How did the pairing start?', '', 'Zara Quinn: We paired up in September, and the tutors are very experienced in their own way.'].join('\n');

// The Highlight API, which happy-dom lacks: a highlight is a set of ranges, the registry a map.
const registry = new Map<string, Set<Range>>();
// (happy-dom's CSS is a new object on every read, so the page gets one of its own while these tests run)
const HighlightClass = class extends Set<Range> {};
const pageCss = Object.getOwnPropertyDescriptor(globalThis, 'CSS');
beforeAll(() => {
  Object.defineProperty(globalThis, 'Highlight', { value: HighlightClass, configurable: true, writable: true });
  Object.defineProperty(globalThis, 'CSS', { value: { highlights: registry }, configurable: true, writable: true });
});
afterAll(() => {
  Reflect.deleteProperty(globalThis, 'Highlight');
  if (pageCss) Object.defineProperty(globalThis, 'CSS', pageCss);
});

// The words a highlight marks, each range on its own.
const marked = (name: string) => [...(registry.get(name) ?? [])].map((r) => r.toString());

let shown: RenderedTranscript | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
  registry.clear();
});

const SPEAKERS = ['Interviewer', 'Zara Quinn'];
const BLOCKS = buildBlocks(createOffsetIndex(TEXT), segmentsOf(TEXT, SPEAKERS));

interface Stage extends RenderedTranscript {
  // the memos opened from a marker
  opened: number[];
  // the annotations change (a memo saved, renamed or deleted)
  setList(list: Annotation[]): void;
}

// Renders the transcript inside the annotations' context, holding the lit-up one as the coding view does.
function renderWith(list: Annotation[]): Stage {
  const opened: number[] = [];
  let setList: (next: Annotation[]) => void = () => undefined;
  function Annotations({ children }: { children: ReactNode }) {
    const [now, setNow] = useState(list);
    const [active, setActive] = useState<number | null>(null);
    setList = (next) => act(() => setNow(next));
    return <AnnotationsContext value={{ list: now, byTurn: annotationsByTurn(now, BLOCKS), active, setActive, open: (id) => opened.push(id) }}>{children}</AnnotationsContext>;
  }
  const t = renderTranscript({ text: TEXT, speakers: SPEAKERS }, (transcript) => <Annotations>{transcript}</Annotations>);
  shown = t;
  return Object.assign(t, { opened, setList: (next: Annotation[]) => setList(next) });
}

function annotation(memoId: number, title: string, phrase: string): Annotation {
  return { memoId, title, excerpt: phrase, ...at(phrase) };
}

// Where phrases are in TEXT (code points = UTF-16 here: the text is ASCII).
function at(phrase: string): { start: number; end: number } {
  const i = TEXT.indexOf(phrase);
  return { start: i, end: i + phrase.length };
}

const markers = (t: RenderedTranscript, turn: number) => Array.from(t.content.querySelectorAll<HTMLButtonElement>(`.coding-block[data-index="${turn}"] .coding-block-gutter .coding-annotation`));

describe('the margin of the transcript', () => {
  const pairing = annotation(5, 'Why pairing', 'the pairing start');
  const tutors = annotation(9, 'Tutors', 'the tutors are very experienced');
  const across = annotation(11, 'Across the turns', 'start?\n\nZara Quinn: We paired');

  it('shows each memo beside the turn it starts in, named by its title and words, in the focused turn’s Tab order only', () => {
    const t = renderWith([tutors, pairing]);
    const first = markers(t, 0);
    const second = markers(t, t.blocks.length - 1);
    expect(first.map((b) => b.textContent)).toEqual(['✎ Why pairing']);
    expect(second.map((b) => b.textContent)).toEqual(['✎ Tutors']);
    expect(first[0]?.getAttribute('aria-label')).toBe('Memo Why pairing, on “the pairing start”');
    expect(first[0]?.closest('ul')?.getAttribute('aria-label')).toBe('Memos on passages');
    // the test transcript's focused turn is the first
    expect(first[0]?.tabIndex).toBe(0);
    expect(second[0]?.tabIndex).toBe(-1);
    expect(marked('annotation').sort()).toEqual(['the pairing start', 'the tutors are very experienced']);
  });

  it('lights up the passage on hover and focus, opens the memo on a click', () => {
    const t = renderWith([pairing, tutors]);
    const [marker] = markers(t, t.blocks.length - 1);
    if (!marker) throw new Error('no marker');
    expect(marked('annotation-active')).toEqual([]);
    act(() => {
      marker.dispatchEvent(new MouseEvent('mouseover', { bubbles: true }));
    });
    expect(marked('annotation-active')).toEqual(['the tutors are very experienced']);
    expect(markers(t, t.blocks.length - 1)[0]?.classList.contains('coding-annotation-active')).toBe(true);
    act(() => {
      marker.dispatchEvent(new MouseEvent('mouseout', { bubbles: true, relatedTarget: document.body }));
    });
    expect(marked('annotation-active')).toEqual([]);
    act(() => marker.focus());
    expect(marked('annotation-active')).toEqual(['the tutors are very experienced']);
    act(() => marker.click());
    expect(t.opened).toEqual([9]);
  });

  it('marks a passage across turns run by run, never the margin between them', () => {
    const t = renderWith([across]);
    expect(markers(t, 0)).toHaveLength(1);
    const pieces = marked('annotation');
    expect(pieces.length).toBeGreaterThan(1);
    expect(pieces[0]).toBe('start?');
    expect(pieces.at(-1)).toMatch(/We paired$/);
    expect(pieces.join('|')).not.toMatch(/Code|Edit|✎/);
  });

  it('drops the marker and the mark of a deleted memo, and shows an edited title', () => {
    const t = renderWith([pairing, tutors]);
    t.setList([{ ...pairing, title: 'Why pairing at all' }]);
    expect(markers(t, 0).map((b) => b.textContent)).toEqual(['✎ Why pairing at all']);
    expect(markers(t, t.blocks.length - 1)).toEqual([]);
    expect(marked('annotation')).toEqual(['the pairing start']);
    t.setList([]);
    expect(t.content.querySelectorAll('.coding-annotation')).toHaveLength(0);
    expect(registry.has('annotation')).toBe(false);
  });
});

describe('the annotations of a source', () => {
  const memo = (id: number, targetId: number | null, range: { start: number; end: number } | null, targetKind: MemoRecord['targetKind'] = 'source'): MemoRecord => ({
    id,
    guid: `m${id}`,
    targetKind,
    targetId,
    title: `M${id}`,
    contentJson: '{}',
    plainText: '',
    createdAt: '',
    updatedAt: '',
    range,
    excerpt: range ? 'words' : undefined,
  });

  it('are the source’s memos with a passage, by where they start, each on the turn it starts in', () => {
    const list = annotationsOf([memo(1, 1, { start: 60, end: 70 }), memo(2, 1, null), memo(3, 2, { start: 0, end: 5 }), memo(4, 1, { start: 5, end: 9 }), memo(5, 1, { start: 5, end: 9 }, 'node')], 1);
    expect(list.map((a) => a.memoId)).toEqual([4, 1]);
    const byTurn = annotationsByTurn(list, BLOCKS);
    expect(byTurn.get(0)?.map((a) => a.memoId)).toEqual([4]);
    expect(byTurn.get(BLOCKS.length - 1)?.map((a) => a.memoId)).toEqual([1]);
    expect(annotationName({ memoId: 1, title: '', excerpt: `${'long words '.repeat(10)}end`, start: 0, end: 1 })).toMatch(/^Memo without a title, on “long words .*…”$/);
  });
});

describe('the selection’s menu', () => {
  const calls: string[] = [];
  const actions: SelectionMenuActions = {
    readOnly: false,
    words: 'We paired up',
    recent: [],
    nodes: new Map<number, NodeRecord>(),
    codeAt: () => calls.push('codeAt'),
    inVivo: () => calls.push('inVivo'),
    codeAtNode: () => calls.push('codeAtNode'),
    uncode: () => calls.push('uncode'),
    memo: () => calls.push('memo'),
  };

  it('offers a new memo on the passage (M) before Copy; never read-only, never without a passage', () => {
    const items = selectionMenuItems(true, actions);
    expect(items.map((i) => i.label)).toEqual(['Code at…', 'Code in vivo', 'Uncode…', 'New memo on this passage', 'Copy']);
    const item = items.find((i) => i.label === 'New memo on this passage');
    expect(item?.shortcut).toBe('M');
    item?.onSelect();
    expect(calls).toEqual(['memo']);
    expect(selectionMenuItems(true, { ...actions, readOnly: true }).map((i) => i.label)).toEqual(['Copy']);
    expect(selectionMenuItems(false, actions)).toEqual([]);
  });

  it('opens the memo on the passage selected when the menu opened', () => {
    const opened: unknown[] = [];
    const coding = {} as PassageCoding;
    const items = passageMenuItems({ start: 3, end: 9 }, 'paired', false, [], new Map(), coding, (p) => opened.push(p));
    items.find((i) => i.label === 'New memo on this passage')?.onSelect();
    expect(opened).toEqual([{ start: 3, end: 9 }]);
  });
});

describe('the colours of the marks', () => {
  const rule = (selector: string) => css.slice(css.indexOf(selector)).split('}')[0] ?? '';
  const value = (block: string, property: string) => new RegExp(`(?:^|[\\s;{])${property}:\\s*(#[0-9a-f]{6})`).exec(block)?.[1] ?? '';
  // the demo codebook's colours (as in contrast.test.ts), whose tints coded text has behind it
  const NODE_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#7f7f7f', '#5b7083'];

  it('draw the dotted underline at 3:1 or more on the page, a focused turn, coded text and a lit-up passage', () => {
    const underline = value(rule('::highlight(annotation)'), 'text-decoration-color');
    const lit = value(rule('::highlight(annotation-active)'), 'background-color');
    expect(rule('::highlight(annotation)')).toMatch(/text-decoration-style:\s*dotted/);
    for (const background of ['#ffffff', '#fafaf7', lit, ...NODE_COLOURS.map((c) => tintOf(c))]) {
      expect(contrastRatio(underline, background), `${underline} on ${background}`).toBeGreaterThanOrEqual(3);
    }
    // the text of a lit-up passage stays readable (4.5:1)
    expect(contrastRatio(value(rule('::highlight(annotation-active)'), 'color'), lit)).toBeGreaterThanOrEqual(4.5);
  });
});
