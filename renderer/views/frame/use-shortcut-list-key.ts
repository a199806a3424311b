// "?" anywhere in an open project (not while typing, not over a dialog) shows the shortcut list.
import { useEffect, useRef } from 'react';
import { isShortcutListKey } from './shortcut-list-key.ts';
import { isTextEntry } from './use-shortcuts.ts';

// Listens for "?" on the window while mounted.
export function useShortcutListKey(open: () => void): void {
  const ref = useRef(open);
  useEffect(() => {
    ref.current = open;
  });
  useEffect(() => {
    function onKeyDown(e: KeyboardEvent) {
      if (e.defaultPrevented || !isShortcutListKey(e) || isTextEntry(e.target) || document.querySelector('dialog[open]')) return;
      e.preventDefault();
      ref.current();
    }
    window.addEventListener('keydown', onKeyDown);
    return () => window.removeEventListener('keydown', onKeyDown);
  }, []);
}
