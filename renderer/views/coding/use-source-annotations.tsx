// The open source's memos on passages (annotations) for the coding view: read again whenever
// the project changes (a memo saved, deleted, undone), placed on the turn each starts in, and
// the dialog that writes a new one on the selected passage or shows one from its marker.
import { useCallback, useMemo, useState } from 'react';
import type { ReactNode } from 'react';
import type { MemoRecord } from '../../../shared/model/entities.ts';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { AnnotationDialog } from '../memos/annotation-dialog.tsx';
import { AnnotationsContext } from './annotations-context.ts';
import type { Annotation, SourceAnnotations } from './annotations-context.ts';
import { blockAt } from './blocks.ts';
import type { Block } from './blocks.ts';
import { openSource } from './open-source.ts';
import type { Passage } from './use-coding-actions.ts';

export interface SourceAnnotationsView {
  // what the transcript shows (AnnotationsContext)
  context: SourceAnnotations;
  // opens the editor of a new memo on a passage
  startNew(passage: Passage): void;
  // the dialog of the memo being written or read (null while none is)
  dialog: ReactNode;
}

// The memos on passages of one source, by where they start.
export function annotationsOf(memos: readonly MemoRecord[], sourceId: number): Annotation[] {
  return memos
    .flatMap((m) => (m.targetKind === 'source' && m.targetId === sourceId && m.range ? [{ memoId: m.id, title: m.title, start: m.range.start, end: m.range.end, excerpt: m.excerpt ?? '' }] : []))
    .sort((a, b) => a.start - b.start || a.end - b.end || a.memoId - b.memoId);
}

// The annotations starting in each turn.
export function annotationsByTurn(list: readonly Annotation[], blocks: readonly Block[]): Map<number, Annotation[]> {
  const out = new Map<number, Annotation[]>();
  if (blocks.length === 0) return out;
  for (const a of list) {
    const turn = blockAt(blocks, a.start);
    out.set(turn, [...(out.get(turn) ?? []), a]);
  }
  return out;
}

interface OpenDialog {
  // null: a new memo
  memoId: number | null;
  range: Passage;
}

// The annotations of the source shown, and their dialog.
export function useSourceAnnotations(sourceId: number, index: OffsetIndex | null, blocks: readonly Block[], readOnly: boolean): SourceAnnotationsView {
  const memos = useApiQuery('memos.list', { targetKind: 'source', targetId: sourceId });
  const [active, setActive] = useState<number | null>(null);
  const [dialog, setDialog] = useState<OpenDialog | null>(null);
  const list = useMemo(() => annotationsOf(memos.data ?? [], sourceId), [memos.data, sourceId]);
  const byTurn = useMemo(() => annotationsByTurn(list, blocks), [list, blocks]);
  const open = useCallback(
    (memoId: number) => {
      const a = list.find((x) => x.memoId === memoId);
      if (a) setDialog({ memoId, range: { start: a.start, end: a.end } });
    },
    [list],
  );
  const context = useMemo(() => ({ list, byTurn, active, setActive, open }), [list, byTurn, active, open]);
  const startNew = useCallback((passage: Passage) => setDialog({ memoId: null, range: { start: passage.start, end: passage.end } }), []);

  // a memo deleted meanwhile (undone elsewhere) closes its dialog
  const memo = dialog?.memoId != null ? (memos.data?.find((m) => m.id === dialog.memoId) ?? null) : null;
  const shown = dialog && index && (dialog.memoId === null || memo !== null);
  const close = () => setDialog(null);
  const element = shown ? (
    <AnnotationDialog
      key={dialog.memoId ?? 'new'}
      sourceId={sourceId}
      range={dialog.range}
      excerpt={index.slice(dialog.range.start, Math.min(dialog.range.end, index.codePointLength))}
      memo={memo}
      readOnly={readOnly}
      onClose={close}
      onOpenPassage={(p) => {
        close();
        openSource(p.sourceId, p);
      }}
    />
  ) : null;
  return { context, startNew, dialog: element };
}

// Gives the transcript inside it the annotations, and shows their dialog.
export function AnnotationsProvider({ view, children }: { view: SourceAnnotationsView; children: ReactNode }) {
  return (
    <AnnotationsContext value={view.context}>
      {children}
      {view.dialog}
    </AnnotationsContext>
  );
}
