// The Diagrams screen's dialogs: a new diagram, export, a copy for another phase, a new
// tension, deleting the diagram.
import type { DiagramDetail, TensionRecord } from '../../../shared/model/diagrams.ts';
import { announceChange, call } from '../../api.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import type { Notice } from '../frame/notice-bar.tsx';
import { AddTensionDialog } from './add-tension-dialog.tsx';
import type { DiagramActions } from './diagram-actions.ts';
import { DuplicateDialog } from './duplicate-dialog.tsx';
import { ExportDialog } from './export-dialog.tsx';
import { NewDiagramDialog } from './new-diagram-dialog.tsx';

export type DiagramsDialog = { kind: 'new' } | { kind: 'export' } | { kind: 'duplicate' } | { kind: 'delete' } | { kind: 'tension'; fromId: number | null } | null;

export interface DiagramsDialogsProps {
  dialog: DiagramsDialog;
  // the diagram shown (null when there is none)
  detail: DiagramDetail | null;
  actions: DiagramActions;
  notify(notice: Notice): void;
  onCreated(detail: DiagramDetail): void;
  // shows a diagram (a copy), or none after a delete
  onChoose(id: number | null): void;
  onTensionAdded(tension: TensionRecord): void;
  onClose(): void;
}

// The open dialog of the Diagrams screen, if any.
export function DiagramsDialogs({ dialog, detail, actions, notify, onCreated, onChoose, onTensionAdded, onClose }: DiagramsDialogsProps) {
  if (dialog?.kind === 'new') return <NewDiagramDialog onCreated={onCreated} onClose={onClose} />;
  if (!detail) return null;
  if (dialog?.kind === 'export') {
    return (
      <ExportDialog
        diagramId={detail.id}
        title={detail.title}
        onExported={(r) => notify({ kind: 'info', text: r.mimeType === 'image/png' ? `Exported ${r.fileName} (${r.widthPx} × ${r.heightPx} pixels).` : `Exported ${r.fileName}.` })}
        onClose={onClose}
      />
    );
  }
  if (dialog?.kind === 'duplicate') return <DuplicateDialog detail={detail} actions={actions} onCopied={(copy) => onChoose(copy.id)} onClose={onClose} />;
  if (dialog?.kind === 'tension') return <AddTensionDialog detail={detail} fromId={dialog.fromId} actions={actions} onAdded={onTensionAdded} onClose={onClose} />;
  if (dialog?.kind === 'delete') {
    return (
      <ConfirmDialog
        title="Delete diagram"
        message={`Delete “${detail.title}” with its texts, tensions and evidence links? The codings themselves stay. Undo (Ctrl+Z) brings the diagram back.`}
        confirmLabel="Delete diagram"
        onConfirm={async () => {
          await call('diagrams.delete', { id: detail.id });
          announceChange('diagrams.delete');
          onChoose(null);
          notify({ kind: 'info', text: `Deleted “${detail.title}”.` });
        }}
        onClose={onClose}
      />
    );
  }
  return null;
}
