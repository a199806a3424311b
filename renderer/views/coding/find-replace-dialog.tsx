// Find and replace in this source or across the project. Finding lists the hits (click
// one to go there); Replace all goes through the same correction path as typing, so
// codings follow the text, and codings it would empty are listed before anything is saved.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { CodingBrief, FindResult } from '../../../shared/model/workspace.ts';
import { announceChange, call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { EmptiedCodingsDialog } from './emptied-codings-dialog.tsx';

export interface FindReplaceDialogProps {
  sourceId: number;
  sourceName: string;
  readOnly: boolean;
  initialQuery: string;
  onGoTo(sourceId: number, start: number, end: number): void;
  onReplaced(message: string): void;
  onClose(): void;
}

interface FindOptionsProps {
  sourceName: string;
  scope: 'source' | 'project';
  onScope(scope: 'source' | 'project'): void;
  matchCase: boolean;
  onMatchCase(value: boolean): void;
  wholeWord: boolean;
  onWholeWord(value: boolean): void;
}

// Where to look (this source or every source), and how to match.
function FindOptions({ sourceName, scope, onScope, matchCase, onMatchCase, wholeWord, onWholeWord }: FindOptionsProps) {
  return (
    <div className="coding-find-options">
      <label className="radio">
        <input type="radio" name="scope" checked={scope === 'source'} onChange={() => onScope('source')} /> In “{sourceName}”
      </label>
      <label className="radio">
        <input type="radio" name="scope" checked={scope === 'project'} onChange={() => onScope('project')} /> In every source
      </label>
      <label className="radio">
        <input type="checkbox" checked={matchCase} onChange={(e) => onMatchCase(e.target.checked)} /> Match case
      </label>
      <label className="radio">
        <input type="checkbox" checked={wholeWord} onChange={(e) => onWholeWord(e.target.checked)} /> Whole words
      </label>
    </div>
  );
}

interface FindResultsProps {
  found: FindResult;
  // name each hit's source (when looking in every source)
  showSource: boolean;
  onGoTo(sourceId: number, start: number, end: number): void;
}

// The hits, each a button that goes to it.
function FindResults({ found, showSource, onGoTo }: FindResultsProps) {
  return (
    <div className="coding-find-results">
      <p className="muted" role="status">
        {found.matches.length === 0 ? 'No matches.' : `${found.matches.length}${found.truncated ? '+' : ''} matches`}
      </p>
      <ul aria-label="Matches">
        {found.matches.map((m) => (
          <li key={`${m.sourceId}:${m.start}`}>
            <button type="button" className="link-button coding-find-hit" onClick={() => onGoTo(m.sourceId, m.start, m.end)}>
              {showSource ? <span className="muted">{m.sourceName}: </span> : null}…{m.before}
              <mark>{m.match}</mark>
              {m.after}…
            </button>
          </li>
        ))}
      </ul>
    </div>
  );
}

// The find-and-replace dialog.
export function FindReplaceDialog({ sourceId, sourceName, readOnly, initialQuery, onGoTo, onReplaced, onClose }: FindReplaceDialogProps) {
  const [query, setQuery] = useState(initialQuery);
  const [replacement, setReplacement] = useState('');
  const [scope, setScope] = useState<'source' | 'project'>('source');
  const [matchCase, setMatchCase] = useState(false);
  const [wholeWord, setWholeWord] = useState(false);
  const [found, setFound] = useState<FindResult | null>(null);
  const [error, setError] = useState<ApiCallError | string | null>(null);
  const [busy, setBusy] = useState(false);
  const [confirm, setConfirm] = useState<CodingBrief[] | null>(null);

  const options = () => ({ query, matchCase, wholeWord, ...(scope === 'source' ? { sourceId } : {}) });

  async function find(e?: FormEvent) {
    e?.preventDefault();
    if (query === '') return setError('Type the text to find.');
    setError(null);
    try {
      setFound(await call('text.find', { ...options(), limit: 500 }));
    } catch (err) {
      setError(toApiCallError(err));
    }
  }

  async function apply(removeEmptied: number[]) {
    const result = await call('text.replace', { ...options(), replacement, removeEmptied });
    announceChange('text.replace');
    setFound(null);
    onReplaced(
      result.replaced === 0
        ? `“${query}” was not found.`
        : `Replaced ${result.replaced} × “${query}” in ${result.sources === 1 ? 'one source' : `${result.sources} sources`}${result.removedCodings.length ? `; removed ${result.removedCodings.length} emptied codings` : ''}. Ctrl+Z undoes it.`,
    );
  }

  async function replaceAll() {
    if (query === '') return setError('Type the text to find.');
    setBusy(true);
    setError(null);
    try {
      const preview = await call('text.replacePreview', { ...options(), replacement });
      if (preview.replaced === 0) setError(`Nothing to replace: “${query}” was not found${scope === 'source' ? ' in this source' : ''}.`);
      else if (preview.emptied.length > 0) setConfirm(preview.emptied);
      else await apply([]);
    } catch (err) {
      setError(toApiCallError(err));
    } finally {
      setBusy(false);
    }
  }

  return (
    <Modal title="Find and replace" onClose={onClose} wide>
      <form onSubmit={(e) => void find(e)} aria-label="Find and replace" className="coding-find-form">
        <div className="field-row">
          <label className="field">
            <span className="field-label">Find</span>
            <input type="text" value={query} autoFocus onChange={(e) => setQuery(e.target.value)} />
          </label>
          <label className="field">
            <span className="field-label">Replace with</span>
            <input type="text" value={replacement} onChange={(e) => setReplacement(e.target.value)} disabled={readOnly} />
          </label>
        </div>
        <FindOptions sourceName={sourceName} scope={scope} onScope={setScope} matchCase={matchCase} onMatchCase={setMatchCase} wholeWord={wholeWord} onWholeWord={setWholeWord} />
        <ErrorMessage error={error} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose}>
            Close
          </button>
          <button type="submit">Find</button>
          <button type="button" className="primary" disabled={readOnly || busy} onClick={() => void replaceAll()}>
            {busy ? 'Working…' : 'Replace all'}
          </button>
        </div>
      </form>
      {found ? <FindResults found={found} showSource={scope === 'project'} onGoTo={onGoTo} /> : null}
      {confirm ? <EmptiedCodingsDialog emptied={confirm} action={`Replacing “${query}” with “${replacement}”`} onConfirm={() => apply(confirm.map((c) => c.id))} onClose={() => setConfirm(null)} /> : null}
    </Modal>
  );
}
