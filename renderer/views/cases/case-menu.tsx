// The context menu of a case in the Cases grid (right-click a row, Shift+F10 in it, or its
// "More" button): open one of its sources for coding, edit its attributes (the row's first
// cell takes the focus), a memo, delete it (the screen's own dialog, asking first).
import { useEffect, useMemo, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { CaseRecord, SourceSummary } from '../../../shared/model/entities.ts';
import type { ContextMenuItem } from '../../components/context-menu.tsx';
import { useKeptApiQuery } from '../../hooks/use-kept-api-query.ts';
import { useContextMenu } from '../../hooks/use-context-menu.tsx';
import type { ContextMenuHandle } from '../../hooks/use-context-menu.tsx';
import { openSource } from '../coding/open-source.ts';
import { CHANGES_THAT_KEEP_CASES } from './case-changes.ts';
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

// What a row of the grid needs to open the menu (the same object on every render, so rows need not redraw).
export interface CaseRowMenu {
  menuProps(record: CaseRecord): ReturnType<ContextMenuHandle['triggerProps']>;
  // opens the menu under the row's More button
  openBelow(button: HTMLElement, record: CaseRecord): void;
}

export interface CaseMenu {
  rows: CaseRowMenu;
  elements: ReactNode;
}

// True once the screen has drawn (after its first painted frame).
function useAfterFirstPaint(): boolean {
  const [painted, setPainted] = useState(false);
  useEffect(() => {
    let timer = 0;
    const frame = requestAnimationFrame(() => {
      timer = window.setTimeout(() => setPainted(true), 0);
    });
    return () => {
      cancelAnimationFrame(frame);
      window.clearTimeout(timer);
    };
  }, []);
  return painted;
}

// The case menu of the Cases grid; `remove` opens the screen's Delete dialog.
export function useCaseMenu(readOnly: boolean, remove: (record: CaseRecord) => void): CaseMenu {
  const [memoOn, setMemoOn] = useState<CaseRecord | null>(null);
  const contextMenu = useContextMenu();
  // the sources are only needed once a menu opens: they are read after the grid has drawn
  const sources = useKeptApiQuery('sources.list', {}, { wanted: useAfterFirstPaint(), unaffectedBy: CHANGES_THAT_KEEP_CASES });
  const items = (record: CaseRecord) =>
    caseMenuItems(record, { readOnly, sources: (sources.data ?? []).filter((s) => s.caseNames.includes(record.label)), editAttributes: focusFirstCell, memo: setMemoOn, remove });
  const latest = useRef({ contextMenu, items });
  useEffect(() => {
    latest.current = { contextMenu, items };
  });
  const rows = useMemo<CaseRowMenu>(
    () => ({
      menuProps: (record) => {
        const label = `Case ${record.label}`;
        return {
          onContextMenu: (e) => latest.current.contextMenu.triggerProps(label, () => latest.current.items(record)).onContextMenu(e),
          onKeyDown: (e) => latest.current.contextMenu.triggerProps(label, () => latest.current.items(record)).onKeyDown(e),
        };
      },
      openBelow: (button, record) => latest.current.contextMenu.openBelow(button, `Case ${record.label}`, latest.current.items(record)),
    }),
    [],
  );
  return {
    rows,
    elements: (
      <>
        {contextMenu.menu}
        {memoOn ? <MemoDialog targetKind="case" targetId={memoOn.id} subject={memoOn.label} readOnly={readOnly} onClose={() => setMemoOn(null)} /> : null}
      </>
    ),
  };
}
