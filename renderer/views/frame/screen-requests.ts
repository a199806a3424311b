// Asking the frame for another screen from anywhere in the renderer (a context menu's
// "Show in node view" or "Open in the codebook"), as openSource() asks for the coding view.
import { useEffect, useRef } from 'react';
import type { ScreenId } from './screens.ts';

type Listener = (screen: ScreenId) => void;

const listeners = new Set<Listener>();

// Asks the frame to show a screen.
export function requestScreen(screen: ScreenId): void {
  for (const listener of [...listeners]) listener(screen);
}

// Subscribes to screen requests while mounted (the frame).
export function useScreenRequests(handler: Listener): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    const listener: Listener = (screen) => ref.current(screen);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}
