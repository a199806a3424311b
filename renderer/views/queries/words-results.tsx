// What a word-use query found: the words with their counts (a word opens its uses), and
// every use of the chosen word in context, grouped by the speaker's role.
import type { WordContextLine, WordCount } from '../../../shared/model/queries.ts';
import { formatCount, formatNumber } from '../../format.ts';
import { openSource } from '../coding/open-source.ts';
import { KwicText, matchesSummary } from './kwic-line.tsx';

function byRole(lines: readonly WordContextLine[]): [string, WordContextLine[]][] {
  const groups = new Map<string, WordContextLine[]>();
  for (const l of lines) groups.set(l.role ?? 'no role', [...(groups.get(l.role ?? 'no role') ?? []), l]);
  return [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0]));
}

export interface WordTableProps {
  words: readonly WordCount[];
  // stems were counted (the forms are shown with each)
  stem: boolean;
  // the key of the word whose uses are shown
  chosen: string | null;
  onChoose(key: string): void;
}

// The words, commonest first, with their counts and the sources they occur in.
export function WordTable({ words, stem, chosen, onChoose }: WordTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table" aria-label="Word frequency">
        <thead>
          <tr>
            <th scope="col">{stem ? 'Word (forms)' : 'Word'}</th>
            <th scope="col" className="num">
              Count
            </th>
            <th scope="col" className="num">
              Sources
            </th>
          </tr>
        </thead>
        <tbody>
          {words.map((w) => (
            <tr key={w.key} className={chosen === w.key ? 'selected' : undefined}>
              <th scope="row">
                <button type="button" className="link-button" onClick={() => onChoose(w.key)}>
                  {w.display}
                </button>
                {stem && w.forms.length > 1 ? <span className="muted"> ({w.forms.slice(0, 6).join(', ')})</span> : null}
              </th>
              <td className="num">{formatNumber(w.count)}</td>
              <td className="num">{formatNumber(w.sources)}</td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}

export interface WordContextProps {
  // the word as shown
  display: string;
  context: { total: number; lines: readonly WordContextLine[] };
}

// Every use of one word, by role, each with a way into its source.
export function WordContext({ display, context }: WordContextProps) {
  return (
    <section className="queries-word-context" aria-label="Word in context">
      <h2 className="queries-result-title">
        “{display}” in context: {formatCount(context.total, 'use')}
        {context.lines.length < context.total ? <span className="muted"> · {formatCount(context.lines.length, 'line')} shown</span> : null}
      </h2>
      {byRole(context.lines).map(([role, lines]) => (
        <div key={role}>
          <h3>
            {role} <span className="muted">({matchesSummary(lines, 'use', 'uses')})</span>
          </h3>
          <ul className="queries-hits">
            {lines.map((l) => (
              <li key={`${l.sourceId}-${l.start}`} className="queries-hit-line">
                <KwicText line={l} />
                <button type="button" className="link-button" title={`${l.sourceName} · ${l.caseLabel ?? ''}`} onClick={() => openSource(l.sourceId, { start: l.start, end: l.end })}>
                  Open
                </button>
              </li>
            ))}
          </ul>
        </div>
      ))}
    </section>
  );
}
