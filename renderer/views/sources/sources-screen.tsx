// Sources: the project's transcripts and reports in a sortable, filterable table, Import
// (files chosen or dropped anywhere on the window) and editing a source's details.
import { useEffect, useEffectEvent, useRef, useState } from 'react';
import type { SourceSummary } from '../../../shared/model/entities.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatCount } from '../../format.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { ImportDialog } from './import-dialog.tsx';
import type { DroppedFiles } from './use-import-flow.ts';
import { SourceDetailsDialog } from './source-details-dialog.tsx';
import { useWindowFileDrop } from './use-window-file-drop.ts';
import { filterSources, nextSort, sortSources } from './sort-sources.ts';
import type { SortState } from './sort-sources.ts';
import { SourcesTable } from './sources-table.tsx';
import { useSourceMenu } from './source-menu.tsx';

export interface SourcesScreenProps {
  projectGuid: string;
  readOnly: boolean;
  selectedId: number | null;
  onSelect(source: SourceSummary | null): void;
  onOpen(source: SourceSummary): void;
  importOpen: boolean;
  onImportOpenChange(open: boolean): void;
  notify(notice: Notice): void;
}

interface SourcesToolsProps {
  filter: string;
  onFilter(filter: string): void;
  readOnly: boolean;
  hasSelection: boolean;
  onDetails(): void;
  onImport(): void;
}

// The filter box, Details… (of the selected source) and Import….
function SourcesTools({ filter, onFilter, readOnly, hasSelection, onDetails, onImport }: SourcesToolsProps) {
  return (
    <div className="screen-tools">
      <input type="search" className="filter" aria-label="Filter sources" placeholder="Filter by name, kind, case…" value={filter} onChange={(e) => onFilter(e.target.value)} />
      <button type="button" onClick={onDetails} disabled={readOnly || !hasSelection} title={hasSelection ? 'Edit the selected source’s kind, round, mode, date, cases, speakers and recording' : 'Select a source first'}>
        Details…
      </button>
      <button type="button" className="primary" onClick={onImport} disabled={readOnly} title={readOnly ? 'This project is open read-only.' : 'Import transcripts and evaluator reports'}>
        Import…
      </button>
    </div>
  );
}

// Covers the window while files are dragged over it.
function DropOverlay({ readOnly }: { readOnly: boolean }) {
  return (
    <div className="import-drop-overlay" aria-hidden="true">
      <span>{readOnly ? 'This project is read-only' : 'Drop files to import them'}</span>
    </div>
  );
}

// What the screen says while the project has no sources.
function NoSources({ readOnly }: { readOnly: boolean }) {
  return (
    <div className="empty-state">
      <p>This project has no sources yet.</p>
      <p className="muted">
        {readOnly
          ? 'It is open read-only, so sources cannot be added here.'
          : 'Import interview transcripts and evaluator reports (Word, OpenDocument, PDF, text, Teams or Zoom captions) with Import…, or drop the files on this window, to start coding.'}
      </p>
      <p className="muted">Press ? for the list of keyboard shortcuts; right-click a source, a node or a case for what you can do with it.</p>
    </div>
  );
}

// Files dropped anywhere on the window open the Import dialog with them (a read-only project says no).
function useDroppedFiles(readOnly: boolean, notify: (notice: Notice) => void, onImportOpenChange: (open: boolean) => void) {
  const [dropped, setDropped] = useState<DroppedFiles | null>(null);
  const drops = useRef(0);
  const dragging = useWindowFileDrop((files) => {
    if (readOnly) {
      notify({ kind: 'error', text: 'This project is open read-only, so files cannot be imported. Save a copy to make changes.' });
      return;
    }
    drops.current++;
    setDropped({ files, id: drops.current });
    onImportOpenChange(true);
  });
  return { dragging, dropped, setDropped };
}

// Lists sources.list; refreshes on project-changed; imports through a dialog.
export function SourcesScreen({ projectGuid, readOnly, selectedId, onSelect, onOpen, importOpen, onImportOpenChange, notify }: SourcesScreenProps) {
  const sources = useApiQuery('sources.list', {});
  const [filter, setFilter] = useState('');
  const [sort, setSort] = useState<SortState>({ column: 'name', direction: 'ascending' });
  const { dragging, dropped, setDropped } = useDroppedFiles(readOnly, notify, onImportOpenChange);
  const [detailsOpen, setDetailsOpen] = useState(false);
  const sourceMenu = useSourceMenu({ readOnly, select: onSelect, open: onOpen, details: () => setDetailsOpen(true), notify });
  const all = sources.data ?? [];
  const shown = sortSources(filterSources(all, filter), sort);


  // keep the inspector's copy of the selected source in step with the list (when the list changes)
  const followList = useEffectEvent((list: readonly SourceSummary[]) => {
    if (selectedId !== null) onSelect(list.find((s) => s.id === selectedId) ?? null);
  });
  useEffect(() => {
    if (sources.data) followList(sources.data);
  }, [sources.data]);

  // the Import dialog's summary says what was imported (and stays until closed), so no notice here
  function imported(list: SourceSummary[]) {
    sources.reload();
    const first = list[0];
    if (first) onSelect(first);
  }

  return (
    <section className="screen" aria-labelledby="screen-heading">
      <div className="screen-header">
        <h1 id="screen-heading">Sources</h1>
        {sources.data ? <span className="muted">{formatCount(all.length, 'source')}</span> : null}
        <SourcesTools
          filter={filter}
          onFilter={setFilter}
          readOnly={readOnly}
          hasSelection={selectedId !== null}
          onDetails={() => setDetailsOpen(true)}
          onImport={() => {
            setDropped(null);
            onImportOpenChange(true);
          }}
        />
      </div>
      <ErrorMessage error={sources.error} />
      {sources.loading && !sources.data ? <p className="muted">Loading sources…</p> : null}
      {sources.data && all.length === 0 ? <NoSources readOnly={readOnly} /> : null}
      {all.length > 0 && shown.length === 0 ? <p className="empty-state">No sources match “{filter}”.</p> : null}
      {shown.length > 0 ? <SourcesTable projectGuid={projectGuid} sources={shown} sort={sort} onSort={(column) => setSort((s) => nextSort(s, column))} selectedId={selectedId} onSelect={onSelect} onOpen={onOpen} menuProps={sourceMenu.menuProps} /> : null}
      {sourceMenu.elements}
      {importOpen ? (
        <ImportDialog
          onImported={imported}
          dropped={dropped}
          onClose={() => {
            setDropped(null);
            onImportOpenChange(false);
          }}
        />
      ) : null}
      {detailsOpen && selectedId !== null ? (
        <SourceDetailsDialog
          sourceId={selectedId}
          onSaved={(saved) => {
            sources.reload();
            onSelect(saved);
            notify({ kind: 'info', text: `Saved the details of "${saved.name}".` });
          }}
          onClose={() => setDetailsOpen(false)}
        />
      ) : null}
      {dragging && !importOpen ? <DropOverlay readOnly={readOnly} /> : null}
    </section>
  );
}
