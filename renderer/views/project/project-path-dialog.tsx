// A dialog around ProjectPathForm for the File menu (browser mode has no native dialogs).
import { useState } from 'react';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { ProjectPathForm } from './project-path-form.tsx';
import type { ProjectPathValues } from './project-path-form.tsx';

export interface ProjectPathDialogProps {
  mode: 'create' | 'open';
  onSubmit(values: ProjectPathValues): Promise<void>;
  onClose(): void;
}

// Asks for a new or existing project's path; closes when the action succeeds.
export function ProjectPathDialog({ mode, onSubmit, onClose }: ProjectPathDialogProps) {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(null);
  async function submit(values: ProjectPathValues) {
    setBusy(true);
    setError(null);
    try {
      await onSubmit(values);
      onClose();
    } catch (e) {
      setError(toApiCallError(e));
      setBusy(false);
    }
  }
  return (
    <Modal title={mode === 'create' ? 'New project' : 'Open project'} onClose={onClose}>
      <ErrorMessage error={error} />
      <ProjectPathForm mode={mode} busy={busy} showReadOnly={mode === 'open'} onSubmit={(v) => void submit(v)} onCancel={onClose} />
    </Modal>
  );
}
