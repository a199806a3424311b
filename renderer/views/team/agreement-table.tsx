// One agreement table as the screen shows it: a row for the whole comparison, then one per
// node and per source, blank figures with their reason on hover, and how each figure was
// computed written under it.
import type { AgreementTable } from '../../../shared/model/team.ts';
import type { FigureFormat } from '../../../shared/model/team.ts';
import { formatFigure } from '../../../shared/model/team.ts';
import { formatNumber } from '../../format.ts';

const KIND_LABEL = { overall: 'Overall', node: 'Nodes', source: 'Sources' } as const;

// A figure as the screen shows it: whole counts with thousands separators (exports keep plain digits).
function shownFigure(value: number | null, format: FigureFormat): string {
  if (format === 'count' && value !== null && Number.isInteger(value)) return formatNumber(value);
  return formatFigure(value, format);
}

// Renders a table with its explanation.
export function AgreementTableView({ table }: { table: AgreementTable }) {
  let lastKind: string | null = null;
  return (
    <figure className="team-agreement-table">
      <figcaption>{table.title}</figcaption>
      <div className="team-table-scroll">
        <table>
          <thead>
            <tr>
              <th scope="col">Compared</th>
              {table.columns.map((c) => (
                <th key={c.label} scope="col" className="num">
                  {c.label}
                </th>
              ))}
            </tr>
          </thead>
          <tbody>
            {table.rows.flatMap((row, r) => {
              const heading =
                row.kind !== lastKind && row.kind !== 'overall' ? (
                  <tr key={`h${r}`} className="team-row-group">
                    <th scope="rowgroup" colSpan={table.columns.length + 1}>
                      {KIND_LABEL[row.kind]}
                    </th>
                  </tr>
                ) : null;
              lastKind = row.kind;
              const line = (
                <tr key={r} className={row.kind === 'overall' ? 'team-row-overall' : undefined}>
                  <th scope="row">{row.label}</th>
                  {row.values.map((v, i) => (
                    <td key={i} className="num" title={row.reasons[i] ?? undefined}>
                      {shownFigure(v, table.columns[i]?.format ?? 'count')}
                    </td>
                  ))}
                </tr>
              );
              return heading ? [heading, line] : [line];
            })}
          </tbody>
        </table>
      </div>
      <p className="team-explanation">
        <strong>How each figure was computed.</strong> {table.explanation}
      </p>
    </figure>
  );
}
