// The coding view's keys: which key asks for which command (keys of one character only in
// the transcript), what each command does with the view, and that commands act on the live
// DOM selection, not on the one shown a frame ago.
import { afterEach, describe, expect, it } from 'vitest';
import type { ReactNode, RefObject } from 'react';
import { commandForKey, runCodingCommand } from './coding-keys.ts';
import type { CodingCommand, CodingKeyTarget, KeyPress } from './coding-keys.ts';
import { DEFAULT_SINGLE_KEYS, readSingleKeyPrefs, saveSingleKeyPrefs, singleKeyProblem } from './single-key-prefs.ts';
import type { SingleKeyPrefs } from './single-key-prefs.ts';
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
      [press('Escape'), { kind: 'clear' }],
      [press(']'), { kind: 'jump', direction: 1 }],
      [press('['), { kind: 'jump', direction: -1 }],
      [press('f', { ctrlKey: true }), { kind: 'find' }],
      [press('F', { metaKey: true }), { kind: 'find' }],
      [press('F3'), { kind: 'find-next', direction: 1 }],
      [press('F3', { shiftKey: true }), { kind: 'find-next', direction: -1 }],
      [press('h', { ctrlKey: true }), { kind: 'replace' }],
    ];
    for (const [key, command] of table) expect(commandForKey(key, 'transcript'), key.key).toEqual(command);
  });

  it('leaves other keys, and keys with Ctrl, Cmd or Alt, to the page', () => {
    for (const key of [press('0'), press('x'), press('Enter'), press('c', { ctrlKey: true }), press('v', { metaKey: true }), press('1', { altKey: true }), press('f', { ctrlKey: true, shiftKey: true }), press('f', { ctrlKey: true, altKey: true })]) {
      expect(commandForKey(key, 'transcript'), JSON.stringify(key)).toBeNull();
    }
  });

  it('leaves the arrow keys to the caret of the transcript', () => {
    for (const key of ['ArrowDown', 'ArrowUp', 'ArrowLeft', 'ArrowRight', 'Home', 'End']) {
      expect(commandForKey(press(key), 'transcript'), key).toBeNull();
      expect(commandForKey(press(key, { shiftKey: true }), 'transcript'), key).toBeNull();
    }
  });

  it('works only Ctrl+F, Ctrl+H and F3 while typing in a text field', () => {
    expect(commandForKey(press('c'), 'text-field')).toBeNull();
    expect(commandForKey(press('1'), 'text-field')).toBeNull();
    expect(commandForKey(press('Escape'), 'text-field')).toBeNull();
    expect(commandForKey(press('f', { ctrlKey: true }), 'text-field')).toEqual({ kind: 'find' });
    expect(commandForKey(press('h', { ctrlKey: true }), 'text-field')).toEqual({ kind: 'replace' });
    expect(commandForKey(press('F3'), 'text-field')).toEqual({ kind: 'find-next', direction: 1 });
  });

  it('works no key of one character outside the transcript; Escape, F2 and Ctrl+F do', () => {
    for (const key of ['c', 'e', 'K', 't', 'v', 'u', '1', '9', '[', ']']) expect(commandForKey(press(key), 'elsewhere'), key).toBeNull();
    expect(commandForKey(press('Escape'), 'elsewhere')).toEqual({ kind: 'clear' });
    expect(commandForKey(press('F2'), 'elsewhere')).toEqual({ kind: 'correct-turn' });
    expect(commandForKey(press('f', { ctrlKey: true }), 'elsewhere')).toEqual({ kind: 'find' });
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
    recent: [7, 8],
    hasReferences: false,
    hasHighlight: false,
    passage: () => passage,
    find: record('find'),
    findNext: record('findNext'),
    replace: record('replace'),
    pickNodeFor: record('pickNodeFor'),
    codeTurn: record('codeTurn'),
    codeInVivo: record('codeInVivo'),
    codeAt: record('codeAt'),
    uncodeReferences: record('uncodeReferences'),
    pickUncodeFor: record('pickUncodeFor'),
    memoOnPassage: record('memoOnPassage'),
    correctTurn: record('correctTurn'),
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

  it('code and correct the focused turn (T, E)', () => {
    const r = recorder();
    runCodingCommand({ kind: 'code-turn' }, r.target);
    runCodingCommand({ kind: 'correct-turn' }, r.target);
    expect(r.calls).toEqual([['codeTurn', 2], ['correctTurn', 2]]);
  });

  it('open the find bar, go to the next or previous match, open find and replace', () => {
    const r = recorder({ editing: true });
    expect(runCodingCommand({ kind: 'find-next', direction: -1 }, r.target)).toBe(true);
    expect(runCodingCommand({ kind: 'replace' }, r.target)).toBe(true);
    expect(r.calls).toEqual([['findNext', -1], ['replace']]);
  });

  it('uncode the chosen references first, else pick a node to uncode the passage at (U)', () => {
    const refs = recorder({ hasReferences: true });
    runCodingCommand({ kind: 'uncode' }, refs.target);
    const r = recorder();
    runCodingCommand({ kind: 'uncode' }, r.target);
    expect(refs.calls).toEqual([['uncodeReferences']]);
    expect(r.calls).toEqual([['pickUncodeFor', passage]]);
  });

  it('open a new memo on the selected passage with M, only with a passage and never read-only', () => {
    expect(commandForKey(press('m'), 'transcript')).toEqual({ kind: 'memo' });
    expect(commandForKey(press('m'), 'elsewhere')).toBeNull();
    const r = recorder();
    expect(runCodingCommand({ kind: 'memo' }, r.target)).toBe(true);
    expect(r.calls).toEqual([['memoOnPassage', passage]]);
    const none = recorder({}, null);
    const readOnly = recorder({ readOnly: true });
    expect(runCodingCommand({ kind: 'memo' }, none.target)).toBe(false);
    expect(runCodingCommand({ kind: 'memo' }, readOnly.target)).toBe(false);
    expect([...none.calls, ...readOnly.calls]).toEqual([]);
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
    for (const command of [{ kind: 'code' }, { kind: 'code-turn' }, { kind: 'in-vivo' }, { kind: 'code-recent', slot: 0 }, { kind: 'uncode' }, { kind: 'correct-turn' }, { kind: 'clear' }, { kind: 'jump', direction: 1 }] satisfies CodingCommand[]) {
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

// Presses a key in the transcript (on its first turn), or on another element.
function keyDown(key: string, on: Element | null = document.querySelector('.coding-block')): KeyboardEvent {
  const event = new KeyboardEvent('keydown', { key, bubbles: true, cancelable: true });
  (on ?? document.body).dispatchEvent(event);
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

  it('do nothing while the focus is outside the transcript or in a text field', () => {
    const { t, calls } = renderWithKeys();
    const at = TEXT.indexOf('paired');
    t.select(at, at + 'paired'.length);
    const field = document.createElement('input');
    document.body.appendChild(field);
    expect(keyDown('v', document.body).defaultPrevented).toBe(false);
    expect(keyDown('1', field).defaultPrevented).toBe(false);
    expect(keyDown('e', document.body).defaultPrevented).toBe(false);
    field.remove();
    expect(calls).toEqual([]);
    expect(keyDown('v').defaultPrevented).toBe(true);
    expect(calls).toEqual([['codeInVivo', t.rangeOf('paired')]]);
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

describe('the single-key shortcuts setting', () => {
  const off: SingleKeyPrefs = { ...DEFAULT_SINGLE_KEYS, enabled: false };
  const remapped: SingleKeyPrefs = { enabled: true, codeKey: 'k', inVivoKey: 'j' };

  it('turned off, no key of one character does anything; Escape, F2, F3 and Ctrl+F still work', () => {
    for (const key of ['c', 'v', 't', 'u', 'e', '1', '9', '[', ']']) expect(commandForKey(press(key), 'transcript', off), key).toBeNull();
    expect(commandForKey(press('Escape'), 'transcript', off)).toEqual({ kind: 'clear' });
    expect(commandForKey(press('F2'), 'transcript', off)).toEqual({ kind: 'correct-turn' });
    expect(commandForKey(press('F3'), 'transcript', off)).toEqual({ kind: 'find-next', direction: 1 });
    expect(commandForKey(press('f', { ctrlKey: true }), 'transcript', off)).toEqual({ kind: 'find' });
  });

  it('remapped, the new letters code and code in vivo and C and V do nothing', () => {
    expect(commandForKey(press('k'), 'transcript', remapped)).toEqual({ kind: 'code' });
    expect(commandForKey(press('J', { shiftKey: true }), 'transcript', remapped)).toEqual({ kind: 'in-vivo' });
    expect(commandForKey(press('c'), 'transcript', remapped)).toBeNull();
    expect(commandForKey(press('v'), 'transcript', remapped)).toBeNull();
    expect(commandForKey(press('k'), 'elsewhere', remapped)).toBeNull();
    expect(commandForKey(press('t'), 'transcript', remapped)).toEqual({ kind: 'code-turn' });
  });

  it('refuses letters that are taken, the same letter twice, and anything but one letter', () => {
    expect(singleKeyProblem(DEFAULT_SINGLE_KEYS)).toBeNull();
    expect(singleKeyProblem(remapped)).toBeNull();
    expect(singleKeyProblem({ ...remapped, codeKey: 't' })).toMatch(/another use/);
    expect(singleKeyProblem({ ...remapped, inVivoKey: 'k' })).toMatch(/different letters/);
    expect(singleKeyProblem({ ...remapped, codeKey: '' })).toMatch(/one letter/);
    expect(singleKeyProblem({ ...remapped, codeKey: '7' })).toMatch(/one letter/);
  });

  it('is remembered on this computer and falls back to the defaults when the stored value is unusable', () => {
    saveSingleKeyPrefs(remapped);
    expect(readSingleKeyPrefs()).toEqual(remapped);
    window.localStorage.setItem('activity-lens:single-key-shortcuts', JSON.stringify({ enabled: false, codeKey: 'e', inVivoKey: 'v' }));
    expect(readSingleKeyPrefs()).toEqual(off);
    window.localStorage.setItem('activity-lens:single-key-shortcuts', '{not json');
    expect(readSingleKeyPrefs()).toEqual(DEFAULT_SINGLE_KEYS);
    window.localStorage.removeItem('activity-lens:single-key-shortcuts');
  });
});
