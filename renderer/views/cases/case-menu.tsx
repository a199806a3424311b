// The context menu of a case in the Cases grid (right-click a row, Shift+F10 in it, or its
// "More" button): open one of its sources for coding, edit its attributes (the row's first
// cell takes the focus), a memo, delete it (the screen's own dialog, asking first).
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { CaseRecord, SourceSummary } from '../../../shared/model/entities.ts';
import type { ContextMenuItem } from '../../components/context-menu.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { useContextMenu } from '../../hooks/use-context-menu.tsx';
import type { ContextMenuHandle } from '../../hooks/use-context-menu.tsx';
import { openSource } from '../coding/open-source.ts';
import { MemoDialog } from '../memos/memo-dialog.tsx';

// How many of a case's sources the menu offers to open.
const SOURCES_IN_MENU = 3;

export interface CaseMenuActions {
  readOnly: boolean;
  // the case's sources (by name, in the list's order)
  sources: readonly SourceSummary[];
  editAttributes(record: CaseRecord): void;
  memo(record: CaseRecord): void;
  remove(record: CaseRecord): void;
}

// The actions on one case.
export function caseMenuItems(record: CaseRecord, actions: CaseMenuActions): ContextMenuItem[] {
  const opens = actions.sources.slice(0, SOURCES_IN_MENU).map((s): ContextMenuItem => ({ label: `Open ${s.name}`, onSelect: () => openSource(s.id) }));
  return [
    ...(opens.length > 0 ? opens : [{ label: 'Open a source (none yet)', disabled: true, onSelect: () => undefined }]),
    { label: 'Edit attributes', disabled: actions.readOnly, onSelect: () => actions.editAttributes(record) },
    { label: 'Memo…', onSelect: () => actions.memo(record) },
    { label: 'Delete…', disabled: actions.readOnly, onSelect: () => actions.remove(record) },
  ];
}

// Puts the focus in the first field of a case's row.
function focusFirstCell(record: CaseRecord): void {
  document.querySelector<HTMLElement>(`tr[data-case-id="${record.id}"] .cases-cell-input`)?.focus();
}

export interface CaseMenu {
  menuProps(record: CaseRecord): ReturnType<ContextMenuHandle['triggerProps']>;
  // opens the menu under the row's More button
  openBelow(button: HTMLElement, record: CaseRecord): void;
  elements: ReactNode;
}

// The case menu of the Cases grid; `remove` opens the screen's Delete dialog.
export function useCaseMenu(readOnly: boolean, remove: (record: CaseRecord) => void): CaseMenu {
  const [memoOn, setMemoOn] = useState<CaseRecord | null>(null);
  const contextMenu = useContextMenu();
  const sources = useApiQuery('sources.list', {});
  const items = (record: CaseRecord) =>
    caseMenuItems(record, { readOnly, sources: (sources.data ?? []).filter((s) => s.caseNames.includes(record.label)), editAttributes: focusFirstCell, memo: setMemoOn, remove });
  return {
    menuProps: (record) => contextMenu.triggerProps(`Case ${record.label}`, () => items(record)),
    openBelow: (button, record) => contextMenu.openBelow(button, `Case ${record.label}`, items(record)),
    elements: (
      <>
        {contextMenu.menu}
        {memoOn ? <MemoDialog targetKind="case" targetId={memoOn.id} subject={memoOn.label} readOnly={readOnly} onClose={() => setMemoOn(null)} /> : null}
      </>
    ),
  };
}
