// The list of recently opened projects on the start screen; missing files are greyed out.
import { useId } from 'react';
import { formatDateTime } from '../../format.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { ErrorMessage } from '../../components/error-message.tsx';

export interface RecentProjectsProps {
  busy: boolean;
  readOnly: boolean;
  onOpen(path: string, readOnly: boolean): void;
}

// Shows project.recent with a button per project that still exists.
export function RecentProjects({ busy, readOnly, onOpen }: RecentProjectsProps) {
  const recent = useApiQuery('project.recent', {});
  const baseId = useId();
  const projects = recent.data ?? [];
  return (
    <section aria-labelledby={`${baseId}-heading`} className="recent-projects">
      <h2 id={`${baseId}-heading`}>Recent projects</h2>
      <ErrorMessage error={recent.error} />
      {recent.loading && !recent.data ? <p className="muted">Loading…</p> : null}
      {recent.data && projects.length === 0 ? <p className="muted">No recent projects yet.</p> : null}
      {projects.length > 0 ? (
        <ul className="recent-list">
          {projects.map((p, i) => (
            <li key={p.path} className={p.exists ? 'recent-item' : 'recent-item recent-missing'}>
              <button type="button" className="recent-open" disabled={busy || !p.exists} onClick={() => onOpen(p.path, readOnly)} aria-describedby={`${baseId}-${i}`}>
                {p.name}
              </button>
              <span className="recent-path" id={`${baseId}-${i}`}>
                {p.path}
                {p.exists ? null : <span className="recent-not-found"> — not found</span>}
              </span>
              <span className="recent-date">{p.exists ? `Opened ${formatDateTime(p.openedAt)}` : null}</span>
            </li>
          ))}
        </ul>
      ) : null}
    </section>
  );
}
