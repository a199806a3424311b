// Word use: how often words (or stems) occur in a selection - all text with filters, or
// a node's references - leaving out stop words; and every use of a word in context, with
// the speaker's role, to compare how each role uses it.
import { useState } from 'react';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import type { QueryScope, WordFrequencyDefinition, WordSelection } from '../../../shared/model/queries.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatCount } from '../../format.ts';
import { newJobId } from '../../jobs.ts';
import { NodeSelect } from './node-select.tsx';
import { QueryActions } from './query-actions.tsx';
import { ScopeEditor } from './scope-editor.tsx';
import { StopWordsDialog } from './stop-words-dialog.tsx';
import { useStickyState } from './sticky-state.ts';
import type { QueryTabProps } from './tab-props.ts';
import { usePendingDefinition } from './use-pending-definition.ts';
import { useQueryRunner } from './use-query-runner.ts';
import { WordContext, WordTable } from './words-results.tsx';

interface WordsInProps {
  kind: 'sources' | 'node';
  onKind(kind: 'sources' | 'node'): void;
  nodes: readonly NodeRecord[];
  nodeId: number | null;
  onNodeId(nodeId: number | null): void;
  descendants: boolean;
  onDescendants(on: boolean): void;
}

// Which text the words are counted in: all of it, or a node's references.
function WordsIn({ kind, onKind, nodes, nodeId, onNodeId, descendants, onDescendants }: WordsInProps) {
  return (
    <>
      <fieldset className="queries-radios">
        <legend>Words in</legend>
        <label className="queries-check">
          <input type="radio" name="words-kind" checked={kind === 'sources'} onChange={() => onKind('sources')} />
          All text (narrow it with Filters)
        </label>
        <label className="queries-check">
          <input type="radio" name="words-kind" checked={kind === 'node'} onChange={() => onKind('node')} />
          The references at a node
        </label>
      </fieldset>
      {kind === 'node' ? (
        <>
          <NodeSelect label="Node" nodes={nodes} value={nodeId} onChange={onNodeId} />
          <label className="queries-check">
            <input type="checkbox" checked={descendants} onChange={(e) => onDescendants(e.target.checked)} />
            and the nodes under it
          </label>
        </>
      ) : null}
    </>
  );
}

// A count's definition without the job id it was run with.
function withoutJob(input: (WordFrequencyDefinition & { jobId?: string }) | null): WordFrequencyDefinition | null {
  if (!input) return null;
  const { jobId: _jobId, ...def } = input;
  return def;
}

type CountingChoices = Pick<WordFrequencyDefinition, 'stem' | 'stopWords' | 'minLength' | 'limit'>;

// How words are counted: stems together or not, stop words left out or not, the shortest word and how many to show.
function CountingOptions({ options, onChange, onEditStopWords }: { options: CountingChoices; onChange(change: Partial<CountingChoices>): void; onEditStopWords(): void }) {
  return (
    <>
      <label className="queries-check">
        <input type="checkbox" checked={options.stem} onChange={(e) => onChange({ stem: e.target.checked })} />
        Count word forms together (stemming)
      </label>
      <label className="queries-check">
        <input type="checkbox" checked={options.stopWords} onChange={(e) => onChange({ stopWords: e.target.checked })} />
        Leave out stop words
      </label>
      <button type="button" className="link-button" onClick={onEditStopWords}>
        Edit stop words…
      </button>
      <label className="queries-field queries-narrow">
        <span className="field-label">Shortest word</span>
        <input type="number" min={1} max={50} value={options.minLength} onChange={(e) => onChange({ minLength: Math.max(1, Math.min(50, Number(e.target.value) || 1)) })} />
      </label>
      <label className="queries-field queries-narrow">
        <span className="field-label">Show the top</span>
        <input type="number" min={1} max={5000} value={options.limit} onChange={(e) => onChange({ limit: Math.max(1, Math.min(5000, Number(e.target.value) || 1)) })} />
      </label>
    </>
  );
}

// The Word use tab.
export function WordsTab({ project, notify, nodes, facets, keyPrefix, pending, onPendingTaken }: QueryTabProps) {
  const [kind, setKind] = useStickyState<'sources' | 'node'>(`${keyPrefix}words.kind`, 'sources');
  const [nodeId, setNodeId] = useStickyState<number | null>(`${keyPrefix}words.node`, null);
  const [descendants, setDescendants] = useStickyState(`${keyPrefix}words.descendants`, true);
  const [scope, setScope] = useStickyState<QueryScope>(`${keyPrefix}words.scope`, {});
  const [counting, setCounting] = useStickyState<CountingChoices>(`${keyPrefix}words.counting`, { stem: false, stopWords: true, minLength: 3, limit: 100 });
  const [word, setWord] = useStickyState<string | null>(`${keyPrefix}words.word`, null);
  const [editing, setEditing] = useState(false);
  const runner = useQueryRunner(`${keyPrefix}words.result`, 'queries.words');
  const context = useQueryRunner(`${keyPrefix}words.context`, 'queries.wordContext');
  const selection: WordSelection | null = kind === 'sources' ? { kind: 'sources', scope } : nodeId === null ? null : { kind: 'node', nodeId, includeDescendants: descendants, scope };
  const ran = withoutJob(runner.input);

  // a count that takes more than a moment reports progress, shown with a Cancel in the status bar
  function run(def: WordFrequencyDefinition) {
    setWord(null);
    context.clear();
    void runner.run({ ...def, jobId: newJobId() });
  }

  usePendingDefinition('words', pending, onPendingTaken, (definition) => {
    const sel = definition.selection;
    setKind(sel.kind);
    setScope(sel.scope ?? {});
    if (sel.kind === 'node') {
      setNodeId(sel.nodeId);
      setDescendants(sel.includeDescendants);
    }
    setCounting({ stem: definition.stem, stopWords: definition.stopWords, minLength: definition.minLength, limit: definition.limit });
    const { kind: _kind, ...def } = definition;
    run(def);
  });

  const result = runner.data;
  return (
    <div className="queries-tab">
      <form
        className="queries-form"
        onSubmit={(e) => {
          e.preventDefault();
          if (selection) run({ selection, ...counting });
        }}
      >
        <WordsIn kind={kind} onKind={setKind} nodes={nodes} nodeId={nodeId} onNodeId={setNodeId} descendants={descendants} onDescendants={setDescendants} />
        <CountingOptions options={counting} onChange={(change) => setCounting((c) => ({ ...c, ...change }))} onEditStopWords={() => setEditing(true)} />
        <button type="submit" className="primary" disabled={!selection || runner.loading}>
          {runner.loading ? 'Counting…' : 'Count words'}
        </button>
        <ScopeEditor facets={facets} scope={scope} onChange={setScope} showCoders={kind === 'node'} />
      </form>
      <ErrorMessage error={runner.error} />
      {result && ran ? (
        <>
          <p className="queries-summary" role="status">
            {formatCount(result.totalWords, 'word')}, {formatCount(result.distinctWords, ran.stem ? 'distinct stem' : 'distinct word')} counted
          </p>
          <QueryActions definition={{ kind: 'words', ...ran }} readOnly={project.readOnly} notify={notify} suggestedName="Word use" />
          <div className="queries-words">
            <WordTable
              words={result.words}
              stem={ran.stem}
              chosen={word}
              onChoose={(key) => {
                setWord(key);
                void context.run({ selection: ran.selection, key, stem: ran.stem, limit: 1000 });
              }}
            />
            <ErrorMessage error={context.error} />
            {word && context.data ? <WordContext display={result.words.find((w) => w.key === word)?.display ?? word} context={context.data} /> : null}
          </div>
        </>
      ) : null}
      {editing ? <StopWordsDialog readOnly={project.readOnly} onClose={() => setEditing(false)} /> : null}
    </div>
  );
}
