// A dialog around ProjectPathForm for the File menu (browser mode has no native dialogs).
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';
import { ProjectPathForm } from './project-path-form.tsx';
import type { ProjectPathValues } from './project-path-form.tsx';

export interface ProjectPathDialogProps {
  mode: 'create' | 'open';
  // a path chosen already (in a native dialog)
  initialPath?: string;
  onSubmit(values: ProjectPathValues): Promise<void>;
  onClose(): void;
}

// Asks for a new or existing project's path; closes when the action succeeds.
export function ProjectPathDialog({ mode, initialPath = '', onSubmit, onClose }: ProjectPathDialogProps) {
  const { busy, error, run } = useDialogAction(onClose);
  return (
    <Modal title={mode === 'create' ? 'New project' : 'Open project'} onClose={onClose}>
      <ErrorMessage error={error} />
      <ProjectPathForm mode={mode} busy={busy} initialPath={initialPath} showReadOnly={mode === 'open'} onSubmit={(v) => void run(() => onSubmit(v))} onCancel={onClose} />
    </Modal>
  );
}
