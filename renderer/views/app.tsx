// The top of the UI: the start screen when no project is open, the frame when one is.
import { useEffect, useState } from 'react';
import type { ProjectInfo } from '../../shared/model/entities.ts';
import { call } from '../api.ts';
import type { ApiCallError } from '../api-call-error.ts';
import { toApiCallError } from '../api-call-error.ts';
import { useApiEvent } from '../hooks/use-api-event.ts';
import { isCodingChange } from '../hooks/refresh-later.ts';
import { useLeaveGuard } from '../hooks/use-leave-guard.ts';
import { AppFrame } from './frame/app-frame.tsx';
import { StartScreen } from './start/start-screen.tsx';

function sameProject(a: ProjectInfo | null | undefined, b: ProjectInfo | null): boolean {
  if (!a || !b) return a === b;
  return a.path === b.path && a.guid === b.guid && a.readOnly === b.readOnly && a.name === b.name;
}

// Asks the host which project is open and shows the matching screen.
export function App() {
  const [project, setProject] = useState<ProjectInfo | null | undefined>(undefined);
  const [error, setError] = useState<ApiCallError | null>(null);
  useLeaveGuard();

  useEffect(() => {
    call('project.current', {}).then(setProject, (e: unknown) => {
      setError(toApiCallError(e));
      setProject(null);
    });
  }, []);

  // the host may open, close or restore a project by itself (native menu, another window's action)
  useApiEvent((event) => {
    // (a coding action never opens, closes or renames a project)
    if (event.type !== 'project-changed' || isCodingChange(event)) return;
    call('project.current', {}).then(
      (current) => setProject((prev) => (sameProject(prev, current) ? prev : current)),
      () => undefined,
    );
  });

  if (project === undefined) {
    return (
      <p className="loading" role="status">
        Opening Activity Lens…
      </p>
    );
  }
  if (project === null) return <StartScreen key="start" onOpened={setProject} initialError={error} />;
  return <AppFrame key={`${project.path}\n${project.guid}`} project={project} onProject={setProject} />;
}
