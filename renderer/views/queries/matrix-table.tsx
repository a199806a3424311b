// The matrix as a table: counts shaded by size; each cell is a button that lists its references.
import { gridMax, shadeLevel } from '../../../shared/analysis/matrix.ts';
import type { MatrixResult } from '../../../shared/model/queries.ts';
import { formatNumber } from '../../format.ts';

export type MatrixMeasure = 'references' | 'sources' | 'words';

const UNIT: Record<MatrixMeasure, [string, string]> = { references: ['reference', 'references'], sources: ['source', 'sources'], words: ['word coded', 'words coded'] };

export interface MatrixTableProps {
  result: MatrixResult;
  measure: MatrixMeasure;
  selected: { row: string; column: string } | null;
  onSelect(row: string, column: string): void;
}

// Shows the chosen count per row and column; the largest counts are shaded darkest.
export function MatrixTable({ result, measure, selected, onSelect }: MatrixTableProps) {
  const values = measure === 'sources' ? result.sources : measure === 'words' ? (result.words ?? result.references) : result.references;
  const max = gridMax(values);
  return (
    <div className="table-scroll queries-matrix-scroll">
      <table className="data-table queries-matrix" aria-label="Matrix">
        <thead>
          <tr>
            <th scope="col" className="queries-matrix-corner">
              {result.columnLabel}
            </th>
            {result.columns.map((c) => (
              <th key={c.key} scope="col">
                {c.label}
              </th>
            ))}
          </tr>
        </thead>
        <tbody>
          {result.rows.map((row, i) => (
            <tr key={row.key}>
              <th scope="row">{row.label}</th>
              {result.columns.map((col, j) => {
                const value = values[i]?.[j] ?? 0;
                const [one, many] = UNIT[measure];
                const isSelected = selected?.row === row.key && selected.column === col.key;
                return (
                  <td key={col.key} className={`num queries-shade-${shadeLevel(value, max)}`}>
                    <button
                      type="button"
                      className="queries-cell"
                      aria-pressed={isSelected}
                      aria-label={`${row.label}, ${col.label}: ${formatNumber(value)} ${value === 1 ? one : many}`}
                      data-row={row.key}
                      data-column={col.key}
                      onClick={() => onSelect(row.key, col.key)}
                    >
                      {formatNumber(value)}
                    </button>
                  </td>
                );
              })}
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
