// The Queries screen: recombining what coding took apart. Tabs for the node view, text
// search, matrix coding, framework matrices, co-occurrence, word use and saved queries.
import type { KeyboardEvent } from 'react';
import type { QueryDefinition } from '../../../shared/model/queries.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { useCurrentCoder } from '../coding/use-current-coder.ts';
import type { ScreenProps } from '../frame/screen-props.ts';
import { CooccurrenceTab } from './cooccurrence-tab.tsx';
import { FrameworkTab } from './framework-tab.tsx';
import { MatrixTab } from './matrix-tab.tsx';
import { NodeViewTab } from './node-view-tab.tsx';
import { SavedTab } from './saved-tab.tsx';
import { SearchTab } from './search-tab.tsx';
import { useStickyState } from './sticky-state.ts';
import type { QueryTabProps } from './tab-props.ts';
import { WordsTab } from './words-tab.tsx';
import './queries.css';

type TabId = 'node' | 'search' | 'matrix' | 'framework' | 'cooccurrence' | 'words' | 'saved';

const TABS: { id: TabId; label: string }[] = [
  { id: 'node', label: 'Node view' },
  { id: 'search', label: 'Text search' },
  { id: 'matrix', label: 'Matrix' },
  { id: 'framework', label: 'Framework' },
  { id: 'cooccurrence', label: 'Co-occurrence' },
  { id: 'words', label: 'Word use' },
  { id: 'saved', label: 'Saved queries' },
];

// Shows the Queries screen of the open project.
export function QueriesScreen({ project, notify }: ScreenProps) {
  const keyPrefix = `${project.path}:`;
  const [tab, setTab] = useStickyState<TabId>(`${keyPrefix}tab`, 'node');
  const [pending, setPending] = useStickyState<QueryDefinition | null>(`${keyPrefix}pending`, null);
  const nodes = useApiQuery('nodes.list', {});
  const facets = useApiQuery('queries.facets', {});
  const coder = useCurrentCoder(project.guid).coder;
  const props: QueryTabProps = { project, notify, nodes: nodes.data ?? [], facets: facets.data, keyPrefix, pending, onPendingTaken: () => setPending(null), coderId: coder?.id ?? null };

  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key !== 'ArrowRight' && e.key !== 'ArrowLeft') return;
    const at = TABS.findIndex((t) => t.id === tab);
    const next = TABS[(at + (e.key === 'ArrowRight' ? 1 : TABS.length - 1)) % TABS.length];
    if (next) {
      setTab(next.id);
      document.getElementById(`queries-tab-${next.id}`)?.focus();
    }
  }

  return (
    <section className="screen queries-screen" aria-labelledby="screen-heading">
      <div className="screen-header">
        <h1 id="screen-heading">Queries</h1>
        <div className="queries-tabs" role="tablist" aria-label="Queries" onKeyDown={onKeyDown}>
          {TABS.map((t) => (
            <button
              key={t.id}
              id={`queries-tab-${t.id}`}
              type="button"
              role="tab"
              aria-selected={tab === t.id}
              aria-controls="queries-panel"
              tabIndex={tab === t.id ? 0 : -1}
              onClick={() => setTab(t.id)}
            >
              {t.label}
            </button>
          ))}
        </div>
      </div>
      <div id="queries-panel" role="tabpanel" aria-labelledby={`queries-tab-${tab}`} className="queries-panel">
        {tab === 'node' ? <NodeViewTab {...props} /> : null}
        {tab === 'search' ? <SearchTab {...props} /> : null}
        {tab === 'matrix' ? <MatrixTab {...props} /> : null}
        {tab === 'framework' ? <FrameworkTab {...props} /> : null}
        {tab === 'cooccurrence' ? <CooccurrenceTab {...props} /> : null}
        {tab === 'words' ? <WordsTab {...props} /> : null}
        {tab === 'saved' ? (
          <SavedTab
            {...props}
            onOpen={(definition) => {
              setPending(definition);
              setTab(definition.kind);
            }}
          />
        ) : null}
      </div>
    </section>
  );
}
