// One keyword-in-context line: the words before, the match highlighted, the words after.
import type { KwicLine } from '../../../shared/model/queries.ts';
import { formatCount } from '../../format.ts';

// The words before a match with their last spaces made no-break: in the right-to-left box
// that cuts the left half, plain spaces at the end of a line would move to its far side
// (Unicode bidi rule L1) and the keyword would touch the word before it.
function keepTrailingSpace(left: string): string {
  return left.replace(/ +$/, (spaces) => '\u00a0'.repeat(spaces.length));
}

// Renders a KWIC line in two halves that meet at the first match, so the matches of a list line up
// in one column: the words before right-aligned (cut at the left), then the match, any later matches
// of the same passage (each marked) and the words after.
export function KwicText({ line }: { line: Pick<KwicLine, 'left' | 'match' | 'right'> & Pick<KwicLine, 'also'> }) {
  return (
    <span className="queries-kwic">
      <span className="queries-kwic-left">
        <span>{keepTrailingSpace(line.left)}</span>
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
