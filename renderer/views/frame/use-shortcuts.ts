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

function digitOf(e: KeyboardEvent): number | null {
  const match = /^(?:Digit|Numpad)([1-9])$/.exec(e.code) ?? /^([1-9])$/.exec(e.key);
  return match?.[1] ? Number(match[1]) : null;
}

// Listens for the frame's shortcuts on the window while mounted.
export function useShortcuts(handlers: ShortcutHandlers): void {
  const ref = useRef(handlers);
  useEffect(() => {
    ref.current = handlers;
  });
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || e.altKey || !(e.ctrlKey || e.metaKey)) return;
      if (document.querySelector('dialog[open]')) return;
      const digit = digitOf(e);
      if (digit !== null && digit <= 8 && !e.shiftKey) {
        e.preventDefault();
        ref.current.navigate(digit - 1);
        return;
      }
      if (isTextEntry(e.target)) return;
      const key = e.key.toLowerCase();
      if (key === 'z' && !e.shiftKey) {
        e.preventDefault();
        ref.current.undo();
      } else if ((key === 'z' && e.shiftKey) || (key === 'y' && !e.shiftKey)) {
        e.preventDefault();
        ref.current.redo();
      }
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
