// Binds the coding view's keys (coding-keys.ts) to the window while the view is mounted,
// outside dialogs; every key press reads the view's state as it is at that moment, and
// where it was pressed: the transcript is the element marked data-coding-keys="transcript".
import { useEffect, useEffectEvent } from 'react';
import { isTextEntry } from '../frame/use-shortcuts.ts';
import { commandForKey, runCodingCommand } from './coding-keys.ts';
import type { CodingKeyTarget, KeyPlace } from './coding-keys.ts';
import { currentSingleKeyPrefs } from './single-key-prefs.ts';

// Where a key press happened, for the key map.
function placeOf(target: EventTarget | null): KeyPlace {
  if (isTextEntry(target)) return 'text-field';
  return target instanceof Element && target.closest('[data-coding-keys="transcript"]') ? 'transcript' : 'elsewhere';
}

// Listens for the coding view's keys and runs their commands on `target`.
export function useCodingKeys(target: CodingKeyTarget): void {
  const onKeyDown = useEffectEvent((e: KeyboardEvent) => {
    if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
    const command = commandForKey(e, placeOf(e.target), currentSingleKeyPrefs());
    if (command && runCodingCommand(command, target)) e.preventDefault();
  });
  useEffect(() => {
    const listener = (e: KeyboardEvent) => onKeyDown(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);
}
