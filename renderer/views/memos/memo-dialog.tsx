// The memos on one thing in a dialog, with a new memo open for writing: the "Memo…" of a
// context menu (a source, a case, a node, a coding), where no memo panel is on screen.
import type { MemoTarget } from '../../../shared/model/entities.ts';
import { Modal } from '../../components/modal.tsx';
import { openSource } from '../coding/open-source.ts';
import { MemoPanel } from './memo-panel.tsx';

export interface MemoDialogProps {
  targetKind: MemoTarget;
  targetId: number;
  // what the memos are about ("Interview - Ruth (round 1)")
  subject: string;
  readOnly: boolean;
  onClose(): void;
}

// A dialog with the memo panel of one target.
export function MemoDialog({ targetKind, targetId, subject, readOnly, onClose }: MemoDialogProps) {
  return (
    <Modal title={`Memos on ${subject}`} onClose={onClose} wide>
      <MemoPanel
        targetKind={targetKind}
        targetId={targetId}
        subject={subject}
        readOnly={readOnly}
        startNew
        onOpenPassage={(p) => {
          onClose();
          openSource(p.sourceId, p);
        }}
      />
      <div className="dialog-buttons">
        <button type="button" onClick={onClose}>
          Close
        </button>
      </div>
    </Modal>
  );
}
