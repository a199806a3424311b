// One keyword-in-context line: the words before, the match highlighted, the words after.
import type { KwicLine } from '../../../shared/model/queries.ts';

// Renders a KWIC line on one row, the match in a <mark>.
export function KwicText({ line }: { line: Pick<KwicLine, 'left' | 'match' | 'right'> }) {
  return (
    <span className="queries-kwic">
      <span className="queries-kwic-left">{line.left}</span>
      {line.match ? <mark>{line.match}</mark> : null}
      <span className="queries-kwic-right">{line.right}</span>
    </span>
  );
}
