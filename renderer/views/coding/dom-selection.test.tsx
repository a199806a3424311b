// The DOM edge of the reading view, on the real rendered transcript: a DOM selection
// becomes exactly the code points it covers, inside a turn, across runs and turns, with
// astral characters whole at both ends, and nothing for selections that leave the transcript.
import { afterEach, describe, expect, it } from 'vitest';
import { rangeToDom, selectionToRange, transcriptSelection } from './dom-selection.ts';
import { coding, node, renderTranscript } from './testing/render-transcript.tsx';
import type { RenderedTranscript } from './testing/render-transcript.tsx';

const TEXT = ['Interviewer: How did the pairing start? 🙂', '', 'Zara Quinn: 🎉We paired up in September.', '', 'Interviewer: And then?', '', 'Zara Quinn: The log 📝 took over.'].join('\n');
const SPEAKERS = ['Interviewer', 'Zara Quinn'];

let shown: RenderedTranscript | null = null;

function render(codings: Parameters<typeof renderTranscript>[0]['codings'] = []): RenderedTranscript {
  shown = renderTranscript({ text: TEXT, speakers: SPEAKERS, codings, nodes: [node(1, 'Pairing', '#aa3377'), node(2, 'Logs', '#3377aa')] });
  return shown;
}

// The text a selection is read as (the source's own text between the code points).
function selectedText(t: RenderedTranscript): string | null {
  const range = selectionToRange(t.content, document.getSelection(), t.index);
  return range ? t.index.slice(range.start, range.end) : null;
}

afterEach(() => {
  shown?.unmount();
  shown = null;
});

describe('a DOM selection in the transcript as code points', () => {
  it('reads a selection inside one turn exactly', () => {
    const t = render();
    const at = TEXT.indexOf('paired up');
    t.select(at, at + 'paired up'.length);
    expect(selectedText(t)).toBe('paired up');
    expect(selectionToRange(t.content, document.getSelection(), t.index)).toEqual(t.rangeOf('paired up'));
  });

  it('reads a selection across the runs a coding cuts a turn into', () => {
    const t = render([coding(1, 1, t0('paired'))]);
    const from = TEXT.indexOf('We paired');
    const to = TEXT.indexOf('up in') + 'up in'.length;
    t.select(from, to);
    expect(t.content.querySelectorAll('.coding-run-coded')).toHaveLength(1);
    expect(selectedText(t)).toBe('We paired up in');
  });

  it('reads a selection across turns, with the speaker label between', () => {
    const t = render();
    const from = TEXT.indexOf('start?');
    const to = TEXT.indexOf('🎉');
    t.select(from, to);
    expect(selectedText(t)).toBe('start? 🙂\n\nZara Quinn: ');
  });

  it('keeps an astral character whole when the selection starts or ends inside it', () => {
    const t = render();
    const party = TEXT.indexOf('🎉');
    const memo = TEXT.indexOf('📝');
    // both ends between the halves of a surrogate pair
    t.select(party + 1, memo + 1);
    const text = selectedText(t);
    expect(text?.startsWith('🎉We paired')).toBe(true);
    expect(text?.endsWith('The log 📝')).toBe(true);
    // and the range is whole code points of the source
    const range = selectionToRange(t.content, document.getSelection(), t.index);
    expect(range).toEqual({ start: t.rangeOf('🎉').start, end: t.rangeOf('📝').end });
  });

  it('reads a selection that starts and ends on an emoji exactly', () => {
    const t = render();
    const smile = TEXT.indexOf('🙂');
    t.select(smile, smile + 2);
    expect(selectedText(t)).toBe('🙂');
    // the last character of a turn, with the end inside it
    t.select(TEXT.indexOf('start?'), smile + 1);
    expect(selectedText(t)).toBe('start? 🙂');
    const memo = TEXT.indexOf('📝');
    t.select(memo + 1, memo + 2);
    expect(selectedText(t)).toBe('📝');
  });

  it('takes a point in a turn’s gutter or margin as the turn’s start or end', () => {
    const t = render([coding(1, 2, t0('The log'))]);
    const block = t.content.querySelector<HTMLElement>('.coding-block[data-index="3"]');
    const gutter = block?.querySelector('.coding-block-gutter');
    const stripes = block?.querySelector('.coding-stripes');
    if (!gutter || !stripes) throw new Error('the turn has no gutter or stripes');
    const [text, offset] = t.pointAt(TEXT.indexOf('took'));
    document.getSelection()?.setBaseAndExtent(gutter, 0, text, offset);
    expect(selectedText(t)).toBe('Zara Quinn: The log 📝 ');
    document.getSelection()?.setBaseAndExtent(text, offset, stripes, 0);
    expect(selectedText(t)).toBe('took over.');
  });

  it('reads nothing for a collapsed selection', () => {
    const t = render();
    const [text, offset] = t.pointAt(TEXT.indexOf('paired'));
    document.getSelection()?.setBaseAndExtent(text, offset, text, offset);
    expect(selectionToRange(t.content, document.getSelection(), t.index)).toBeNull();
    expect(transcriptSelection(t.content, document.getSelection(), t.index)).toBeNull();
  });

  it('reads nothing for a selection that starts or ends outside the transcript', () => {
    const t = render();
    const outside = document.createElement('p');
    outside.textContent = 'A memo beside the transcript';
    document.body.appendChild(outside);
    const words = outside.firstChild as Text;
    const [text, offset] = t.pointAt(TEXT.indexOf('paired'));
    // ending outside: the passage is not one of the transcript's
    document.getSelection()?.setBaseAndExtent(text, offset, words, 4);
    expect(selectionToRange(t.content, document.getSelection(), t.index)).toBeNull();
    expect(transcriptSelection(t.content, document.getSelection(), t.index)).toBeNull();
    // starting outside: the selection belongs elsewhere, so the transcript's is left as it was
    document.getSelection()?.setBaseAndExtent(words, 4, text, offset);
    expect(selectionToRange(t.content, document.getSelection(), t.index)).toBeNull();
    expect(transcriptSelection(t.content, document.getSelection(), t.index)).toBeUndefined();
    // entirely outside, likewise
    document.getSelection()?.setBaseAndExtent(words, 0, words, 6);
    expect(transcriptSelection(t.content, document.getSelection(), t.index)).toBeUndefined();
    outside.remove();
  });

  it('reads the live selection through the transcript’s handle', () => {
    const t = render();
    const at = TEXT.indexOf('And then?');
    t.select(at, at + 'And then?'.length);
    expect(t.handle.current?.readSelection()).toEqual(t.rangeOf('And then?'));
  });
});

describe('a code-point range as a DOM range', () => {
  it('covers exactly the passage, across runs and with astral characters', () => {
    const t = render([coding(1, 1, t0('paired up'))]);
    for (const phrase of ['paired up', '🎉We paired up in', 'log 📝 took', '🙂']) {
      const { start, end } = t.rangeOf(phrase);
      expect(rangeToDom(t.content, t.index, start, end)?.toString()).toBe(phrase);
    }
  });

  it('selects a passage across turns that reads back as the same code points', () => {
    const t = render();
    const wanted = t.rangeOf('September.\n\nInterviewer: And');
    const range = rangeToDom(t.content, t.index, wanted.start, wanted.end);
    if (!range) throw new Error('the passage is not rendered');
    const selection = document.getSelection();
    selection?.removeAllRanges();
    selection?.addRange(range);
    expect(selectionToRange(t.content, selection, t.index)).toEqual(wanted);
  });
});

// The code-point range of a phrase in TEXT (for codings made before rendering).
function t0(phrase: string) {
  const at = TEXT.indexOf(phrase);
  const cp = (u16: number) => Array.from(TEXT.slice(0, u16)).length;
  return { start: cp(at), end: cp(at + phrase.length) };
}
