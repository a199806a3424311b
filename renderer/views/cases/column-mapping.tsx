// Saying what each column of a case table is: which column names the case, and for every
// other one a case field, an attribute of its own name, or left out.
import { CASE_FIELD_LABELS, CASE_FIELDS } from '../../../shared/model/import.ts';
import type { ColumnTarget, ReadCaseTable } from '../../../shared/model/import.ts';

function targetValue(t: ColumnTarget): string {
  return t.kind === 'field' ? `field:${t.field}` : t.kind;
}

function targetFrom(value: string, column: string): ColumnTarget {
  if (value.startsWith('field:')) {
    const field = CASE_FIELDS.find((f) => `field:${f}` === value);
    if (field) return { kind: 'field', field };
  }
  if (value === 'attribute') return { kind: 'attribute', name: column.trim() || 'Attribute' };
  return { kind: 'skip' };
}

export interface ColumnMappingProps {
  read: ReadCaseTable;
  onRead(read: ReadCaseTable): void;
  createMissing: boolean;
  onCreateMissing(create: boolean): void;
}

// The key column, the table of columns with their targets, and whether to make missing cases.
export function ColumnMapping({ read, onRead, createMissing, onCreateMissing }: ColumnMappingProps) {
  return (
    <>
      <p className="muted">
        {read.table.rows.length} rows{read.table.sheet ? ` from the sheet “${read.table.sheet}”` : ''}. Say what each column is.
      </p>
      <label className="field">
        <span className="field-label">Column that names the case</span>
        <select value={read.keyColumn} onChange={(e) => onRead({ ...read, keyColumn: Number(e.target.value) })}>
          {read.table.columns.map((c, i) => (
            <option key={`${c}-${i}`} value={i}>
              {c}
            </option>
          ))}
        </select>
      </label>
      <div className="cases-mapping-scroll">
        <table className="data-table cases-mapping" aria-label="Columns">
          <thead>
            <tr>
              <th scope="col">Column</th>
              <th scope="col">First value</th>
              <th scope="col">Goes to</th>
            </tr>
          </thead>
          <tbody>
            {read.table.columns.map((column, i) => (
              <tr key={`${column}-${i}`}>
                <th scope="row">{column}</th>
                <td className="cases-sample">{read.table.rows[0]?.[i] ?? ''}</td>
                <td>
                  {i === read.keyColumn ? (
                    <span className="muted">names the case</span>
                  ) : (
                    <select aria-label={`What ${column} is`} value={targetValue(read.targets[i] ?? { kind: 'skip' })} onChange={(e) => onRead({ ...read, targets: read.targets.map((t, k) => (k === i ? targetFrom(e.target.value, column) : t)) })}>
                      <option value="attribute">Attribute “{column}”</option>
                      {CASE_FIELDS.map((f) => (
                        <option key={f} value={`field:${f}`}>
                          {CASE_FIELD_LABELS[f]}
                        </option>
                      ))}
                      <option value="skip">Leave out</option>
                    </select>
                  )}
                </td>
              </tr>
            ))}
          </tbody>
        </table>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={createMissing} onChange={(e) => onCreateMissing(e.target.checked)} /> Make a new case for a row that names no existing case
      </label>
    </>
  );
}
