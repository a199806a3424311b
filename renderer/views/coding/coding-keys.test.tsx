// The coding view's keys: which key asks for which command, what each command does with
// the view, and that commands act on the live DOM selection, not on the one shown a frame ago.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactNode, RefObject } from 'react';
import { commandForKey, runCodingCommand } from './coding-keys.ts';
import type { CodingCommand, CodingKeyTarget, KeyPress } from './coding-keys.ts';
import { renderTranscript } from './testing/render-transcript.tsx';
import type { RenderedTranscript } from './testing/render-transcript.tsx';
import type { Passage } from './use-coding-actions.ts';
import { useCodingKeys } from './use-coding-keys.ts';
import { useCodingSelection } from './use-coding-selection.ts';
import type { TranscriptHandle } from './use-transcript-handle.ts';

function press(key: string, modifiers: Partial<Omit<KeyPress, 'key'>> = {}): KeyPress {
  return { key, ctrlKey: false, metaKey: false, altKey: false, shiftKey: false, ...modifiers };
}

describe('the key map', () => {
  it('maps each key of the view to its command', () => {
    const table: [KeyPress, CodingCommand][] = [
      [press('c'), { kind: 'code' }],
      [press('C', { shiftKey: true }), { kind: 'code' }],
      [press('t'), { kind: 'code-turn' }],
      [press('v'), { kind: 'in-vivo' }],
      [press('1'), { kind: 'code-recent', slot: 0 }],
      [press('9'), { kind: 'code-recent', slot: 8 }],
      [press('u'), { kind: 'uncode' }],
      [press('e'), { kind: 'correct-turn' }],
      [press('F2'), { kind: 'correct-turn' }],
      [press('ArrowDown'), { kind: 'move-focus', by: 1 }],
      [press('ArrowUp'), { kind: 'move-focus', by: -1 }],
      [press('Escape'), { kind: 'clear' }],
      [press(']'), { kind: 'jump', direction: 1 }],
      [press('['), { kind: 'jump', direction: -1 }],
      [press('f', { ctrlKey: true }), { kind: 'find' }],
      [press('F', { metaKey: true }), { kind: 'find' }],
    ];
    for (const [key, command] of table) expect(commandForKey(key, false), key.key).toEqual(command);
  });

  it('leaves other keys, and keys with Ctrl, Cmd or Alt, to the page', () => {
    for (const key of [press('0'), press('x'), press('Enter'), press('c', { ctrlKey: true }), press('v', { metaKey: true }), press('1', { altKey: true }), press('f', { ctrlKey: true, shiftKey: true }), press('f', { ctrlKey: true, altKey: true })]) {
      expect(commandForKey(key, false), JSON.stringify(key)).toBeNull();
    }
  });

  it('works only Ctrl+F while typing in a text field', () => {
    expect(commandForKey(press('c'), true)).toBeNull();
    expect(commandForKey(press('1'), true)).toBeNull();
    expect(commandForKey(press('Escape'), true)).toBeNull();
    expect(commandForKey(press('f', { ctrlKey: true }), true)).toEqual({ kind: 'find' });
  });
});

interface Recorder {
  target: CodingKeyTarget;
  calls: unknown[][];
}

// A target that records what the commands asked for.
function recorder(overrides: Partial<CodingKeyTarget> = {}, passage: Passage | null = { start: 3, end: 9 }): Recorder {
  const calls: unknown[][] = [];
  const record =
    (name: string) =>
    (...args: unknown[]) => {
      calls.push([name, ...args]);
    };
  const target: CodingKeyTarget = {
    readOnly: false,
    editing: false,
    focused: 2,
    blockCount: 4,
    recent: [7, 8],
    hasReferences: false,
    hasHighlight: false,
    passage: () => passage,
    find: record('find'),
    pickNodeFor: record('pickNodeFor'),
    codeTurn: record('codeTurn'),
    codeInVivo: record('codeInVivo'),
    codeAt: record('codeAt'),
    uncodeReferences: record('uncodeReferences'),
    pickUncodeFor: record('pickUncodeFor'),
    correctTurn: record('correctTurn'),
    focusTurn: record('focusTurn'),
    clear: record('clear'),
    jump: record('jump'),
    ...overrides,
  };
  return { target, calls };
}

describe('the commands', () => {
  const passage = { start: 3, end: 9 };

  it('code the selected passage: picked (C), in vivo (V), at a recent node (1-9)', () => {
    const r = recorder();
    expect(runCodingCommand({ kind: 'code' }, r.target)).toBe(true);
    expect(runCodingCommand({ kind: 'in-vivo' }, r.target)).toBe(true);
    expect(runCodingCommand({ kind: 'code-recent', slot: 1 }, r.target)).toBe(true);
    expect(r.calls).toEqual([
      ['pickNodeFor', passage],
      ['codeInVivo', passage],
      ['codeAt', 8, passage],
    ]);
  });

  it('need a passage for V and 1-9, and a node in the recent slot; C falls back to the turn', () => {
    const none = recorder({}, null);
    expect(runCodingCommand({ kind: 'in-vivo' }, none.target)).toBe(false);
    expect(runCodingCommand({ kind: 'code-recent', slot: 0 }, none.target)).toBe(false);
    expect(runCodingCommand({ kind: 'code' }, none.target)).toBe(true);
    expect(none.calls).toEqual([['pickNodeFor', null]]);
    const r = recorder();
    expect(runCodingCommand({ kind: 'code-recent', slot: 2 }, r.target)).toBe(false);
    expect(r.calls).toEqual([]);
  });

  it('code and correct the focused turn (T, E), and move between turns within the transcript', () => {
    const r = recorder();
    runCodingCommand({ kind: 'code-turn' }, r.target);
    runCodingCommand({ kind: 'correct-turn' }, r.target);
    runCodingCommand({ kind: 'move-focus', by: 1 }, r.target);
    const last = recorder({ focused: 3 });
    runCodingCommand({ kind: 'move-focus', by: 1 }, last.target);
    const first = recorder({ focused: 0 });
    runCodingCommand({ kind: 'move-focus', by: -1 }, first.target);
    expect(r.calls).toEqual([['codeTurn', 2], ['correctTurn', 2], ['focusTurn', 3]]);
    expect(last.calls).toEqual([['focusTurn', 3]]);
    expect(first.calls).toEqual([['focusTurn', 0]]);
  });

  it('uncode the chosen references first, else pick a node to uncode the passage at (U)', () => {
    const refs = recorder({ hasReferences: true });
    runCodingCommand({ kind: 'uncode' }, refs.target);
    const r = recorder();
    runCodingCommand({ kind: 'uncode' }, r.target);
    expect(refs.calls).toEqual([['uncodeReferences']]);
    expect(r.calls).toEqual([['pickUncodeFor', passage]]);
  });

  it('change nothing in a read-only project', () => {
    const r = recorder({ readOnly: true, hasReferences: true });
    for (const command of [{ kind: 'in-vivo' }, { kind: 'code-recent', slot: 0 }, { kind: 'uncode' }, { kind: 'correct-turn' }] satisfies CodingCommand[]) {
      expect(runCodingCommand(command, r.target), command.kind).toBe(false);
    }
    expect(r.calls).toEqual([]);
  });

  it('clear with Escape only when something is selected or highlighted', () => {
    expect(runCodingCommand({ kind: 'clear' }, recorder({}, null).target)).toBe(false);
    for (const target of [recorder().target, recorder({ hasReferences: true }, null).target, recorder({ hasHighlight: true }, null).target]) {
      expect(runCodingCommand({ kind: 'clear' }, target)).toBe(true);
    }
  });

  it('leave a turn being corrected alone, except find', () => {
    const r = recorder({ editing: true });
    for (const command of [{ kind: 'code' }, { kind: 'code-turn' }, { kind: 'in-vivo' }, { kind: 'code-recent', slot: 0 }, { kind: 'uncode' }, { kind: 'correct-turn' }, { kind: 'move-focus', by: 1 }, { kind: 'clear' }, { kind: 'jump', direction: 1 }] satisfies CodingCommand[]) {
      expect(runCodingCommand(command, r.target), command.kind).toBe(false);
    }
    expect(runCodingCommand({ kind: 'find' }, r.target)).toBe(true);
    expect(r.calls).toEqual([['find']]);
  });

  it('read the passage when they run', () => {
    let now: Passage | null = { start: 1, end: 2 };
    const r = recorder({ passage: () => now });
    runCodingCommand({ kind: 'code-recent', slot: 0 }, r.target);
    now = { start: 5, end: 8 };
    runCodingCommand({ kind: 'code-recent', slot: 0 }, r.target);
    expect(r.calls).toEqual([
      ['codeAt', 7, { start: 1, end: 2 }],
      ['codeAt', 7, { start: 5, end: 8 }],
    ]);
  });
});

const TEXT = ['Interviewer: How did the pairing start?', '', 'Zara Quinn: We paired up in September, and the tutors are very experienced in their own way.'].join('\n');

let shown: RenderedTranscript | null = null;
afterEach(() => {
  shown?.unmount();
  shown = null;
});

// The coding view's selection and keys around a real transcript; records the passage the view shows at each render and what the commands did.
function renderWithKeys(): { t: RenderedTranscript; calls: unknown[][]; shownPassage(): Passage | null } {
  const calls: unknown[][] = [];
  let shownPassage: Passage | null = null;
  function Keys({ handle, children }: { handle: RefObject<TranscriptHandle | null>; children: ReactNode }) {
    const selection = useCodingSelection(handle, 'source 1');
    shownPassage = selection.passage;
    useCodingKeys({
      ...recorder().target,
      passage: selection.livePassage,
      codeAt: (nodeId, passage) => calls.push(['codeAt', nodeId, passage]),
      pickNodeFor: (passage) => calls.push(['pickNodeFor', passage]),
      codeInVivo: (passage) => calls.push(['codeInVivo', passage]),
    });
    return children;
  }
  shown = renderTranscript({ text: TEXT, speakers: ['Interviewer', 'Zara Quinn'] }, (transcript, handle) => <Keys handle={handle}>{transcript}</Keys>);
  return { t: shown, calls, shownPassage: () => shownPassage };
}

function keyDown(key: string): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  document.body.dispatchEvent(event);
  return event;
}

describe('keys on the live selection', () => {
  it('act on the passage selected in the DOM at the moment of the key press', () => {
    const { t, calls, shownPassage } = renderWithKeys();
    const phrase = 'the tutors are very experienced in their own way';
    const at = TEXT.indexOf(phrase);
    // the drag ends one character short, then reaches the last one; the key comes before the next frame
    t.select(at, at + phrase.length - 1);
    t.select(at, at + phrase.length);
    expect(shownPassage()).toBeNull();
    const event = keyDown('1');
    expect(event.defaultPrevented).toBe(true);
    expect(calls).toEqual([['codeAt', 7, t.rangeOf(phrase)]]);
  });

  it('follow every change of the selection: C and V each see the selection as it is then', () => {
    const { t, calls } = renderWithKeys();
    const first = 'paired up';
    const second = 'very experienced';
    t.select(TEXT.indexOf(first), TEXT.indexOf(first) + first.length);
    keyDown('c');
    t.select(TEXT.indexOf(second), TEXT.indexOf(second) + second.length);
    keyDown('v');
    expect(calls).toEqual([
      ['pickNodeFor', t.rangeOf(first)],
      ['codeInVivo', t.rangeOf(second)],
    ]);
  });

  it('see no passage once the selection in the transcript is gone', () => {
    const { t, calls } = renderWithKeys();
    const at = TEXT.indexOf('paired');
    t.select(at, at + 'paired'.length);
    document.getSelection()?.collapseToEnd();
    expect(keyDown('v').defaultPrevented).toBe(false);
    expect(calls).toEqual([]);
  });
});
