// Window-wide keyboard shortcuts of the frame: Ctrl+1..8 screens, Ctrl+Z / Ctrl+Shift+Z / Ctrl+Y undo and redo.
import { useEffect, useRef } from 'react';

export interface ShortcutHandlers {
  navigate(index: number): void;
  undo(): void;
  redo(): void;
}

const NON_TEXT_INPUTS = new Set(['checkbox', 'radio', 'button', 'submit', 'reset', 'file', 'range', 'color', 'image']);

// Tells whether an element takes typed text, where Ctrl+Z belongs to the field itself.
export function isTextEntry(target: EventTarget | null): boolean {
  if (target instanceof HTMLTextAreaElement) return true;
  if (target instanceof HTMLInputElement) return !NON_TEXT_INPUTS.has(target.type);
  return target instanceof HTMLElement && target.isContentEditable;
}

function digitOf(e: Pick<KeyboardEvent, 'key' | 'code'>): number | null {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(e.code) ?? /^([1-9])$/.exec(e.key);
  return match?.[1] ? Number(match[1]) : null;
}

// A frame shortcut: a screen by its place in the navigator (0-based), undo or redo.
export type FrameShortcut = { kind: 'navigate'; index: number } | { kind: 'undo' } | { kind: 'redo' };

// The frame shortcut a key press asks for, or null; `inText` says the focus takes typed text (Ctrl+Z then belongs to the field).
export function frameShortcutForKey(e: Pick<KeyboardEvent, 'key' | 'code' | 'ctrlKey' | 'metaKey' | 'altKey' | 'shiftKey'>, inText: boolean): FrameShortcut | null {
  if (e.altKey || !(e.ctrlKey || e.metaKey)) return null;
  const digit = digitOf(e);
  if (digit !== null && digit <= 8 && !e.shiftKey) return { kind: 'navigate', index: digit - 1 };
  if (inText) return null;
  const key = e.key.toLowerCase();
  if (key === 'z' && !e.shiftKey) return { kind: 'undo' };
  if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) return { kind: 'redo' };
  return null;
}

// Listens for the frame's shortcuts on the window while mounted.
export function useShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented) return;
      if (document.querySelector('dialog[open]')) return;
      const shortcut = frameShortcutForKey(e, isTextEntry(e.target));
      if (!shortcut) return;
      e.preventDefault();
      if (shortcut.kind === 'navigate') ref.current.navigate(shortcut.index);
      else if (shortcut.kind === 'undo') ref.current.undo();
      else ref.current.redo();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
