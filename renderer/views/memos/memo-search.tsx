// Searching every memo of the project: words in, memos out with what each is about;
// a memo on a source or a coding opens that passage, others open in place.
import { useState } from 'react';
import type { FormEvent } from 'react';
import type { MemoSearchHit } from '../../../shared/model/workspace.ts';
import { call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { MemoEditor } from './memo-editor.tsx';
import type { PassageRef } from './passage-links.ts';
import './memos.css';

export interface MemoSearchProps {
  readOnly: boolean;
  onOpenPassage?(passage: PassageRef): void;
  onOpenSource?(sourceId: number): void;
}

// A search box over memos with its results.
export function MemoSearch({ readOnly, onOpenPassage, onOpenSource }: MemoSearchProps) {
  const [query, setQuery] = useState('');
  const [hits, setHits] = useState<MemoSearchHit[] | null>(null);
  const [open, setOpen] = useState<number | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);

  async function search(e: FormEvent) {
    e.preventDefault();
    if (query.trim() === '') return;
    try {
      setHits(await call('memos.search', { query: query.trim() }));
      setError(null);
    } catch (err) {
      setError(toApiCallError(err));
    }
  }

  return (
    <div className="memo-search">
      <form role="search" aria-label="Search memos" onSubmit={(e) => void search(e)} className="memo-search-form">
        <input type="search" aria-label="Words to find in memos" placeholder="Find in memos…" value={query} onChange={(e) => setQuery(e.target.value)} />
        <button type="submit" className="small">
          Search
        </button>
      </form>
      <ErrorMessage error={error} />
      {hits && hits.length === 0 ? <p className="muted">No memo holds all of “{query}”.</p> : null}
      {hits && hits.length > 0 ? (
        <ul className="memo-list" aria-label="Memos found">
          {hits.map((hit) => (
            <li key={hit.memo.id} className="memo-item">
              <button
                type="button"
                className="memo-summary"
                onClick={() => {
                  if (hit.sourceId !== null && hit.start !== null && hit.end !== null) onOpenPassage?.({ sourceId: hit.sourceId, start: hit.start, end: hit.end });
                  else if (hit.sourceId !== null) onOpenSource?.(hit.sourceId);
                  setOpen(open === hit.memo.id ? null : hit.memo.id);
                }}
              >
                <span className="memo-summary-title">{hit.memo.title || 'Untitled memo'}</span>
                <span className="memo-summary-date muted">{hit.targetLabel}</span>
                <span className="memo-summary-text">{hit.snippet}</span>
              </button>
              {open === hit.memo.id ? (
                <MemoEditor memo={hit.memo} targetKind={hit.memo.targetKind} targetId={hit.memo.targetId} defaultTitle={hit.memo.title} readOnly={readOnly} onClose={() => setOpen(null)} onOpenPassage={onOpenPassage} />
              ) : null}
            </li>
          ))}
        </ul>
      ) : null}
    </div>
  );
}
