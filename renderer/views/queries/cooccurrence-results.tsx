// What a co-occurrence query found: the pairs with their counts (a count opens the pair's
// passages), and the passages of the chosen pair, each with a way into its source.
import type { CooccurrenceInstance, CooccurrenceMode, CooccurrencePair } from '../../../shared/model/queries.ts';
import { formatCount } from '../../format.ts';
import { openSource } from '../coding/open-source.ts';

export interface PairsTableProps {
  pairs: readonly CooccurrencePair[];
  // the label of each item key
  label: ReadonlyMap<string, string>;
  mode: CooccurrenceMode;
  // the key ("a|b") of the pair shown, or null
  chosen: string | null;
  onChoose(pair: CooccurrencePair, key: string): void;
}

// The co-occurring pairs.
export function PairsTable({ pairs, label, mode, chosen, onChoose }: PairsTableProps) {
  return (
    <div className="table-scroll">
      <table className="data-table" aria-label="Co-occurring pairs">
        <thead>
          <tr>
            <th scope="col">Node</th>
            <th scope="col">with</th>
            <th scope="col" className="num">
              {mode === 'overlap' ? 'Overlapping passages' : 'Shared turns'}
            </th>
            <th scope="col" className="num">
              Sources
            </th>
          </tr>
        </thead>
        <tbody>
          {pairs.map((p) => {
            const key = `${p.a}|${p.b}`;
            return (
              <tr key={key} className={chosen === key ? 'selected' : undefined}>
                <th scope="row">{label.get(p.a)}</th>
                <td>{label.get(p.b)}</td>
                <td className="num">
                  <button type="button" className="link-button" aria-label={`Show the ${p.count} passages of ${label.get(p.a) ?? ''} with ${label.get(p.b) ?? ''}`} onClick={() => onChoose(p, key)}>
                    {p.count}
                  </button>
                </td>
                <td className="num">{p.sources}</td>
              </tr>
            );
          })}
        </tbody>
      </table>
    </div>
  );
}

// The passages where the chosen pair is coded together.
export function PairPassages({ detail }: { detail: { total: number; instances: readonly CooccurrenceInstance[] } }) {
  return (
    <section aria-label="Co-occurring passages">
      <h2 className="queries-result-title">{formatCount(detail.total, 'passage')}</h2>
      <ol className="queries-reference-list">
        {detail.instances.map((inst) => (
          <li key={`${inst.codingA.id}-${inst.codingB.id}-${inst.start}`} className="queries-reference">
            <div className="queries-reference-head">
              <span className="queries-reference-source">{inst.sourceName}</span>
              <span className="muted">{inst.caseLabel ?? 'no case'}</span>
              <span className="queries-reference-node">
                {inst.codingA.nodePath} + {inst.codingB.nodePath}
              </span>
            </div>
            <blockquote className="queries-reference-text">{inst.text}</blockquote>
            <button type="button" className="link-button" onClick={() => openSource(inst.sourceId, { start: inst.start, end: inst.end })}>
              Open in source
            </button>
          </li>
        ))}
      </ol>
    </section>
  );
}
