// A memo on a passage of a source (an annotation) in a dialog: the passage's words above
// the memo editor. Opened for a new memo from the coding view's selection ("New memo on
// this passage", M) and for an existing one from its marker in the transcript's margin.
import { useState } from 'react';
import type { MemoRecord } from '../../../shared/model/entities.ts';
import { call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { MemoEditor } from './memo-editor.tsx';
import type { PassageRef } from './passage-links.ts';

export interface AnnotationDialogProps {
  sourceId: number;
  range: { start: number; end: number };
  // the passage's words
  excerpt: string;
  // the memo to show, or null to write a new one on the passage
  memo: MemoRecord | null;
  readOnly: boolean;
  onClose(): void;
  onOpenPassage?(passage: PassageRef): void;
}

// How many characters of the passage a new memo's title quotes.
const TITLE_WORDS = 40;

// The title a new memo on a passage starts with: its first words, quoted.
export function annotationTitle(excerpt: string): string {
  const words = excerpt.replace(/\s+/g, ' ').trim();
  return `Memo on “${words.length > TITLE_WORDS ? `${words.slice(0, TITLE_WORDS).trimEnd()}…` : words}”`;
}

// The passage, the editor of its memo and, for a saved memo, Delete.
export function AnnotationDialog({ sourceId, range, excerpt, memo, readOnly, onClose, onOpenPassage }: AnnotationDialogProps) {
  // the memo once it exists (a new one after its first save)
  const [saved, setSaved] = useState<MemoRecord | null>(memo);
  const [error, setError] = useState<ApiCallError | null>(null);
  const remove = async () => {
    if (!saved) return;
    try {
      await call('memos.delete', { id: saved.id });
      onClose();
    } catch (e) {
      setError(toApiCallError(e));
    }
  };
  return (
    <Modal title={memo ? 'Memo on a passage' : 'New memo on a passage'} onClose={onClose} wide>
      <blockquote className="memo-passage" aria-label="The passage" title={excerpt}>
        {excerpt}
      </blockquote>
      <MemoEditor
        memo={memo}
        targetKind="source"
        targetId={sourceId}
        range={range}
        defaultTitle={annotationTitle(excerpt)}
        readOnly={readOnly}
        onSaved={setSaved}
        onOpenPassage={onOpenPassage}
      />
      <ErrorMessage error={error} />
      <div className="dialog-buttons">
        {saved && !readOnly ? (
          <button type="button" onClick={() => void remove()} title="Delete this memo (Ctrl+Z brings it back)">
            Delete memo
          </button>
        ) : null}
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
