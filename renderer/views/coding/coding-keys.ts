// The coding view's keys: which key asks for which command, and what a command does with
// the view (the selection it acts on is the live one, read at the moment of the key press).
// Keys of one character work only while the transcript has the focus, never while typing
// elsewhere; the caret keys (arrows, Home, End) are the transcript's own (caret-moves.ts).
//
//   (the letters of one character can be turned off, and C and V remapped: single-key-prefs.ts)
//   C        code the selection (or the focused turn) at a node picked by typing
//   T        code the focused turn            V      code the selection in vivo
//   1-9      code the selection at the nth recently used node
//   U        uncode (the references chosen from a stripe, or at a node picked for the selection)
//   M        a new memo on the selected passage (an annotation)
//   E, F2    correct the focused turn
//   [ and ]  previous / next reference of the highlighted node
//   Escape   clear the selection, the chosen references and the highlight
//   Ctrl+F   the find bar; F3 / Shift+F3 next / previous match (also in text fields)
//   Ctrl+H   find and replace (also in text fields)
import { DEFAULT_SINGLE_KEYS } from './single-key-prefs.ts';
import type { SingleKeyPrefs } from './single-key-prefs.ts';
import type { Passage } from './use-coding-actions.ts';

export type CodingCommand =
  | { kind: 'find' }
  | { kind: 'find-next'; direction: 1 | -1 }
  | { kind: 'replace' }
  | { kind: 'code' }
  | { kind: 'code-turn' }
  | { kind: 'in-vivo' }
  | { kind: 'code-recent'; slot: number }
  | { kind: 'uncode' }
  | { kind: 'memo' }
  | { kind: 'correct-turn' }
  | { kind: 'clear' }
  | { kind: 'jump'; direction: 1 | -1 };

// The parts of a keydown event the key map reads.
export interface KeyPress {
  key: string;
  ctrlKey: boolean;
  metaKey: boolean;
  altKey: boolean;
  shiftKey: boolean;
}

const PLAIN_KEYS: Readonly<Record<string, CodingCommand>> = {
  t: { kind: 'code-turn' },
  u: { kind: 'uncode' },
  m: { kind: 'memo' },
  e: { kind: 'correct-turn' },
  f2: { kind: 'correct-turn' },
  escape: { kind: 'clear' },
  ']': { kind: 'jump', direction: 1 },
  '[': { kind: 'jump', direction: -1 },
};

// Where a key was pressed: in the transcript, in a field that takes typed text, or elsewhere in the view.
export type KeyPlace = 'transcript' | 'text-field' | 'elsewhere';

// Keys that are not characters, which work anywhere in the view except while typing.
const NON_CHARACTER_KEYS = new Set(['escape', 'f2']);

// The command a key press asks for, or null. Ctrl+F, Ctrl+H and F3 work everywhere; keys of
// one character only in the transcript, and only while the user has not turned them off
// (`singleKeys`, which also says the letters of the code and in-vivo commands).
export function commandForKey(press: KeyPress, place: KeyPlace, singleKeys: SingleKeyPrefs = DEFAULT_SINGLE_KEYS): CodingCommand | null {
  const command = press.ctrlKey || press.metaKey;
  const key = press.key.toLowerCase();
  if (command && !press.altKey && !press.shiftKey) {
    if (key === 'f') return { kind: 'find' };
    if (key === 'h') return { kind: 'replace' };
  }
  if (key === 'f3' && !command && !press.altKey) return { kind: 'find-next', direction: press.shiftKey ? -1 : 1 };
  if (place === 'text-field' || command || press.altKey) return null;
  if (place !== 'transcript' && !NON_CHARACTER_KEYS.has(key)) return null;
  if (!singleKeys.enabled && key.length === 1) return null;
  if (key === singleKeys.codeKey) return { kind: 'code' };
  if (key === singleKeys.inVivoKey) return { kind: 'in-vivo' };
  if (/^[1-9]$/.test(press.key)) return { kind: 'code-recent', slot: Number(press.key) - 1 };
  return PLAIN_KEYS[key] ?? null;
}

// What the commands work on and with: the view's state now and its actions.
export interface CodingKeyTarget {
  readOnly: boolean;
  // a turn is being corrected (only find works then)
  editing: boolean;
  focused: number;
  // the recently used nodes, most recent first
  recent: readonly number[];
  // references chosen from a stripe
  hasReferences: boolean;
  hasHighlight: boolean;
  // the selected passage at this moment (the live DOM selection)
  passage(): Passage | null;
  find(): void;
  findNext(direction: 1 | -1): void;
  replace(): void;
  // opens the node picker for a passage, or for the focused turn when there is none
  pickNodeFor(passage: Passage | null): void;
  codeTurn(index: number): void;
  codeInVivo(passage: Passage): void;
  codeAt(nodeId: number, passage: Passage): void;
  uncodeReferences(): void;
  pickUncodeFor(passage: Passage): void;
  // opens the editor of a new memo anchored to the passage
  memoOnPassage(passage: Passage): void;
  correctTurn(index: number): void;
  clear(): void;
  jump(direction: 1 | -1): void;
}

// Runs a command; returns whether it was handled (the key's default action is then prevented).
export function runCodingCommand(command: CodingCommand, target: CodingKeyTarget): boolean {
  if (command.kind === 'find') {
    target.find();
    return true;
  }
  if (command.kind === 'find-next') {
    target.findNext(command.direction);
    return true;
  }
  if (command.kind === 'replace') {
    target.replace();
    return true;
  }
  if (target.editing) return false;
  const passage = target.passage();
  switch (command.kind) {
    case 'code':
      target.pickNodeFor(passage);
      return true;
    case 'code-turn':
      target.codeTurn(target.focused);
      return true;
    case 'in-vivo':
      if (!passage || target.readOnly) return false;
      target.codeInVivo(passage);
      return true;
    case 'code-recent': {
      const nodeId = target.recent[command.slot];
      if (!passage || target.readOnly || nodeId === undefined) return false;
      target.codeAt(nodeId, passage);
      return true;
    }
    case 'uncode':
      if (target.readOnly) return false;
      if (target.hasReferences) target.uncodeReferences();
      else if (passage) target.pickUncodeFor(passage);
      return true;
    case 'memo':
      if (!passage || target.readOnly) return false;
      target.memoOnPassage(passage);
      return true;
    case 'correct-turn':
      if (target.readOnly) return false;
      target.correctTurn(target.focused);
      return true;
    case 'clear':
      if (!target.hasReferences && !target.hasHighlight && !passage) return false;
      target.clear();
      return true;
    case 'jump':
      target.jump(command.direction);
      return true;
  }
}
