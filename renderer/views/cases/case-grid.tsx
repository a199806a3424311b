// The Cases grid: one row per participant, one column per field and attribute, every
// cell editable in place; lists of the study's roles and of known organisations,
// projects, provider types and regions are offered while typing.
import type { CaseRecord } from '../../../shared/model/entities.ts';
import type { CaseGridOptions } from '../../../shared/model/import.ts';
import { CaseCell } from './case-cell.tsx';
import type { CaseMenu } from './case-menu.tsx';
import { cellValue, suggestionsFor } from './case-columns.ts';
import type { CaseColumn } from './case-columns.ts';

export interface CaseGridProps {
  cases: readonly CaseRecord[];
  columns: readonly CaseColumn[];
  options: CaseGridOptions | undefined;
  readOnly: boolean;
  onSave(record: CaseRecord, column: CaseColumn, value: string): Promise<boolean>;
  onDelete(record: CaseRecord): void;
  // the context menu of a row
  menu?: CaseMenu;
}

// Renders the grid with its suggestion lists.
export function CaseGrid({ cases, columns, options, readOnly, onSave, onDelete, menu }: CaseGridProps) {
  const lists = columns.filter((c) => suggestionsFor(c, options).length > 0);
  return (
    <div className="table-scroll">
      {lists.map((c) => (
        <datalist key={c.key} id={`cases-list-${c.key}`}>
          {suggestionsFor(c, options).map((v) => (
            <option key={v} value={v} />
          ))}
        </datalist>
      ))}
      <table className="data-table cases-grid" aria-label="Cases">
        <thead>
          <tr>
            {columns.map((c) => (
              <th key={c.key} scope="col" title={c.kind === 'organisation' || c.kind === 'partner' ? 'Belongs to the organisation: changing it changes it for every case of that organisation.' : undefined}>
                {c.label}
              </th>
            ))}
            <th scope="col">
              <span className="visually-hidden">Actions</span>
            </th>
          </tr>
        </thead>
        <tbody>
          {cases.map((record) => (
            <tr key={record.id} data-case-id={record.id} {...menu?.menuProps(record)}>
              {columns.map((c) => (
                <td key={c.key}>
                  <CaseCell
                    column={c}
                    rowLabel={record.label}
                    value={cellValue(record, c)}
                    listId={suggestionsFor(c, options).length > 0 ? `cases-list-${c.key}` : null}
                    disabled={readOnly}
                    onSave={(value) => onSave(record, c, value)}
                  />
                </td>
              ))}
              <td className="cases-actions">
                <button type="button" className="small" disabled={readOnly} onClick={() => onDelete(record)} aria-label={`Delete ${record.label}`}>
                  Delete
                </button>
                {menu ? (
                  <button type="button" className="small" aria-haspopup="menu" aria-label={`More actions for ${record.label}`} title="More actions (or right-click the row)" onClick={(e) => menu.openBelow(e.currentTarget, record)}>
                    ⋯
                  </button>
                ) : null}
              </td>
            </tr>
          ))}
        </tbody>
      </table>
    </div>
  );
}
