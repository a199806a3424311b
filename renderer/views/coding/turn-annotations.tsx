// The markers of the memos on passages that start in one turn, in the turn's margin: the
// memo's title; the pointer or the focus on a marker lights up its passage, a click or
// Enter opens the memo. They are in the Tab order of the focused turn only (after it).
import { useContext } from 'react';
import { AnnotationsContext } from './annotations-context.ts';
import type { Annotation } from './annotations-context.ts';
import './annotations.css';

// How many characters of the passage a marker's name quotes.
const NAME_WORDS = 60;

// The accessible name of a marker: the memo's title and the words it is on.
export function annotationName(a: Annotation): string {
  const words = a.excerpt.replace(/\s+/g, ' ').trim();
  const quoted = words.length > NAME_WORDS ? `${words.slice(0, NAME_WORDS).trimEnd()}…` : words;
  return `Memo ${a.title || 'without a title'}, on “${quoted}”`;
}

export interface TurnAnnotationsProps {
  turn: number;
  // the turn has the focus (its markers are then in the Tab order)
  focused: boolean;
}

// The turn's memo markers, or nothing when no memo starts in it.
export function TurnAnnotations({ turn, focused }: TurnAnnotationsProps) {
  const { byTurn, active, setActive, open } = useContext(AnnotationsContext);
  const here = byTurn.get(turn);
  if (!here || here.length === 0) return null;
  return (
    <ul className="coding-annotations" aria-label="Memos on passages">
      {here.map((a) => (
        <li key={a.memoId}>
          <button
            type="button"
            className={active === a.memoId ? 'coding-annotation coding-annotation-active' : 'coding-annotation'}
            tabIndex={focused ? 0 : -1}
            aria-label={annotationName(a)}
            title={`${a.title}: “${a.excerpt}” (click or Enter opens the memo)`}
            data-memo-id={a.memoId}
            onMouseEnter={() => setActive(a.memoId)}
            onMouseLeave={() => setActive(null)}
            onFocus={() => setActive(a.memoId)}
            onBlur={() => setActive(null)}
            onClick={() => open(a.memoId)}
          >
            <span aria-hidden="true">✎ </span>
            {a.title || 'Memo'}
          </button>
        </li>
      ))}
    </ul>
  );
}
