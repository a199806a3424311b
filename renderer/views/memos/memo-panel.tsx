// The memos on one thing (the project journal, a source, a node, a case, a coding):
// a list with the newest first, one open in the editor at a time, and "New memo".
import { useState } from 'react';
import type { MemoTarget } from '../../../shared/model/entities.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatDateTime } from '../../format.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { MemoEditor } from './memo-editor.tsx';
import type { LinkablePassage } from './memo-editor.tsx';
import type { PassageRef } from './passage-links.ts';
import './memos.css';

export interface MemoPanelProps {
  targetKind: MemoTarget;
  targetId: number | null;
  // what the memos are about, for headings and the default title ("Memo on Ruth, round 1")
  subject: string;
  readOnly: boolean;
  passage?: LinkablePassage | null;
  onOpenPassage?(passage: PassageRef): void;
  // opens the editor of a new memo at once (the "Memo…" of a context menu)
  startNew?: boolean;
}

// Lists and edits the memos on one target.
export function MemoPanel({ targetKind, targetId, subject, readOnly, passage, onOpenPassage, startNew = false }: MemoPanelProps) {
  const memos = useApiQuery('memos.list', { targetKind, targetId });
  // 'new' while a new memo is being written; a memo id while that one is open
  const [open, setOpen] = useState<number | 'new' | null>(startNew && !readOnly ? 'new' : null);
  // a new memo, once saved, moves into the list: its editor there takes the focus the first one had
  const [justSaved, setJustSaved] = useState<number | null>(null);
  const list = (memos.data ?? []).filter((m) => m.targetKind === targetKind && m.targetId === targetId);
  const defaultTitle = targetKind === 'project' ? `Journal, ${new Date().toLocaleDateString('en-GB', { day: 'numeric', month: 'long', year: 'numeric' })}` : `Memo on ${subject}`;
  const openMemo = typeof open === 'number' ? list.find((m) => m.id === open) : undefined;

  return (
    <div className="memo-panel" aria-label={`Memos on ${subject}`} role="region">
      <ErrorMessage error={memos.error} />
      {list.length === 0 && open !== 'new' ? <p className="muted memo-empty">No memos on {subject} yet.</p> : null}
      <ul className="memo-list">
        {list.map((m) => (
          <li key={m.id} className="memo-item">
            {openMemo?.id === m.id ? (
              <MemoEditor
                key={m.id}
                memo={m}
                targetKind={targetKind}
                targetId={targetId}
                defaultTitle={defaultTitle}
                readOnly={readOnly}
                passage={passage}
                focusOnMount={justSaved === m.id}
                onClose={() => setOpen(null)}
                onOpenPassage={onOpenPassage}
              />
            ) : (
              <button type="button" className="memo-summary" onClick={() => setOpen(m.id)} aria-label={`Open memo ${m.title || 'without a title'}`}>
                <span className="memo-summary-title">{m.title || 'Untitled memo'}</span>
                <span className="memo-summary-date muted">{formatDateTime(m.updatedAt)}</span>
                {m.range ? <span className="memo-summary-passage">On the passage “{m.excerpt ?? ''}”</span> : null}
                <span className="memo-summary-text">{m.plainText.slice(0, 160) || '(empty)'}</span>
              </button>
            )}
          </li>
        ))}
      </ul>
      {open === 'new' ? (
        <MemoEditor
          memo={null}
          targetKind={targetKind}
          targetId={targetId}
          defaultTitle={defaultTitle}
          readOnly={readOnly}
          passage={passage}
          onSaved={(m) => {
            setJustSaved(m.id);
            setOpen(m.id);
          }}
          onClose={() => setOpen(null)}
          onOpenPassage={onOpenPassage}
        />
      ) : readOnly ? null : (
        <button type="button" className="small" onClick={() => setOpen('new')}>
          New memo{targetKind === 'project' ? ' (journal entry)' : ''}
        </button>
      )}
    </div>
  );
}
