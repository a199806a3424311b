// The first screen when no project is open: new, open, demo and recent projects.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { ProjectInfo } from '../../../shared/model/entities.ts';
import { call, isElectron } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useMenuCommand } from '../../hooks/use-api-event.ts';
import { openProjectAsking, usePassphrasePrompt } from '../project/passphrase-prompt.tsx';
import { choosePath, createRequest } from '../project/project-paths.ts';
import { ProjectPathForm } from '../project/project-path-form.tsx';
import type { ProjectPathValues } from '../project/project-path-form.tsx';
import { RecentProjects } from './recent-projects.tsx';

export interface StartScreenProps {
  onOpened(project: ProjectInfo): void;
  initialError?: ApiCallError | null;
}

type FormState = { kind: 'none' } | { kind: 'create' | 'open'; path: string; key: number };

// A path chosen in the native dialog (null when there is none, or it was cancelled); a failure goes to `onError`.
async function browseFor(purpose: 'create-project' | 'open-project', onError: (error: ApiCallError) => void): Promise<string | null> {
  try {
    const choice = await choosePath(purpose);
    return choice.supported ? choice.path : null;
  } catch (e) {
    onError(toApiCallError(e));
    return null;
  }
}

interface StartActionsProps {
  busy: boolean;
  readOnly: boolean;
  onReadOnly(readOnly: boolean): void;
  onNew(): void;
  onOpen(): void;
  onDemo(): void;
  // the path form, when New or Open asks for a typed path
  children: ReactNode;
}

// New, open or demo project, opening read-only or not, and the path form under them.
function StartActions({ busy, readOnly, onReadOnly, onNew, onOpen, onDemo, children }: StartActionsProps) {
  return (
    <section aria-labelledby="start-actions-heading" className="start-actions">
      <h2 id="start-actions-heading" className="visually-hidden">
        Start
      </h2>
      <div className="button-row">
        <button type="button" className="primary" onClick={onNew} disabled={busy}>
          New project…
        </button>
        <button type="button" onClick={onOpen} disabled={busy}>
          Open project…
        </button>
        <button type="button" onClick={onDemo} disabled={busy}>
          Open demo project
        </button>
      </div>
      <label className="checkbox">
        <input type="checkbox" checked={readOnly} onChange={(e) => onReadOnly(e.target.checked)} />
        Open read-only (for a supervisor's copy; nothing can be changed)
      </label>
      {children}
    </section>
  );
}

// Lets the researcher create, open or try a project; shows why an attempt failed.
export function StartScreen({ onOpened, initialError = null }: StartScreenProps) {
  const [form, setForm] = useState<FormState>({ kind: 'none' });
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiCallError | null>(initialError);
  const [readOnly, setReadOnly] = useState(false);
  const electron = isElectron();
  const passphrase = usePassphrasePrompt();

  async function run(action: () => Promise<ProjectInfo | null>) {
    setBusy(true);
    setError(null);
    try {
      const project = await action();
      if (project) onOpened(project);
    } catch (e) {
      setError(toApiCallError(e));
    } finally {
      setBusy(false);
    }
  }

  const browse = (purpose: 'create-project' | 'open-project') => browseFor(purpose, setError);

  function newProject() {
    setError(null);
    setForm({ kind: 'create', path: '', key: Date.now() });
    void (async () => {
      const chosen = await browse('create-project');
      if (chosen) setForm({ kind: 'create', path: chosen, key: Date.now() });
    })();
  }

  function openProject() {
    setError(null);
    void run(async () => {
      const choice = await choosePath('open-project');
      if (!choice.supported) {
        setForm({ kind: 'open', path: '', key: Date.now() });
        return null;
      }
      return choice.path ? openProjectAsking(choice.path, readOnly, passphrase.ask) : null;
    });
  }

  function openDemo() {
    void run(() => call('project.openDemo', {}));
  }

  function openPath(path: string, asReadOnly: boolean) {
    void run(() => openProjectAsking(path, asReadOnly, passphrase.ask));
  }

  function submitForm(values: ProjectPathValues) {
    if (form.kind === 'create') {
      void run(() => call('project.create', createRequest(values)));
    } else {
      openPath(values.path, readOnly);
    }
  }

  useMenuCommand((command) => {
    if (busy) return;
    if (command === 'new-project') newProject();
    else if (command === 'open-project') openProject();
    else if (command === 'open-demo') openDemo();
  });

  return (
    <main className="start-screen">
      <div className="start-card">
        <header className="start-header">
          <h1>Activity Lens</h1>
          <p className="start-tagline">Code interviews and evaluator reports with activity theory, draw activity systems, and export anonymised extracts.</p>
        </header>
        <ErrorMessage error={error} onDismiss={() => setError(null)} />
        <StartActions busy={busy} readOnly={readOnly} onReadOnly={setReadOnly} onNew={newProject} onOpen={openProject} onDemo={openDemo}>
          {form.kind !== 'none' ? (
            <ProjectPathForm key={form.key} mode={form.kind} busy={busy} initialPath={form.path} onBrowse={electron ? () => browse(form.kind === 'create' ? 'create-project' : 'open-project') : undefined} onSubmit={submitForm} onCancel={() => setForm({ kind: 'none' })} />
          ) : null}
        </StartActions>
        <RecentProjects busy={busy} readOnly={readOnly} onOpen={openPath} />
      </div>
      {passphrase.prompt}
    </main>
  );
}
