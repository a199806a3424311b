// The Cases screen's dialogs: add a case, add an attribute column, import attributes
// from a table, delete a case.
import type { CaseRecord } from '../../../shared/model/entities.ts';
import { STUDY_ROLES } from '../../../shared/model/import.ts';
import { announceChange, call } from '../../api.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { TextPromptDialog } from '../../components/text-prompt-dialog.tsx';
import { AttributeTableDialog } from './attribute-table-dialog.tsx';
import type { CaseColumn } from './case-columns.ts';

export type CasesDialog = { kind: 'add' } | { kind: 'attribute' } | { kind: 'table' } | { kind: 'delete'; record: CaseRecord } | null;

export interface CasesDialogsProps {
  dialog: CasesDialog;
  // the grid's columns (a new attribute may not repeat one)
  columns: readonly CaseColumn[];
  onClose(): void;
  // a new attribute column was named
  onAttribute(name: string): void;
  onTableApplied(): void;
  tell(text: string): void;
}

// The open dialog of the Cases screen, if any.
export function CasesDialogs({ dialog, columns, onClose, onAttribute, onTableApplied, tell }: CasesDialogsProps) {
  if (dialog?.kind === 'add') {
    return (
      <TextPromptDialog
        title="Add case"
        label="Real name"
        hint={`The participant's name stays in the project; exports use the label, which starts as the role (${STUDY_ROLES.slice(0, 3).join(', ')}, …) - set it in the grid.`}
        submitLabel="Add case"
        onSubmit={async (realName) => {
          await call('cases.create', { realName, label: realName });
          announceChange('case added');
          tell(`Added the case "${realName}".`);
        }}
        onClose={onClose}
      />
    );
  }
  if (dialog?.kind === 'attribute') {
    return (
      <TextPromptDialog
        title="Add attribute"
        label="Attribute name"
        hint="A new column for every case (e.g. Gender, Years in post). Values are saved as you type them into the grid."
        submitLabel="Add column"
        validate={(name) => (columns.some((c) => c.label.toLowerCase() === name.toLowerCase()) ? 'There is already a column with that name.' : null)}
        onSubmit={async (name) => onAttribute(name)}
        onClose={onClose}
      />
    );
  }
  if (dialog?.kind === 'table') {
    return (
      <AttributeTableDialog
        onClose={onClose}
        onApplied={(result) => {
          onTableApplied();
          tell(`Case attributes imported: ${result.updated} updated, ${result.created} created${result.skipped.length ? `, ${result.skipped.length} rows with problems` : ''}.`);
        }}
      />
    );
  }
  if (dialog?.kind === 'delete') {
    const { record } = dialog;
    return (
      <ConfirmDialog
        title="Delete case"
        message={`Delete the case "${record.label}" (${record.realName})? Its attribute values go with it. Undo brings it back.`}
        confirmLabel="Delete case"
        onConfirm={async () => {
          await call('cases.delete', { id: record.id });
          announceChange('case deleted');
          tell(`Deleted the case "${record.label}".`);
        }}
        onClose={onClose}
      />
    );
  }
  return null;
}
