// Undo and redo from anywhere in the frame (Ctrl+Z / Ctrl+Shift+Z, or the native menu):
// in a text field the menu's command edits the field; otherwise the project's last action
// is undone or redone, and the notice names it.
import { useRef } from 'react';
import { announceChange, call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import type { Notice } from './notice-bar.tsx';
import { isTextEntry } from './use-shortcuts.ts';

export type UndoVia = 'key' | 'menu';

// Asks the host to undo or redo, telling the outcome through `notify`.
async function undoOrRedo(redo: boolean, notify: (notice: Notice) => void): Promise<void> {
  try {
    // ask first, so the message names what is undone (the status bar's copy may lag)
    const before = await call('undo.state', {});
    if (!(redo ? before.canRedo : before.canUndo)) {
      notify({ kind: 'info', text: redo ? 'Nothing to redo.' : 'Nothing to undo.' });
      return;
    }
    await call(redo ? 'undo.redo' : 'undo.undo', {});
    announceChange(redo ? 'redo' : 'undo');
    notify({ kind: 'info', text: redo ? `Redone: ${before.redoLabel ?? 'last change'}.` : `Undone: ${before.undoLabel ?? 'last change'}.` });
  } catch (e) {
    notify({ kind: 'error', text: toApiCallError(e).message });
  }
}

// The frame's undo/redo: `undoRedo(redo, via)`.
export function useUndoRedo(readOnly: boolean, notify: (notice: Notice) => void): (redo: boolean, via: UndoVia) => void {
  const lastUndo = useRef<{ redo: boolean; via: UndoVia; at: number } | null>(null);
  return (redo, via) => {
    // one keystroke may arrive both as a key event and as a native-menu command
    const now = performance.now();
    const last = lastUndo.current;
    if (last && last.redo === redo && last.via !== via && now - last.at < 250) return;
    lastUndo.current = { redo, via, at: now };
    if (via === 'menu' && isTextEntry(document.activeElement)) {
      document.execCommand(redo ? 'redo' : 'undo');
      return;
    }
    if (readOnly) {
      notify({ kind: 'error', text: 'This project is open read-only, so there is nothing to undo or redo.' });
      return;
    }
    void undoOrRedo(redo, notify);
  };
}
