// The context menu of a selected passage in the transcript: the coding view's own actions
// (the same the selection bar and the keys run), offered where the text was selected.
import type { ContextMenuItem } from '../../components/context-menu.tsx';
import type { NodeRecord } from '../../../shared/model/entities.ts';
import type { Passage } from './use-coding-actions.ts';
import type { PassageCoding } from './use-passage-coding.ts';

// How many recently used nodes the menu offers.
const RECENT_IN_MENU = 3;

export interface SelectionMenuActions {
  readOnly: boolean;
  words: string;
  recent: readonly number[];
  nodes: ReadonlyMap<number, NodeRecord>;
  codeAt(): void;
  inVivo(): void;
  codeAtNode(nodeId: number): void;
  uncode(): void;
  // a new memo on the passage (an annotation)
  memo(): void;
}

// The actions on a selected passage, or none when nothing is selected.
export function selectionMenuItems(hasPassage: boolean, actions: SelectionMenuActions): ContextMenuItem[] {
  if (!hasPassage) return [];
  const copy: ContextMenuItem = { label: 'Copy', shortcut: 'Ctrl+C', onSelect: () => void navigator.clipboard?.writeText(actions.words) };
  if (actions.readOnly) return [copy];
  const recent = actions.recent.slice(0, RECENT_IN_MENU).flatMap((nodeId, i): ContextMenuItem[] => {
    const node = actions.nodes.get(nodeId);
    return node ? [{ label: `Code at ${node.name}`, shortcut: String(i + 1), onSelect: () => actions.codeAtNode(nodeId) }] : [];
  });
  return [
    { label: 'Code at…', shortcut: 'C', onSelect: actions.codeAt },
    { label: 'Code in vivo', shortcut: 'V', onSelect: actions.inVivo },
    ...recent,
    { label: 'Uncode…', shortcut: 'U', onSelect: actions.uncode },
    { label: 'New memo on this passage', shortcut: 'M', onSelect: actions.memo },
    copy,
  ];
}

// The menu's actions for the passage selected now, run by the view's coding actions.
export function passageMenuItems(passage: Passage | null, words: string, readOnly: boolean, recent: readonly number[], nodes: ReadonlyMap<number, NodeRecord>, coding: PassageCoding, memoOn: (passage: Passage) => void): ContextMenuItem[] {
  return selectionMenuItems(passage !== null, {
    readOnly,
    words,
    recent,
    nodes,
    codeAt: () => coding.pickNodeFor(passage),
    inVivo: () => coding.codeInVivo(passage, { clearAfter: false }),
    codeAtNode: (nodeId) => coding.codeAt(nodeId, passage),
    uncode: () => passage && coding.pickUncodeFor(passage),
    memo: () => passage && memoOn(passage),
  });
}
