// Every keyboard shortcut of the app, for the "?" list: read from the key maps themselves
// (the frame's, the coding view's with the user's single keys, the transcript caret's and
// the context menus'), by asking each which command a key press gives. A key added to a
// map appears here without being written twice; a new command needs its words below.
import { isContextMenuKey } from '../../hooks/use-context-menu.tsx';
import { caretMoveForKey } from '../coding/caret-moves.ts';
import type { CaretMove } from '../coding/caret-moves.ts';
import { commandForKey } from '../coding/coding-keys.ts';
import type { CodingCommand, KeyPlace, KeyPress } from '../coding/coding-keys.ts';
import type { SingleKeyPrefs } from '../coding/single-key-prefs.ts';
import { SCREENS } from './screens.ts';
import { isShortcutListKey } from './shortcut-list-key.ts';
import { frameShortcutForKey } from './use-shortcuts.ts';
import type { FrameShortcut } from './use-shortcuts.ts';

export interface ShortcutRow {
  keys: string;
  does: string;
}

export interface ShortcutGroup {
  title: string;
  // said under the title (single keys turned off)
  note?: string;
  rows: ShortcutRow[];
}

const LETTERS = 'abcdefghijklmnopqrstuvwxyz'.split('');
const CANDIDATE_KEYS = [...LETTERS, ...'123456789'.split(''), '[', ']', '?', 'Escape', 'Enter', 'Delete', 'ContextMenu', ...Array.from({ length: 12 }, (_, i) => `F${i + 1}`)];
const CARET_KEYS = ['ArrowRight', 'ArrowLeft', 'ArrowDown', 'ArrowUp', 'End', 'Home'];
const MODIFIERS = [
  { ctrlKey: false, shiftKey: false },
  { ctrlKey: true, shiftKey: false },
  { ctrlKey: false, shiftKey: true },
  { ctrlKey: true, shiftKey: true },
];
const KEY_NAMES: Readonly<Record<string, string>> = { ArrowRight: '→', ArrowLeft: '←', ArrowDown: '↓', ArrowUp: '↑', Escape: 'Esc', Delete: 'Del' };

// Every press of the candidate keys with and without Ctrl and Shift.
function presses(keys: readonly string[]): KeyPress[] {
  // Shift with a character types another character (C, ?), so only Ctrl+Shift is tried with one
  return keys.flatMap((key) =>
    MODIFIERS.filter((m) => key.length > 1 || !m.shiftKey || m.ctrlKey).map((m) => ({ key: m.shiftKey && key.length === 1 ? key.toUpperCase() : key, altKey: false, metaKey: false, ...m })),
  );
}

// How a key press is written: "Ctrl+Shift+Z", "Shift+F3", "C".
export function keyLabel(press: KeyPress): string {
  const name = KEY_NAMES[press.key] ?? (press.key.length === 1 ? press.key.toUpperCase() : press.key);
  const shift = press.shiftKey && !(press.key.length === 1 && !/[a-z]/i.test(press.key));
  return `${press.ctrlKey ? 'Ctrl+' : ''}${shift ? 'Shift+' : ''}${name}`;
}

const CODING_WORDS: { [K in CodingCommand['kind']]: (command: Extract<CodingCommand, { kind: K }>) => string } = {
  find: () => 'Open the find bar',
  'find-next': (c) => (c.direction === 1 ? 'Next match of the find bar' : 'Previous match of the find bar'),
  replace: () => 'Find and replace',
  code: () => 'Code the selection (or the focused turn) at a node you pick by typing',
  'code-turn': () => 'Code the focused turn',
  'in-vivo': () => 'Code the selection in vivo (a new node named by its words)',
  'code-recent': () => 'Code the selection at the 1st to 9th recently used node',
  uncode: () => 'Uncode: the references chosen from a stripe, or the selection at a node you pick',
  memo: () => 'A new memo on the selected passage (shown in the margin)',
  'correct-turn': () => 'Correct the focused turn',
  clear: () => 'Clear the selection, the chosen references and the highlight',
  jump: (c) => (c.direction === 1 ? 'Next reference of the highlighted node' : 'Previous reference of the highlighted node'),
};

// The words for a coding command.
function codingWords(command: CodingCommand): string {
  const words: (c: CodingCommand) => string = CODING_WORDS[command.kind] as (c: CodingCommand) => string;
  return words(command);
}

// The words for a frame shortcut.
function frameWords(shortcut: FrameShortcut): string {
  if (shortcut.kind === 'navigate') return `Go to ${SCREENS[shortcut.index]?.label ?? 'a screen'}`;
  return shortcut.kind === 'undo' ? 'Undo' : 'Redo';
}

const UNIT_WORDS: Readonly<Record<CaretMove['unit'], [string, string]>> = {
  character: ['Next character', 'Previous character'],
  word: ['Next word', 'Previous word'],
  line: ['Next line', 'Previous line'],
  'line-edge': ['End of the line', 'Start of the line'],
  'turn-edge': ['End of the turn', 'Start of the turn'],
  turn: ['Next turn', 'Previous turn'],
};

// Rows of one map: each press that gives a command, the presses with the same words on one row ("1 2 … 9" as "1–9").
function rowsOf(found: readonly { press: KeyPress; does: string }[]): ShortcutRow[] {
  const byWords = new Map<string, string[]>();
  for (const { press, does } of found) byWords.set(does, [...(byWords.get(does) ?? []), keyLabel(press)]);
  return [...byWords].map(([does, keys]) => ({ does, keys: [...new Set(keys)].join(', ').replace('1, 2, 3, 4, 5, 6, 7, 8, 9', '1–9') }));
}

// Coding-view rows for the presses that give a command in one place and not in the places before.
function codingRows(place: KeyPlace, prefs: SingleKeyPrefs, before: readonly KeyPlace[]): ShortcutRow[] {
  const found = presses(CANDIDATE_KEYS).flatMap((press) => {
    const command = commandForKey(press, place, prefs);
    if (!command || before.some((p) => commandForKey(press, p, prefs) !== null)) return [];
    return [{ press, does: codingWords(command) }];
  });
  return rowsOf(found);
}

// The groups of the "?" list, with the user's single keys (turned off, or C and V remapped).
export function shortcutGroups(prefs: SingleKeyPrefs): ShortcutGroup[] {
  const frame = presses(CANDIDATE_KEYS).flatMap((press) => {
    const shortcut = frameShortcutForKey({ ...press, code: '' }, false);
    return shortcut ? [{ press, does: frameWords(shortcut) }] : [];
  });
  const general = presses(CANDIDATE_KEYS).flatMap((press) => {
    if (isShortcutListKey(press)) return [{ press, does: 'This list of shortcuts (when not typing)' }];
    // the menu key alone, or Shift+F10 (other modifiers change nothing)
    const plainMenuKey = !press.ctrlKey && (press.key !== 'ContextMenu' || !press.shiftKey);
    return plainMenuKey && isContextMenuKey(press) ? [{ press, does: 'The context menu of what has the focus (arrows, Enter, Esc inside it)' }] : [];
  });
  const caret = presses(CARET_KEYS).flatMap((press) => {
    const move = caretMoveForKey(press);
    if (!move) return [];
    const [forward, back] = UNIT_WORDS[move.unit];
    return [{ press, does: `${move.extend ? 'Select to: ' : ''}${move.direction === 1 ? forward : back}` }];
  });
  const singles = codingRows('transcript', prefs, ['text-field', 'elsewhere']);
  return [
    { title: 'Anywhere', rows: [...rowsOf(frame), ...rowsOf(general)] },
    { title: 'Coding view', rows: [...codingRows('text-field', prefs, []), ...codingRows('elsewhere', prefs, ['text-field'])] },
    {
      title: 'Transcript (while it has the focus)',
      ...(prefs.enabled ? {} : { note: 'Keys of one character are turned off (File > Keyboard shortcuts…).' }),
      rows: [...singles, ...rowsOf(caret)],
    },
  ];
}
