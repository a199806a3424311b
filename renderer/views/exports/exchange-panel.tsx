// REFI-QDA exchange on the Exports screen: export the project (.qdpx) or its codebook
// (.qdc) for NVivo, ATLAS.ti, MAXQDA and QualCoder; import a .qdpx into a new project;
// merge a codebook into this one; and the media files earlier imports kept as references.
import { useState } from 'react';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import type { ScreenProps } from '../frame/screen-props.ts';
import { ExchangeExportDialog } from './exchange-export-dialog.tsx';
import { ExchangeImportDialog } from './exchange-import-dialog.tsx';
import { ExchangeMergeDialog } from './exchange-merge-dialog.tsx';
import { countsText } from './exchange-summary.tsx';
import './exchange.css';

type Dialog = 'qdpx' | 'qdc' | 'import' | 'merge';

const KIND_NAMES = { pdf: 'PDF', picture: 'Picture', audio: 'Audio', video: 'Video' } as const;

// The exchange section of the Exports screen.
export function ExchangePanel({ project, notify }: ScreenProps) {
  const [dialog, setDialog] = useState<Dialog | null>(null);
  const info = useApiQuery('exchange.exportInfo', {});
  const references = useApiQuery('exchange.references', {});
  const close = () => setDialog(null);

  return (
    <section className="exchange-panel" aria-labelledby="exchange-heading">
      <h2 id="exchange-heading">Exchange with NVivo, ATLAS.ti, MAXQDA and QualCoder</h2>
      <p className="muted">REFI-QDA files move a project or a codebook between qualitative analysis programs.</p>
      <ErrorMessage error={info.error} />
      <div className="exchange-actions">
        <div className="exchange-action">
          <button type="button" onClick={() => setDialog('qdpx')} disabled={!info.data}>
            Export project as .qdpx…
          </button>
          <p className="field-hint">{info.data ? `Everything: ${countsText(info.data.counts)}. Not anonymised.` : 'Counting…'}</p>
        </div>
        <div className="exchange-action">
          <button type="button" onClick={() => setDialog('qdc')} disabled={!info.data || info.data.counts.nodes === 0}>
            Export codebook as .qdc…
          </button>
          <p className="field-hint">The codes only, with colours, descriptions, nesting, questions and components.</p>
        </div>
        <div className="exchange-action">
          <button type="button" onClick={() => setDialog('import')}>
            Import a .qdpx into a new project…
          </button>
          <p className="field-hint">Shows what will come in and what cannot before writing anything; this project is not changed.</p>
        </div>
        <div className="exchange-action">
          <button type="button" onClick={() => setDialog('merge')} disabled={project.readOnly}>
            Merge a codebook (.qdc) into this project…
          </button>
          <p className="field-hint">{project.readOnly ? 'This project is open read-only.' : 'Adds the codes this project lacks; Undo takes the merge back.'}</p>
        </div>
      </div>
      {references.data && references.data.length > 0 ? (
        <div className="exchange-references">
          <h3>Files from imported projects kept as references</h3>
          <p className="field-hint">Activity Lens codes text; these PDF, picture, audio and video sources came with an imported project and are kept by name and path only.</p>
          <table className="data-table">
            <thead>
              <tr>
                <th scope="col">Name</th>
                <th scope="col">Kind</th>
                <th scope="col">Where the other program kept it</th>
                <th scope="col">Not imported</th>
              </tr>
            </thead>
            <tbody>
              {references.data.map((r) => (
                <tr key={r.id}>
                  <th scope="row">{r.name}</th>
                  <td>{KIND_NAMES[r.kind]}</td>
                  <td className="exchange-path">{r.currentPath ?? r.path ?? ''}</td>
                  <td>{r.note}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
      {(dialog === 'qdpx' || dialog === 'qdc') && info.data ? <ExchangeExportDialog kind={dialog} info={info.data} projectPath={project.path} onClose={close} /> : null}
      {dialog === 'import' ? <ExchangeImportDialog projectPath={project.path} onClose={close} /> : null}
      {dialog === 'merge' ? <ExchangeMergeDialog notify={notify} onClose={close} /> : null}
    </section>
  );
}
