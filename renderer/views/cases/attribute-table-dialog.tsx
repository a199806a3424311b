// Importing case attributes from a CSV or Excel (.xlsx) file: the file is read in the
// host's reader process, its columns are matched to case fields or attributes (guessed,
// then confirmed here), and the rows are applied in one undo step.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { AppliedCaseTable, ReadCaseTable } from '../../../shared/model/import.ts';
import { announceChange, call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { fileToBase64 } from '../../file-base64.ts';
import { pathOfFile } from '../sources/read-files.ts';
import { ColumnMapping } from './column-mapping.tsx';
import './cases.css';

export interface AttributeTableDialogProps {
  onClose(): void;
  onApplied(result: AppliedCaseTable): void;
}

// What applying the table did: cases updated and created, and the rows or cells left out.
function AppliedSummary({ result }: { result: AppliedCaseTable }) {
  return (
    <div role="status">
      <p>
        {result.updated} {result.updated === 1 ? 'case' : 'cases'} updated, {result.created} created.
      </p>
      {result.skipped.length > 0 ? (
        <div className="error-message">
          <p>Some rows or cells were not used:</p>
          <ul>
            {result.skipped.map((s) => (
              <li key={s.row}>
                Row {s.row}: {s.reason}
              </li>
            ))}
          </ul>
        </div>
      ) : null}
    </div>
  );
}

// Walks the researcher from a file to applied attributes.
export function AttributeTableDialog({ onClose, onApplied }: AttributeTableDialogProps) {
  const [file, setFile] = useState<File | null>(null);
  const [read, setRead] = useState<ReadCaseTable | null>(null);
  const [createMissing, setCreateMissing] = useState(true);
  const [result, setResult] = useState<AppliedCaseTable | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function readFile() {
    if (!file) {
      setError('Choose a .csv or .xlsx file.');
      return;
    }
    setBusy(true);
    setError(null);
    try {
      const path = pathOfFile(file);
      setRead(await call('caseGrid.readTable', { file: path ? { path } : { fileName: file.name, bytesBase64: await fileToBase64(file) } }));
    } catch (e) {
      setError(toApiCallError(e).message);
    } finally {
      setBusy(false);
    }
  }

  async function apply() {
    if (!read) return;
    setBusy(true);
    setError(null);
    try {
      const applied = await call('caseGrid.applyTable', { columns: read.table.columns, rows: read.table.rows, keyColumn: read.keyColumn, targets: read.targets, createMissing });
      setResult(applied);
      announceChange('case attributes imported');
      onApplied(applied);
    } catch (e) {
      setError(toApiCallError(e).message);
    } finally {
      setBusy(false);
    }
  }

  function submit(e: FormEvent) {
    e.preventDefault();
    if (result) onClose();
    else if (read) void apply();
    else void readFile();
  }

  return (
    <Modal title="Import case attributes" onClose={onClose} wide>
      <form className="cases-table-dialog" onSubmit={submit} noValidate>
        {!read ? (
          <label className="field">
            <span className="field-label">Table of cases (.csv or .xlsx)</span>
            <input type="file" accept=".csv,.xlsx,text/csv,application/vnd.openxmlformats-officedocument.spreadsheetml.sheet" onChange={(e) => setFile(e.target.files?.[0] ?? null)} />
            <span className="field-hint">One row per participant, with a header row. One column names the case (its label or real name).</span>
          </label>
        ) : null}
        {read && !result ? <ColumnMapping read={read} onRead={setRead} createMissing={createMissing} onCreateMissing={setCreateMissing} /> : null}
        {result ? <AppliedSummary result={result} /> : null}
        <ErrorMessage error={error} />
        <div className="dialog-buttons">
          {!result ? (
            <button type="button" onClick={onClose}>
              Cancel
            </button>
          ) : null}
          <button type="submit" className="primary" disabled={busy}>
            {result ? 'Close' : read ? 'Apply to cases' : busy ? 'Reading…' : 'Read file'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
