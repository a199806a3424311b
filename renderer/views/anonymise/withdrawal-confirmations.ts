// The three questions the withdrawal panel asks before acting (withdraw the participant,
// make deletions permanent, delete backups) and what each does once confirmed.
import type { WithdrawalPreview } from '../../../shared/model/anonymise.ts';
import { call } from '../../api.ts';
import type { ConfirmDialogProps } from '../../components/confirm-dialog.tsx';
import type { Notice } from '../frame/notice-bar.tsx';

export type WithdrawalStep = 'withdraw' | 'finalise' | 'backups';

export interface WithdrawalChoices {
  preview: WithdrawalPreview | null;
  deleteSources: ReadonlySet<number>;
  deleteMemos: ReadonlySet<number>;
  keepName: boolean;
  backups: ReadonlySet<string>;
}

export interface WithdrawalOutcomes {
  notify(notice: Notice): void;
  onWithdrawn(preview: WithdrawalPreview): void;
  onBackupsDeleted(): void;
}

// The confirm dialog's question and action for a step (null when there is nothing to withdraw).
export function confirmation(step: WithdrawalStep, choices: WithdrawalChoices, outcomes: WithdrawalOutcomes): Omit<ConfirmDialogProps, 'onClose'> | null {
  const { preview, deleteSources, deleteMemos, keepName, backups } = choices;
  const { notify } = outcomes;
  if (step === 'withdraw') {
    if (!preview) return null;
    return {
      title: 'Withdraw participant',
      message: `Delete ${deleteSources.size} source(s), ${deleteMemos.size} memo(s) and the case of ${preview.realName}? You can undo this until you make it permanent.`,
      confirmLabel: 'Withdraw',
      async onConfirm() {
        const r = await call('withdrawal.withdraw', { caseId: preview.caseId, deleteSourceIds: [...deleteSources], deleteMemoIds: [...deleteMemos], keepNameInRegister: keepName });
        notify({ kind: 'info', text: `Withdrawn: ${r.deletedSources} sources, ${r.deletedCodings} codings and ${r.deletedMemos} memos deleted.` });
        outcomes.onWithdrawn(preview);
      },
    };
  }
  if (step === 'finalise') {
    return {
      title: 'Make deletions permanent',
      message: 'Clear the undo history and compact the project file? Nothing done so far can be undone afterwards.',
      confirmLabel: 'Make permanent',
      async onConfirm() {
        await call('withdrawal.finalise', {});
        notify({ kind: 'info', text: 'Deletions are permanent; the undo history was cleared.' });
      },
    };
  }
  return {
    title: 'Delete backups',
    message: `Delete ${backups.size} backup file(s)? They cannot be restored afterwards.`,
    confirmLabel: 'Delete backups',
    async onConfirm() {
      const r = await call('withdrawal.purgeBackups', { fileNames: [...backups] });
      notify({ kind: 'info', text: `Deleted ${r.removed} backup${r.removed === 1 ? '' : 's'}.` });
      outcomes.onBackupsDeleted();
    },
  };
}
