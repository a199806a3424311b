// The context menus of the transcript: a coding stripe's (right-click on it, or Shift+F10
// once its references are chosen) and the selected passage's (right-click on the selection,
// Shift+F10). Both run the coding view's own actions.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { ProjectInfo } from '../../../shared/model/entities.ts';
import type { ContextMenuItem } from '../../components/context-menu.tsx';
import { useContextMenu } from '../../hooks/use-context-menu.tsx';
import type { ContextMenuHandle } from '../../hooks/use-context-menu.tsx';
import { openInCodebook } from '../codebook/open-in-codebook.ts';
import { MemoDialog } from '../memos/memo-dialog.tsx';
import { showInNodeView } from '../queries/show-in-node-view.ts';
import { passageMenuItems } from './selection-menu.ts';
import { stripeAt, stripeMenuItems } from './stripe-menu.ts';
import type { StripeReferences } from './stripe-menu.ts';
import type { Passage } from './use-coding-actions.ts';
import type { CodingSelection } from './use-coding-selection.ts';
import type { PassageCoding } from './use-passage-coding.ts';
import type { TranscriptModel } from './use-transcript-model.ts';

export interface TranscriptMenuDeps {
  project: ProjectInfo;
  model: TranscriptModel;
  selection: CodingSelection;
  passageWords: string;
  coding: PassageCoding;
  recent: readonly number[];
  // opens the editor of a new memo on a passage
  memoOnPassage(passage: Passage): void;
}

export interface TranscriptMenu {
  // props for the element around the transcript
  props: ReturnType<ContextMenuHandle['triggerProps']>;
  // the menu and the memo dialog it opened
  elements: ReactNode;
}

// The passage the references cover (from the first's start to the last's end).
function coveredPassage(model: TranscriptModel, ids: readonly number[]): { start: number; end: number } | null {
  const covered = model.allCodings.filter((c) => ids.includes(c.id));
  if (covered.length === 0) return null;
  return { start: Math.min(...covered.map((c) => c.start)), end: Math.max(...covered.map((c) => c.end)) };
}

// The menus of the transcript of one source.
export function useTranscriptMenu({ project, model, selection, passageWords, coding, recent, memoOnPassage }: TranscriptMenuDeps): TranscriptMenu {
  const contextMenu = useContextMenu();
  const [memoOn, setMemoOn] = useState<{ codingId: number; subject: string } | null>(null);
  const readOnly = project.readOnly;

  const stripeItems = (refs: StripeReferences): ContextMenuItem[] => {
    const nodeName = model.nodeMap.get(refs.nodeId)?.path ?? 'the node';
    return stripeMenuItems(refs, {
      readOnly,
      nodeName,
      uncode: () => void coding.uncodeReferences(refs.codingIds).then(selection.clearReferences),
      openNode: () => openInCodebook(refs.nodeId),
      showInNodeView: () => showInNodeView(project.path, refs.nodeId),
      move: () => {
        const passage = coveredPassage(model, refs.codingIds);
        if (passage) coding.pickMoveFor(passage, refs.nodeId, refs.codingIds);
      },
      memo: () => {
        const [codingId] = refs.codingIds;
        if (codingId !== undefined) setMemoOn({ codingId, subject: `the coding at ${nodeName}` });
      },
    });
  };

  const items = (target: EventTarget | null): ContextMenuItem[] => {
    const stripe = stripeAt(target);
    if (stripe) {
      selection.chooseReferences(stripe.nodeId, [...stripe.codingIds]);
      return stripeItems(stripe);
    }
    const { passage, references } = selection;
    if (!passage && references) return stripeItems({ nodeId: references.nodeId, codingIds: references.ids });
    return passageMenuItems(passage, passageWords, readOnly, recent, model.nodeMap, coding, memoOnPassage);
  };

  return {
    props: contextMenu.triggerProps('Transcript', items),
    elements: (
      <>
        {contextMenu.menu}
        {memoOn ? <MemoDialog targetKind="coding" targetId={memoOn.codingId} subject={memoOn.subject} readOnly={readOnly} onClose={() => setMemoOn(null)} /> : null}
      </>
    ),
  };
}
