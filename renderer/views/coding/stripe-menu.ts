// The context menu of a coding stripe (right-click it; or Shift+F10 in the transcript once
// a stripe's references are chosen): uncode, open the node in the codebook, show it in the
// node view, move the references to another node, a memo on the coding. Each runs what the
// view, the Codebook or the Queries screen already does.
import type { ContextMenuItem } from '../../components/context-menu.tsx';

// The references a stripe stands for: one node's codings beside one passage.
export interface StripeReferences {
  nodeId: number;
  codingIds: readonly number[];
}

export interface StripeMenuActions {
  readOnly: boolean;
  // the node's path, for the labels
  nodeName: string;
  uncode(): void;
  openNode(): void;
  showInNodeView(): void;
  move(): void;
  memo(): void;
}

// The actions on a stripe's references (a read-only project: the node and its references only).
export function stripeMenuItems(refs: StripeReferences, actions: StripeMenuActions): ContextMenuItem[] {
  const { readOnly } = actions;
  const several = refs.codingIds.length > 1;
  return [
    { label: several ? `Uncode these ${refs.codingIds.length} references` : 'Uncode', shortcut: 'U', disabled: readOnly, onSelect: actions.uncode },
    { label: `Open ${actions.nodeName} in the codebook`, onSelect: actions.openNode },
    { label: 'Show in node view', onSelect: actions.showInNodeView },
    { label: 'Move to another node…', disabled: readOnly, onSelect: actions.move },
    { label: 'Memo on this coding…', disabled: several, onSelect: actions.memo },
  ];
}

// The stripe a context-menu event was on, read from the stripe's data attributes.
export function stripeAt(target: EventTarget | null): StripeReferences | null {
  if (!(target instanceof HTMLElement)) return null;
  const stripe = target.closest<HTMLElement>('.coding-stripe');
  const nodeId = Number(stripe?.dataset.nodeId);
  const codingIds = (stripe?.dataset.codingIds ?? '').split(' ').filter(Boolean).map(Number);
  return stripe && Number.isInteger(nodeId) && codingIds.length > 0 ? { nodeId, codingIds } : null;
}
