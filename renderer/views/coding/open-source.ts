// Opening a source in the coding view from anywhere in the renderer.
//
//   import { openSource } from '../coding/open-source.ts';
//   openSource(sourceId);                          // open it at the top
//   openSource(sourceId, { start, end });          // open it scrolled to a passage, selected
//
// `start`/`end` are code points of the source text, end exclusive (as codings and query
// hits carry them). The frame (app-frame.tsx) listens through useOpenedSource, switches
// to the Sources screen and shows the coding view; the view scrolls the passage into the
// middle of the window and highlights it.
import { useCallback, useEffect, useRef, useState } from 'react';

export interface OpenSourceRequest {
  sourceId: number;
  // the passage to show and select, in code points of the source text
  range: { start: number; end: number } | null;
  // a new number for every request, so asking again for the same passage scrolls again
  nonce: number;
}

type Listener = (request: OpenSourceRequest) => void;

const listeners = new Set<Listener>();
let counter = 0;

// Asks the frame to open a source in the coding view, optionally at a passage.
export function openSource(sourceId: number, range?: { start: number; end: number } | null): void {
  counter += 1;
  const request: OpenSourceRequest = { sourceId, range: range ?? null, nonce: counter };
  for (const listener of [...listeners]) listener(request);
}

// Subscribes to open requests while mounted; returns nothing (the frame uses useOpenedSource).
export function useOpenSourceRequests(handler: Listener): void {
  const ref = useRef(handler);
  useEffect(() => {
    ref.current = handler;
  });
  useEffect(() => {
    const listener: Listener = (request) => ref.current(request);
    listeners.add(listener);
    return () => {
      listeners.delete(listener);
    };
  }, []);
}

export interface OpenedSource {
  // the source shown in the coding view, or null for the sources list
  opened: OpenSourceRequest | null;
  open(sourceId: number, range?: { start: number; end: number } | null): void;
  close(): void;
}

// The frame's state of which source the coding view shows; onRequest runs for every open request (to switch screens).
export function useOpenedSource(onRequest: () => void): OpenedSource {
  const [opened, setOpened] = useState<OpenSourceRequest | null>(null);
  const onRequestRef = useRef(onRequest);
  useEffect(() => {
    onRequestRef.current = onRequest;
  });
  useOpenSourceRequests((request) => {
    setOpened(request);
    onRequestRef.current();
  });
  const open = useCallback((sourceId: number, range?: { start: number; end: number } | null) => openSource(sourceId, range), []);
  const close = useCallback(() => setOpened(null), []);
  return { opened, open, close };
}
