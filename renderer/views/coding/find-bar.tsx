// The find bar above the transcript (Ctrl+F): the text to find, "3 of 12", previous and
// next (Shift+Enter and Enter in the field, Shift+F3 and F3 anywhere in the view), match
// case and whole words, the way to find and replace (Ctrl+H), and Escape to close it and go
// back to the transcript.
import { useEffect, useRef } from 'react';
import { matchCountText } from './find-matches.ts';
import type { FindBarState } from './use-find-bar.ts';

export interface FindBarProps {
  bar: FindBarState;
  onReplace(): void;
}

// The inline find bar of the coding view.
export function FindBar({ bar, onReplace }: FindBarProps) {
  const input = useRef<HTMLInputElement>(null);
  useEffect(() => {
    input.current?.focus();
    input.current?.select();
  }, [bar.focusRequest]);
  const count = matchCountText(bar.current, bar.matches.length, bar.query);
  const none = bar.matches.length === 0;
  return (
    <div className="coding-find-bar" role="search" aria-label="Find in this source">
      <input
        ref={input}
        type="text"
        className="coding-find-input"
        aria-label="Find in this source"
        placeholder="Find in this source"
        value={bar.query}
        onChange={(e) => bar.setQuery(e.target.value)}
        onKeyDown={(e) => {
          if (e.key === 'Enter') {
            e.preventDefault();
            bar.step(e.shiftKey ? -1 : 1);
          } else if (e.key === 'Escape') {
            e.preventDefault();
            bar.close();
          }
        }}
      />
      <span className="coding-find-count" role="status">
        {count}
      </span>
      <button type="button" className="small" onClick={() => bar.step(-1)} disabled={none} aria-label="Previous match" title="Previous match (Shift+Enter, Shift+F3)" aria-keyshortcuts="Shift+Enter Shift+F3">
        ↑
      </button>
      <button type="button" className="small" onClick={() => bar.step(1)} disabled={none} aria-label="Next match" title="Next match (Enter, F3)" aria-keyshortcuts="Enter F3">
        ↓
      </button>
      <label className="radio">
        <input type="checkbox" checked={bar.options.matchCase} onChange={(e) => bar.setOptions({ ...bar.options, matchCase: e.target.checked })} /> Match case
      </label>
      <label className="radio">
        <input type="checkbox" checked={bar.options.wholeWord} onChange={(e) => bar.setOptions({ ...bar.options, wholeWord: e.target.checked })} /> Whole words
      </label>
      <button type="button" className="small" onClick={onReplace} aria-keyshortcuts="Control+H" title="Find and replace, here or in every source (Ctrl+H)">
        Replace…
      </button>
      <button type="button" className="small" onClick={bar.close} aria-label="Close find" title="Close (Esc)">
        ✕
      </button>
    </div>
  );
}
