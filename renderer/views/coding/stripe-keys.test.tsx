// Coding stripes from the keyboard: the focused turn's stripes are one Tab stop, arrows move
// between them, a focused stripe lights up its text as the pointer does, Enter selects its
// references, and each is named "Coded at <path> by <coder>".
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import type { CodingRecord } from '../../../shared/model/entities.ts';
import { StripeColouringContext } from './coder-colours.ts';
import { stripeAccessibleName, stripeKeyMove } from './stripe-keys.ts';
import { node, renderTranscript } from './testing/render-transcript.tsx';
import type { RenderedTranscript } from './testing/render-transcript.tsx';

const TEXT = ['Interviewer: How did it start?', '', 'Zara Quinn: We paired up in September, and the log took over by October.'].join('\n');
const NODES = [{ ...node(1, 'Pairing', '#aa3377'), path: 'Q1 Tools/Pairing' }, node(2, 'Logs', '#3377aa')];
const COLOURING = { byCoder: false, colours: new Map<number, string>(), initials: new Map([[5, 'AM'], [6, 'JR']]) };

function at(phrase: string): { start: number; end: number } {
  const i = TEXT.indexOf(phrase);
  return { start: i, end: i + phrase.length };
}

function coding(id: number, nodeId: number, phrase: string, coderId: number | null): CodingRecord {
  return { id, guid: `g${id}`, sourceId: 1, nodeId, ...at(phrase), coderId, createdAt: '' };
}

const CODINGS = [coding(1, 1, 'We paired up', 5), coding(2, 1, 'We paired up in', 6), coding(3, 2, 'the log took over', 5), coding(4, 2, 'How did it', 5)];

let shown: RenderedTranscript | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

function render(onStripe: (nodeId: number, ids: number[]) => void = () => undefined): RenderedTranscript {
  shown = renderTranscript({ text: TEXT, speakers: ['Interviewer', 'Zara Quinn'], nodes: NODES, codings: CODINGS, focusedIndex: 1, onStripe }, (transcript) => (
    <StripeColouringContext value={COLOURING}>{transcript}</StripeColouringContext>
  ));
  return shown;
}

function stripesOf(t: RenderedTranscript, index: number): HTMLButtonElement[] {
  return Array.from(t.content.querySelectorAll<HTMLButtonElement>(`.coding-block[data-index="${index}"] .coding-stripe`));
}

function press(el: Element | null | undefined, key: string) {
  act(() => {
    el?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true }));
  });
}

const lit = (t: RenderedTranscript) => Array.from(t.content.querySelectorAll('.coding-block[data-index="1"] .coding-run-highlight')).map((r) => r.textContent).join('');

describe('keys between stripes', () => {
  it('moves down and up with wrapping, Home and End, and ignores other keys', () => {
    expect(stripeKeyMove('ArrowDown', 0, 3)).toBe(1);
    expect(stripeKeyMove('ArrowRight', 2, 3)).toBe(0);
    expect(stripeKeyMove('ArrowUp', 0, 3)).toBe(2);
    expect(stripeKeyMove('Home', 2, 3)).toBe(0);
    expect(stripeKeyMove('End', 0, 3)).toBe(2);
    expect(stripeKeyMove('a', 0, 3)).toBeNull();
    expect(stripeKeyMove('ArrowDown', 0, 0)).toBeNull();
  });

  it('names a stripe by its path and its coders', () => {
    expect(stripeAccessibleName('Q1/Pairing', ['AM'])).toBe('Coded at Q1/Pairing by AM');
    expect(stripeAccessibleName('Q1/Pairing', ['AM', 'JR', 'AM'])).toBe('Coded at Q1/Pairing by AM and JR');
    expect(stripeAccessibleName('Q1/Pairing', ['KL', 'JR', 'AM'])).toBe('Coded at Q1/Pairing by AM, JR and KL');
    expect(stripeAccessibleName('Q1/Pairing', [null])).toBe('Coded at Q1/Pairing');
  });
});

describe('the stripes of a rendered turn from the keyboard', () => {
  it('gives the focused turn one Tab stop among its stripes, and other turns none', () => {
    const t = render();
    const stripes = stripesOf(t, 1);
    expect(stripes.map((s) => s.getAttribute('aria-label'))).toEqual(['Coded at Q1 Tools/Pairing by AM and JR', 'Coded at Logs by AM']);
    expect(stripes.map((s) => s.tabIndex)).toEqual([0, -1]);
    expect(stripesOf(t, 0).map((s) => s.tabIndex)).toEqual([-1]);
  });

  it('lights up the focused stripe’s text, moves with the arrows and keeps the Tab stop where it went', () => {
    const t = render();
    const [first, second] = stripesOf(t, 1);
    act(() => first?.focus());
    expect(lit(t)).toBe('We paired up in');
    expect(t.content.querySelector('.coding-stripe-label[data-node-id="1"]')?.classList.contains('coding-stripe-label-active')).toBe(true);
    press(first, 'ArrowDown');
    expect(document.activeElement).toBe(second);
    expect(lit(t)).toBe('the log took over');
    expect(stripesOf(t, 1).map((s) => s.tabIndex)).toEqual([-1, 0]);
    press(second, 'ArrowDown');
    expect(document.activeElement).toBe(first);
    act(() => first?.blur());
    expect(lit(t)).toBe('');
  });

  it('selects the stripe’s references with Enter and with Space', () => {
    const chosen: [number, number[]][] = [];
    const t = render((nodeId, ids) => chosen.push([nodeId, ids]));
    const [first, second] = stripesOf(t, 1);
    act(() => first?.focus());
    press(first, 'Enter');
    press(second, ' ');
    expect(chosen).toEqual([
      [1, [2, 1]],
      [2, [3]],
    ]);
  });
});
