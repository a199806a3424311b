// Caret browsing without layout: which key asks for which move, and where the caret goes
// by character (astral characters and emoji sequences whole), by word, to a turn's start
// and end, and between turns (clamped at the first and last).
import { describe, expect, it } from 'vitest';
import { createOffsetIndex } from '../../../shared/text/code-points.ts';
import { buildBlocks } from './blocks.ts';
import { caretMoveForKey, movedCaret } from './caret-moves.ts';
import type { CaretMove } from './caret-moves.ts';
import { segmentsOf } from './testing/render-transcript.tsx';

const TEXT = ['Interviewer: How did the pairing start?', '', 'Zara Quinn: We paired 🎉 up, in Sept-ember.', '', 'Interviewer: And 👩‍👩‍👧 then?'].join('\n');
const index = createOffsetIndex(TEXT);
const blocks = buildBlocks(index, segmentsOf(TEXT, ['Interviewer', 'Zara Quinn']));
const at = (phrase: string) => index.toCodePoint(TEXT.indexOf(phrase));
const after = (phrase: string) => index.toCodePoint(TEXT.indexOf(phrase) + phrase.length);
const move = (unit: CaretMove['unit'], direction: 1 | -1, extend = false): CaretMove => ({ unit, direction, extend });
const press = (key: string, mods: { ctrlKey?: boolean; shiftKey?: boolean; altKey?: boolean; metaKey?: boolean } = {}) => ({ key, ctrlKey: false, shiftKey: false, altKey: false, metaKey: false, ...mods });

describe('the caret keys', () => {
  it('map arrows, Home and End, with Ctrl and Shift, to moves', () => {
    expect(caretMoveForKey(press('ArrowRight'))).toEqual(move('character', 1));
    expect(caretMoveForKey(press('ArrowLeft', { shiftKey: true }))).toEqual(move('character', -1, true));
    expect(caretMoveForKey(press('ArrowRight', { ctrlKey: true, shiftKey: true }))).toEqual(move('word', 1, true));
    expect(caretMoveForKey(press('ArrowDown', { shiftKey: true }))).toEqual(move('line', 1, true));
    expect(caretMoveForKey(press('ArrowUp', { ctrlKey: true }))).toEqual(move('turn', -1));
    expect(caretMoveForKey(press('End', { shiftKey: true }))).toEqual(move('line-edge', 1, true));
    expect(caretMoveForKey(press('Home', { ctrlKey: true, shiftKey: true }))).toEqual(move('turn-edge', -1, true));
    expect(caretMoveForKey(press('ArrowLeft', { altKey: true }))).toBeNull();
    expect(caretMoveForKey(press('c'))).toBeNull();
  });
});

describe('caret moves', () => {
  it('move by one character, an astral character or an emoji sequence whole', () => {
    expect(movedCaret(blocks, index, at('paired'), move('character', 1))).toBe(at('aired'));
    expect(movedCaret(blocks, index, at('🎉'), move('character', 1))).toBe(at(' up,'));
    expect(movedCaret(blocks, index, at(' up,'), move('character', -1))).toBe(at('🎉'));
    expect(movedCaret(blocks, index, at('👩‍👩‍👧'), move('character', 1))).toBe(at(' then?'));
    expect(movedCaret(blocks, index, at(' then?'), move('character', -1))).toBe(at('👩‍👩‍👧'));
  });

  it('cross from the end of a turn to where the words of the next start, and back', () => {
    expect(movedCaret(blocks, index, after('start?'), move('character', 1))).toBe(at('We paired'));
    expect(movedCaret(blocks, index, at('We paired'), move('character', -1))).toBe(after('start?'));
    expect(movedCaret(blocks, index, at('How did'), move('character', -1))).toBe(at('How did'));
    expect(movedCaret(blocks, index, index.codePointLength, move('character', 1))).toBe(index.codePointLength);
  });

  it('move by word: forward to the end of a word, back to its start, over punctuation', () => {
    expect(movedCaret(blocks, index, at('We paired'), move('word', 1))).toBe(after('We'));
    expect(movedCaret(blocks, index, after('We'), move('word', 1))).toBe(after('We paired'));
    expect(movedCaret(blocks, index, after('paired 🎉'), move('word', 1))).toBe(after(' up'));
    expect(movedCaret(blocks, index, after(' up'), move('word', 1))).toBe(after(' in'));
    expect(movedCaret(blocks, index, after('in Sept'), move('word', 1))).toBe(after('Sept-ember'));
    expect(movedCaret(blocks, index, after('up,'), move('word', -1))).toBe(at('up,'));
    expect(movedCaret(blocks, index, at('up,'), move('word', -1))).toBe(at('paired'));
    expect(movedCaret(blocks, index, at('Sept-ember'), move('word', -1))).toBe(at('in Sept'));
  });

  it('move by word across turns: to the first word of the next, the last of the previous', () => {
    expect(movedCaret(blocks, index, after('start'), move('word', 1))).toBe(after('start?'));
    expect(movedCaret(blocks, index, after('start?'), move('word', 1))).toBe(after('We'));
    expect(movedCaret(blocks, index, at('We paired'), move('word', -1))).toBe(at('start?'));
  });

  it('go to the start (after the label) and end of a turn, and from turn to turn, clamped at the ends', () => {
    expect(movedCaret(blocks, index, at('up,'), move('turn-edge', -1))).toBe(at('We paired'));
    expect(movedCaret(blocks, index, at('up,'), move('turn-edge', 1))).toBe(after('Sept-ember.'));
    expect(movedCaret(blocks, index, at('up,'), move('turn', 1))).toBe(at('And'));
    expect(movedCaret(blocks, index, at('up,'), move('turn', -1))).toBe(at('We paired'));
    expect(movedCaret(blocks, index, at('We paired'), move('turn', -1))).toBe(at('How did'));
    expect(movedCaret(blocks, index, at('How did'), move('turn', -1))).toBe(at('How did'));
    expect(movedCaret(blocks, index, at('then?'), move('turn', 1))).toBe(index.codePointLength);
    // extending down: to the end of this turn, then of the next
    expect(movedCaret(blocks, index, at('up,'), move('turn', 1, true))).toBe(after('Sept-ember.'));
    expect(movedCaret(blocks, index, after('Sept-ember.'), move('turn', 1, true))).toBe(index.codePointLength);
  });
});
