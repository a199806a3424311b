// The export preview: the anonymised extracts as they will be written, each replacement
// marked (its original on hover, a click marks that occurrence as not a name), a Copy
// button per extract (quote and attribution for a thesis), and the preview's warnings.
import { useState } from 'react';
import type { AttributionFormat, ExtractPiece, ExtractPreview, ExtractView } from '../../../shared/model/anonymise.ts';
import { call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import type { Notice } from '../frame/notice-bar.tsx';
import { copyText } from './clipboard.ts';

interface Marking {
  extract: ExtractView;
  piece: ExtractPiece & { replaced: NonNullable<ExtractPiece['replaced']> };
}

function NotANameDialog({ marking, onClose, onDone }: { marking: Marking; onClose(): void; onDone(): void }) {
  const [note, setNote] = useState('');
  const [error, setError] = useState<ApiCallError | null>(null);
  const r = marking.piece.replaced;
  async function save() {
    try {
      await call('register.markNotName', { ruleId: r.ruleId, location: 'source', locationId: marking.extract.sourceId, start: r.start, end: r.end, note });
      onDone();
      onClose();
    } catch (e) {
      setError(toApiCallError(e));
    }
  }
  return (
    <Modal title="Not a name here" onClose={onClose}>
      <p>
        Keep “{r.original}” as written in this extract ({marking.extract.reference})? Every other occurrence is still replaced. The decision is logged in the register and can be undone.
      </p>
      <label className="field">
        <span className="field-label">Why (optional)</span>
        <input type="text" value={note} onChange={(e) => setNote(e.target.value)} placeholder="e.g. the verb, not the person" />
      </label>
      <ErrorMessage error={error} />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Cancel
        </button>
        <button type="button" className="primary" onClick={() => void save()} disabled={r.ruleId < 0}>
          Not a name here
        </button>
      </div>
      {r.ruleId < 0 ? <p className="field-hint">This name is not in the register yet; add the missing cases to the register first.</p> : null}
    </Modal>
  );
}

// What would block the export (real names left) and what to reconsider (labels that identify one person, missing pseudonyms).
function PreviewWarnings({ preview }: { preview: ExtractPreview }) {
  return (
    <>
      {preview.leakTotal > 0 ? (
        <div className="exports-blocked" role="alert">
          <p>
            <strong>{preview.leakTotal} real name{preview.leakTotal === 1 ? '' : 's'} would remain</strong> — the export will be blocked until they are gone:
          </p>
          <ul>
            {preview.leaks.map((l, i) => (
              <li key={`${l.where}-${i}`}>
                {l.where}: <strong>{l.found}</strong> ({l.ruleText}) <span className="exports-context">{l.context}</span>
              </li>
            ))}
          </ul>
        </div>
      ) : null}
      {preview.singleCaseLabels.length > 0 ? (
        <div className="exports-warning">
          These labels identify one person (only one case carries each): {preview.singleCaseLabels.map((w) => w.label).join('; ')}.
        </div>
      ) : null}
      {preview.missingPseudonyms.length > 0 ? <div className="exports-warning">No pseudonym yet (their label is used): {preview.missingPseudonyms.join('; ')}.</div> : null}
    </>
  );
}

export interface ExtractsPreviewProps {
  preview: ExtractPreview;
  attribution: AttributionFormat;
  readOnly: boolean;
  onChanged(): void;
  notify(notice: Notice): void;
}

// Shows a preview of the extracts an export will write.
export function ExtractsPreview({ preview, attribution, readOnly, onChanged, notify }: ExtractsPreviewProps) {
  const [marking, setMarking] = useState<Marking | null>(null);

  async function copy(extract: ExtractView) {
    try {
      const { text } = await call('docx.quoteText', { codingId: extract.codingId, attribution });
      notify((await copyText(text)) ? { kind: 'info', text: 'Copied the quote with its attribution.' } : { kind: 'error', text: 'The clipboard refused the text; select it in the preview and copy it instead.' });
    } catch (e) {
      notify({ kind: 'error', text: toApiCallError(e).message });
    }
  }

  let lastNode = '';
  return (
    <section className="exports-preview" aria-labelledby="exports-preview-heading">
      <h3 id="exports-preview-heading">
        Preview: {preview.total} extract{preview.total === 1 ? '' : 's'}, {preview.replacements} name{preview.replacements === 1 ? '' : 's'} replaced
        {preview.extracts.length < preview.total ? ` (first ${preview.extracts.length} shown)` : ''}
      </h3>
      <PreviewWarnings preview={preview} />
      <ol className="exports-extracts" aria-label="Extracts">
        {preview.extracts.map((e) => {
          const heading = e.nodePath !== lastNode ? e.nodePath : null;
          lastNode = e.nodePath;
          return (
            <li key={`${e.codingId}-${e.nodeId}`}>
              {heading ? <h4 className="exports-node">{heading}</h4> : null}
              <blockquote className="exports-quote">
                {e.pieces.map((p, i) => {
                  const replaced = p.replaced;
                  return replaced ? (
                    <button
                      key={i}
                      type="button"
                      className="exports-replaced"
                      title={`Replaces “${replaced.original}”. Click if it is not a name here.`}
                      disabled={readOnly}
                      onClick={() => setMarking({ extract: e, piece: { ...p, replaced } })}
                    >
                      {p.text}
                    </button>
                  ) : (
                    <span key={i} className={p.kept ? 'exports-kept' : undefined}>
                      {p.text}
                    </span>
                  );
                })}{' '}
                <span className="exports-attribution">({e.attribution})</span>
              </blockquote>
              <div className="exports-reference">
                {e.reference}
                <button type="button" className="small" onClick={() => void copy(e)} aria-label={`Copy quote ${e.reference}`}>
                  Copy
                </button>
              </div>
              {e.memos.map((m) => (
                <div key={m.id} className="exports-memo">
                  Memo{m.title ? ` “${m.title}”` : ''}: {m.text}
                </div>
              ))}
            </li>
          );
        })}
      </ol>
      {marking ? <NotANameDialog marking={marking} onClose={() => setMarking(null)} onDone={onChanged} /> : null}
    </section>
  );
}
