// Local edits of stored values (a form over a node, a cell's summary) start again from the
// stored values whenever those change (after a save, an undo, another item chosen), and
// survive any other re-render. The reset happens while rendering, so the old values are
// never shown with the new item (React's "adjusting state when a prop changes").
import { useState } from 'react';

// Calls `reset` (which sets the calling component's state) when `storedKey` differs from the last render's.
export function useResetOnChange(storedKey: string, reset: () => void): void {
  const [seen, setSeen] = useState(storedKey);
  if (seen !== storedKey) {
    setSeen(storedKey);
    reset();
  }
}
