// The key that shows the list of shortcuts: "?" (Shift and the key it is on), not while typing.
import type { KeyPress } from '../coding/coding-keys.ts';

// Whether a key press asks for the list of shortcuts.
export function isShortcutListKey(press: KeyPress): boolean {
  return press.key === '?' && !press.ctrlKey && !press.metaKey && !press.altKey;
}
