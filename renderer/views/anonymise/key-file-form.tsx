// Writes the register as a separate key file (CSV or JSON), kept apart from any export.
import { useState } from 'react';
import { call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import type { Notice } from '../frame/notice-bar.tsx';
import { joinPath } from '../exports/export-paths.ts';

// The key-file section of the register panel.
export function KeyFileForm({ defaultFolder, notify }: { defaultFolder: string; notify(notice: Notice): void }) {
  const [path, setPath] = useState(() => joinPath(defaultFolder, 'Anonymisation key.csv'));
  const [overwrite, setOverwrite] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);
  async function write() {
    setError(null);
    try {
      const result = await call('register.exportKey', { path, overwrite });
      notify({ kind: 'info', text: `Wrote the register key (${result.entries} entries) to ${result.path}. Keep it apart from the data.` });
    } catch (e) {
      setError(toApiCallError(e));
    }
  }
  return (
    <section className="anon-section" aria-labelledby="anon-key-heading">
      <h2 id="anon-key-heading">Key file</h2>
      <p className="muted">
        The register (real names and their replacements) as a separate file: the key that UK Data Service guidance says to store apart from the data. It is never included in an export.
      </p>
      <label className="field">
        <span className="field-label">Key file (.csv or .json)</span>
        <input type="text" value={path} onChange={(e) => setPath(e.target.value)} />
      </label>
      <label className="checkbox">
        <input type="checkbox" checked={overwrite} onChange={(e) => setOverwrite(e.target.checked)} />
        Replace the file if it exists
      </label>
      <ErrorMessage error={error} />
      <button type="button" onClick={() => void write()} disabled={!path.trim()}>
        Write key file
      </button>
    </section>
  );
}
