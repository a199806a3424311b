// The Import dialog: choose files (or drop them anywhere on the window), read them in the
// host with progress, check each file's details, confirm the speakers, import them one
// transaction each with progress "file n of N" and cancel, and see what happened to each.
import type { SourceSummary } from '../../../shared/model/entities.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { DetailsStep } from './import-details-step.tsx';
import { SpeakersStep } from './import-speakers-step.tsx';
import { ChooseStep, ImportButtons, ImportProgress } from './import-steps.tsx';
import { ImportSummaryView } from './import-summary.tsx';
import { useImportFlow } from './use-import-flow.ts';
import type { DroppedFiles } from './use-import-flow.ts';
import './import.css';

export interface ImportDialogProps {
  onImported(sources: SourceSummary[]): void;
  onClose(): void;
  dropped: DroppedFiles | null;
}

// Lets the researcher pick or drop files, confirm them, and import them with progress.
export function ImportDialog({ onImported, onClose, dropped }: ImportDialogProps) {
  const flow = useImportFlow({ onImported, onClose, dropped });
  const { phase, drafts, job } = flow;
  const cases = useApiQuery('cases.list', {});
  const caseList = [...(cases.data ?? [])].sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));
  return (
    <Modal title="Import sources" onClose={flow.cancel} wide>
      <form className="import-dialog" onSubmit={flow.submit} noValidate>
        {phase.kind === 'choose' ? <ChooseStep onChosen={flow.chooseFiles} /> : null}
        {phase.kind === 'reading' || phase.kind === 'importing' ? <ImportProgress phase={phase} job={job} /> : null}
        {phase.kind === 'details' ? <DetailsStep drafts={drafts.drafts} failures={drafts.failures} cases={caseList} onChange={drafts.update} onApplyToAll={drafts.applyToAll} onRemove={drafts.remove} /> : null}
        {phase.kind === 'speakers' ? <SpeakersStep drafts={drafts.drafts} cases={caseList} onChange={drafts.update} /> : null}
        {phase.kind === 'done' ? <ImportSummaryView summary={phase.summary} cancelRequested={phase.cancelRequested} /> : null}
        <ErrorMessage error={flow.error} />
        <ImportButtons
          phase={phase}
          busy={flow.busy}
          cancelling={job?.cancelling ?? false}
          hasDrafts={drafts.drafts.length > 0}
          needsSpeakers={drafts.needsSpeakers}
          onBack={() => flow.setPhase({ kind: 'details' })}
          onCancel={flow.cancel}
          onClose={onClose}
        />
      </form>
    </Modal>
  );
}
