// Deliberate focus when the screen changes. After a switch by keyboard or menu (Ctrl+1..8)
// the new screen's main heading takes the focus, so a screen reader announces where the
// user is; after any other change of screen or opened source (a clicked row or result that
// is gone), the heading takes the focus if it fell to <body>.
import { useEffect, useRef, useState } from 'react';
import { focusMainHeading } from '../../components/focus-fallback.ts';

// Returns a function that moves the focus to the screen shown after the next render (also when the screen stays the same).
export function useScreenFocus(): () => void {
  const [request, setRequest] = useState(0);
  useEffect(() => {
    if (request > 0) focusMainHeading();
  }, [request]);
  return () => setRequest((n) => n + 1);
}

// Catches the focus that fell to <body> when what had it left with the screen (not on the first screen shown).
export function useFocusKeptOnScreenChange(screenKey: string): void {
  const first = useRef(true);
  useEffect(() => {
    if (first.current) {
      first.current = false;
      return;
    }
    const active = document.activeElement;
    if (active === null || active === document.body) focusMainHeading();
  }, [screenKey]);
}
