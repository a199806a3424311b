// The handle at the right edge of a column header that resizes the column: drag it with
// the mouse, or focus it and use Left/Right (16 px a press); Home or a double click puts the
// column back to its usual width.
import { useRef } from 'react';
import type { KeyboardEvent, PointerEvent } from 'react';
import { COLUMN_MAX_WIDTH, COLUMN_MIN_WIDTH } from '../hooks/use-column-widths.ts';

export interface ColumnResizerProps {
  // the column's name, e.g. "Name"
  column: string;
  width: number;
  // a new width, or null for the usual one
  onResize(width: number | null): void;
}

const STEP = 16;

// The width a drag gives: the start width moved by how far the pointer went, within the limits.
export function dragWidth(startWidth: number, startX: number, x: number): number {
  return Math.round(Math.min(COLUMN_MAX_WIDTH, Math.max(COLUMN_MIN_WIDTH, startWidth + x - startX)));
}

// The separator element with its pointer and keyboard handling.
export function ColumnResizer({ column, width, onResize }: ColumnResizerProps) {
  const drag = useRef<{ x: number; width: number } | null>(null);

  function onPointerDown(event: PointerEvent<HTMLDivElement>) {
    if (event.button !== 0) return;
    event.preventDefault();
    event.stopPropagation();
    event.currentTarget.setPointerCapture(event.pointerId);
    event.currentTarget.focus();
    drag.current = { x: event.clientX, width };
  }

  function onPointerMove(event: PointerEvent<HTMLDivElement>) {
    const start = drag.current;
    if (start) onResize(dragWidth(start.width, start.x, event.clientX));
  }

  function onPointerUp(event: PointerEvent<HTMLDivElement>) {
    drag.current = null;
    if (event.currentTarget.hasPointerCapture(event.pointerId)) event.currentTarget.releasePointerCapture(event.pointerId);
  }

  function onKeyDown(event: KeyboardEvent<HTMLDivElement>) {
    const moves: Record<string, number> = { ArrowRight: STEP, ArrowLeft: -STEP };
    if (event.key === 'Home') onResize(null);
    else if (moves[event.key] !== undefined) onResize(dragWidth(width, 0, moves[event.key] ?? 0));
    else return;
    event.preventDefault();
    event.stopPropagation();
  }

  return (
    <div
      role="separator"
      aria-orientation="vertical"
      aria-label={`Resize the ${column} column`}
      aria-valuenow={width}
      aria-valuemin={COLUMN_MIN_WIDTH}
      aria-valuemax={COLUMN_MAX_WIDTH}
      title={`Resize the ${column} column: drag, or use the arrow keys; double-click for the usual width`}
      tabIndex={0}
      className="column-resizer"
      onPointerDown={onPointerDown}
      onPointerMove={onPointerMove}
      onPointerUp={onPointerUp}
      onPointerCancel={onPointerUp}
      onClick={(event) => event.stopPropagation()}
      onDoubleClick={() => onResize(null)}
      onKeyDown={onKeyDown}
    />
  );
}
