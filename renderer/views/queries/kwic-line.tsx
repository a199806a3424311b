// One keyword-in-context line: the words before, the match highlighted, the words after.
import type { KwicLine } from '../../../shared/model/queries.ts';
import { formatCount } from '../../format.ts';

// Renders a KWIC line in two halves that meet at the first match, so the matches of a list line up
// in one column: the words before right-aligned (cut at the left), then the match, any later matches
// of the same passage (each marked) and the words after.
export function KwicText({ line }: { line: Pick<KwicLine, 'left' | 'match' | 'right'> & Pick<KwicLine, 'also'> }) {
  return (
    <span className="queries-kwic">
      <span className="queries-kwic-left">
        <span>{line.left}</span>
      </span>
      <span className="queries-kwic-right">
        {line.match ? <mark>{line.match}</mark> : null}
        {line.also.map((m, i) => (
          <span key={i}>
            {m.gap}
            <mark>{m.match}</mark>
          </span>
        ))}
        {line.right}
      </span>
    </span>
  );
}

// "3 matches in 2 lines" (or "3 matches" when every match has its own line), for a list of KWIC lines.
export function matchesSummary(lines: readonly Pick<KwicLine, 'matches'>[], noun = 'match', plural = 'matches'): string {
  const matches = lines.reduce((n, l) => n + l.matches, 0);
  return `${formatCount(matches, noun, plural)}${lines.length < matches ? ` in ${formatCount(lines.length, 'line')}` : ''}`;
}
