// A vertical splitter between two panes: drag it with the mouse, or focus it and use the
// arrow keys (Shift for bigger steps), Home and End; a double click puts the pane back to
// its usual width. It reports the width of the pane it sizes, in CSS pixels.
import { useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';

export interface SplitterProps {
  // what the splitter resizes, e.g. "Resize the Details panel"
  label: string;
  // the width of the pane it sizes, and its limits and usual width
  width: number;
  min: number;
  max: number;
  usual: number;
  // the pane is on the left of the splitter (dragging right widens it) or on its right
  pane: 'left' | 'right';
  onResize(width: number): void;
  className?: string;
}

const STEP = 16;
const BIG_STEP = 64;

const clamp = (value: number, min: number, max: number) => Math.round(Math.min(max, Math.max(min, value)));

// The separator element with its pointer and keyboard handling.
export function Splitter({ label, width, min, max, usual, pane, onResize, className }: SplitterProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);
  const sign = pane === 'left' ? 1 : -1;

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    event.preventDefault();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { x: event.clientX, width };
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const start = drag.current;
    if (!start) return;
    onResize(clamp(start.width + sign * (event.clientX - start.x), min, max));
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const step = event.shiftKey ? BIG_STEP : STEP;
    const keys: Record<string, number> = { ArrowRight: width + sign * step, ArrowLeft: width - sign * step, Home: min, End: max };
    const next = keys[event.key];
    if (next === undefined) return;
    event.preventDefault();
    event.stopPropagation();
    onResize(clamp(next, min, max));
  }

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={label}
      aria-valuenow={width}
      aria-valuemin={min}
      aria-valuemax={max}
      title={`${label}: drag, or use the arrow keys; double-click for the usual width`}
      tabIndex={0}
      className={className ? `splitter ${className}` : 'splitter'}
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onDoubleClick={() => onResize(usual)}
      onKeyDown={onKeyDown}
    />
  );
}
