// The buttons under every query: export the results (CSV, XLSX; anonymised) and save the
// query to run again later.
import { useState } from 'react';
import type { QueryDefinition } from '../../../shared/model/queries.ts';
import { announceChange, call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { TextPromptDialog } from '../../components/text-prompt-dialog.tsx';
import type { Notice } from '../frame/notice-bar.tsx';
import { downloadFile } from './download.ts';

export interface QueryActionsProps {
  definition: QueryDefinition | null;
  frameworkId?: number;
  measure?: 'references' | 'sources' | 'words';
  readOnly: boolean;
  notify(notice: Notice): void;
  // a name to suggest when saving
  suggestedName?: string;
}

// Export and Save buttons for the query on screen.
export function QueryActions({ definition, frameworkId, measure, readOnly, notify, suggestedName }: QueryActionsProps) {
  const [saving, setSaving] = useState(false);
  const [busy, setBusy] = useState(false);
  const nothing = definition === null && frameworkId === undefined;

  async function exportAs(format: 'csv' | 'xlsx') {
    setBusy(true);
    try {
      const file = await call('queries.export', { ...(frameworkId !== undefined ? { frameworkId } : definition ? { definition } : {}), format, ...(measure ? { measure } : {}) });
      downloadFile(file);
      notify({ kind: 'info', text: `Exported ${file.fileName} (anonymised: case labels, no real names).` });
    } catch (e) {
      notify({ kind: 'error', text: toApiCallError(e).message });
    } finally {
      setBusy(false);
    }
  }

  return (
    <div className="queries-actions">
      <button type="button" disabled={nothing || busy} onClick={() => void exportAs('csv')}>
        Export CSV
      </button>
      <button type="button" disabled={nothing || busy} onClick={() => void exportAs('xlsx')}>
        Export XLSX
      </button>
      {definition ? (
        <button type="button" disabled={readOnly} title={readOnly ? 'This project is open read-only.' : 'Keep this query to run again later'} onClick={() => setSaving(true)}>
          Save query…
        </button>
      ) : null}
      {saving && definition ? (
        <TextPromptDialog
          title="Save query"
          label="Query name"
          initialValue={suggestedName ?? ''}
          hint="Saved queries are listed under Saved queries and run on the data as it is then."
          submitLabel="Save"
          onSubmit={async (name) => {
            const saved = await call('savedQueries.save', { name, definition });
            notify({ kind: 'info', text: `Saved the query "${saved.name}".` });
            announceChange('saved-query');
          }}
          onClose={() => setSaving(false)}
        />
      ) : null}
    </div>
  );
}
