// The frame's status bar with what it shows read here: the project's counts and the undo
// step (read again after every change; after a coding only once its stripe is painted) and
// the last backup (not read again after a coding, which takes none).
import type { ProjectInfo } from '../../../shared/model/entities.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { StatusBar } from './status-bar.tsx';

// The status bar with the project's counts, the undo step and the last backup, read here.
export function FrameStatusBar({ project, onError }: { project: ProjectInfo; onError(text: string): void }) {
  const stats = useApiQuery('project.stats', {});
  const undoState = useApiQuery('undo.state', {});
  const backups = useApiQuery('backups.list', {}, ['backup-taken', 'project-changed'], 'never');
  const lastBackup = backups.data ? ([...backups.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null) : undefined;
  return <StatusBar project={project} stats={stats.data} undo={undoState.data} lastBackup={lastBackup} onError={onError} />;
}
