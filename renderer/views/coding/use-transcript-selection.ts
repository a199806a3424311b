// Following the DOM selection in the transcript for what the view shows (the selection bar,
// the memo's passage): selectionchange fires many times while the mouse drags, so the range
// is read at most once a frame. Commands never rely on it; they read the live selection
// (TranscriptHandle.readSelection) at the moment they run.
import { useEffect } from 'react';
import type { RefObject } from 'react';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { transcriptSelection } from './dom-selection.ts';
import type { CodePointRange } from './dom-selection.ts';

// Reports the transcript's selection (in code points) once a frame while it changes.
export function useTranscriptSelection(content: RefObject<HTMLElement | null>, index: OffsetIndex, onSelection: (range: CodePointRange | null) => void): void {
  useEffect(() => {
    let frame = 0;
    const onChange = () => {
      if (frame) return;
      frame = requestAnimationFrame(() => {
        frame = 0;
        const root = content.current;
        const range = root ? transcriptSelection(root, document.getSelection(), index) : undefined;
        if (range !== undefined) onSelection(range);
      });
    };
    document.addEventListener('selectionchange', onChange);
    return () => {
      document.removeEventListener('selectionchange', onChange);
      if (frame) cancelAnimationFrame(frame);
    };
  }, [content, index, onSelection]);
}
