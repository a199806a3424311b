// The context menu of a source in the Sources list: open it for coding, rename it, its
// details (kind, round, cases…), a memo, delete it (asking first; Ctrl+Z brings it back).
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { SourceSummary } from '../../../shared/model/entities.ts';
import { announceChange, call } from '../../api.ts';
import type { ContextMenuItem } from '../../components/context-menu.tsx';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { TextPromptDialog } from '../../components/text-prompt-dialog.tsx';
import { formatCount } from '../../format.ts';
import { useContextMenu } from '../../hooks/use-context-menu.tsx';
import type { ContextMenuHandle } from '../../hooks/use-context-menu.tsx';
import type { Notice } from '../frame/notice-bar.tsx';
import { MemoDialog } from '../memos/memo-dialog.tsx';

// A dialog the source menu opened (Details… is the screen's own).
export type SourceMenuDialog = { kind: 'rename' | 'memo' | 'delete'; source: SourceSummary } | null;

export interface SourceMenuActions {
  readOnly: boolean;
  open(source: SourceSummary): void;
  details(source: SourceSummary): void;
  dialog(dialog: SourceMenuDialog): void;
}

// The actions on one source.
export function sourceMenuItems(source: SourceSummary, actions: SourceMenuActions): ContextMenuItem[] {
  const { readOnly } = actions;
  return [
    { label: 'Open', shortcut: 'Enter', onSelect: () => actions.open(source) },
    { label: 'Rename…', disabled: readOnly, onSelect: () => actions.dialog({ kind: 'rename', source }) },
    { label: 'Details and cases…', disabled: readOnly, onSelect: () => actions.details(source) },
    { label: 'Memo…', onSelect: () => actions.dialog({ kind: 'memo', source }) },
    { label: 'Delete…', disabled: readOnly, onSelect: () => actions.dialog({ kind: 'delete', source }) },
  ];
}

export interface SourceMenuDialogsProps {
  dialog: SourceMenuDialog;
  readOnly: boolean;
  notify(notice: Notice): void;
  onClose(): void;
}

// The dialog the source menu opened, if any.
export function SourceMenuDialogs({ dialog, readOnly, notify, onClose }: SourceMenuDialogsProps) {
  if (!dialog) return null;
  const { source } = dialog;
  if (dialog.kind === 'memo') return <MemoDialog targetKind="source" targetId={source.id} subject={source.name} readOnly={readOnly} onClose={onClose} />;
  if (dialog.kind === 'rename') {
    return (
      <TextPromptDialog
        title={`Rename “${source.name}”`}
        label="Source name"
        submitLabel="Rename"
        initialValue={source.name}
        onSubmit={async (name) => {
          await call('sources.update', { id: source.id, name });
          announceChange('sources.update');
        }}
        onClose={onClose}
      />
    );
  }
  return (
    <ConfirmDialog
      title={`Delete “${source.name}”?`}
      message={`This deletes the source, its text and ${formatCount(source.codingCount, 'coding')} (with their memos). Ctrl+Z brings everything back.`}
      confirmLabel="Delete source"
      onConfirm={async () => {
        await call('sources.delete', { id: source.id });
        announceChange('sources.delete');
        notify({ kind: 'info', text: `Deleted ${source.name}. Ctrl+Z undoes it.` });
      }}
      onClose={onClose}
    />
  );
}

export interface SourceMenu {
  // props for a source's row
  menuProps(source: SourceSummary): ReturnType<ContextMenuHandle['triggerProps']>;
  // the menu and the dialog it opened, to render
  elements: ReactNode;
}

// The source menu of the Sources list: opening it selects the row it belongs to.
export function useSourceMenu(actions: Omit<SourceMenuActions, 'dialog'> & { select(source: SourceSummary): void; notify(notice: Notice): void }): SourceMenu {
  const [dialog, setDialog] = useState<SourceMenuDialog>(null);
  const contextMenu = useContextMenu();
  return {
    menuProps: (source) =>
      contextMenu.triggerProps(source.name, () => {
        actions.select(source);
        return sourceMenuItems(source, { ...actions, dialog: setDialog });
      }),
    elements: (
      <>
        {contextMenu.menu}
        <SourceMenuDialogs dialog={dialog} readOnly={actions.readOnly} notify={actions.notify} onClose={() => setDialog(null)} />
      </>
    ),
  };
}
