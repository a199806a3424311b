// Dragging a selected passage onto a node: the data carried by the drag.

// The drag data type of a passage (JSON: { sourceId, start, end } in code points).
export const PASSAGE_MIME = 'application/x-activity-lens-passage';

export interface DraggedPassage {
  sourceId: number;
  start: number;
  end: number;
}

// Reads a dragged passage from a drop's data, or null if it carries none.
export function readDraggedPassage(data: DataTransfer): DraggedPassage | null {
  const raw = data.getData(PASSAGE_MIME);
  if (!raw) return null;
  try {
    const value: unknown = JSON.parse(raw);
    if (typeof value !== 'object' || value === null) return null;
    const { sourceId, start, end } = value as Record<string, unknown>;
    if ([sourceId, start, end].every((n) => Number.isInteger(n)) && (end as number) > (start as number)) return { sourceId: sourceId as number, start: start as number, end: end as number };
  } catch {
    return null;
  }
  return null;
}

// Tells whether a drag carries a passage (while dragging, only the types can be read).
export function carriesPassage(data: DataTransfer): boolean {
  return Array.from(data.types).includes(PASSAGE_MIME);
}
