// The Contradictions screen's Word documents: the table of every tension by level and
// components, and a mirror-data handout of chosen extracts for a Change Laboratory session.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { ContradictionEntry } from '../../../shared/model/contradictions.ts';
import type { ExportOutcome } from '../../../shared/model/anonymise.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { ExportOutcomeView } from '../exports/export-outcome.tsx';
import { joinPath } from '../exports/export-paths.ts';
import { runExport } from '../exports/run-export.ts';
import { MirrorChoices } from './mirror-choices.tsx';
import type { Choices } from './mirror-choices.tsx';

interface SaveFieldsProps {
  path: string;
  onPath(path: string): void;
  overwrite: boolean;
  onOverwrite(on: boolean): void;
  title: string;
  onTitle(title: string): void;
}

function SaveFields({ path, onPath, overwrite, onOverwrite, title, onTitle }: SaveFieldsProps) {
  return (
    <>
      <label className="field">
        <span className="field-label">Title</span>
        <input type="text" value={title} onChange={(e) => onTitle(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">Save as (.docx)</span>
        <input type="text" value={path} onChange={(e) => onPath(e.target.value)} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={overwrite} onChange={(e) => onOverwrite(e.target.checked)} />
        Replace the file if it exists
      </label>
    </>
  );
}

// Export state shared by both dialogs: the file, busy, the outcome.
function useExport(name: string, title: string) {
  const options = useApiQuery('docx.options', {});
  const [path, setPath] = useState<string | null>(null);
  const [overwrite, setOverwrite] = useState(false);
  const [docTitle, setTitle] = useState(title);
  const [outcome, setOutcome] = useState<ExportOutcome | null>(null);
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);
  const shownPath = path ?? joinPath(options.data?.defaultFolder ?? '', name);
  async function write(label: string, run: (jobId: string) => Promise<ExportOutcome>) {
    setBusy(true);
    setError(null);
    setOutcome(null);
    try {
      setOutcome(await runExport(label, run));
    } catch (e) {
      setError(toApiCallError(e).message);
    } finally {
      setBusy(false);
    }
  }
  return { fields: { path: shownPath, onPath: setPath, overwrite, onOverwrite: setOverwrite, title: docTitle, onTitle: setTitle }, outcome, busy, error, write };
}

// Exports the Contradictions view as a Word table.
export function ContradictionsExportDialog({ onClose }: { onClose(): void }) {
  const ex = useExport('Contradictions.docx', 'Contradictions');
  function submit(e: FormEvent) {
    e.preventDefault();
    void ex.write('Exporting the contradictions to Word', (jobId) => call('docx.exportContradictions', { path: ex.fields.path, overwrite: ex.fields.overwrite, title: ex.fields.title, jobId }));
  }
  return (
    <Modal title="Export the contradictions to Word" onClose={onClose}>
      <form className="contradictions-form" onSubmit={submit}>
        <p className="muted">A table of every tension by level and components, with its evidence by role, project and round, then each contradiction followed across phases. Names are replaced by the register.</p>
        <SaveFields {...ex.fields} />
        <ErrorMessage error={ex.error} />
        <ExportOutcomeView outcome={ex.outcome} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Close
          </button>
          <button type="submit" className="primary" disabled={ex.busy || !ex.fields.path.trim()}>
            Export to Word
          </button>
        </div>
      </form>
    </Modal>
  );
}

// Exports a mirror-data handout of the chosen extracts, grouped by contradiction.
export function MirrorDataDialog({ entries, onClose }: { entries: ContradictionEntry[]; onClose(): void }) {
  const ex = useExport('Mirror data.docx', 'Mirror data');
  const [choices, setChoices] = useState<Choices>(new Map());
  const chosen = [...choices.entries()].filter(([, ids]) => ids.size > 0).map(([tensionId, ids]) => ({ tensionId, codingIds: [...ids] }));
  const count = chosen.reduce((n, c) => n + c.codingIds.length, 0);
  function submit(e: FormEvent) {
    e.preventDefault();
    void ex.write('Exporting the mirror-data handout', (jobId) => call('docx.exportMirrorData', { path: ex.fields.path, overwrite: ex.fields.overwrite, title: ex.fields.title, attribution: 'role-project', choices: chosen, jobId }));
  }
  return (
    <Modal title="Mirror-data handout" onClose={onClose} wide>
      <form className="contradictions-form" onSubmit={submit}>
        <p className="muted">Choose the extracts to show back to participants. They are grouped by contradiction, anonymised like the extracts report and printed large, each with room for notes.</p>
        <MirrorChoices entries={entries.filter((e) => e.evidenceCount > 0)} choices={choices} onChange={setChoices} />
        <SaveFields {...ex.fields} />
        <ErrorMessage error={ex.error} />
        <ExportOutcomeView outcome={ex.outcome} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Close
          </button>
          <button type="submit" className="primary" disabled={ex.busy || count === 0 || !ex.fields.path.trim()}>
            Export {count} {count === 1 ? 'extract' : 'extracts'} to Word
          </button>
        </div>
      </form>
    </Modal>
  );
}
