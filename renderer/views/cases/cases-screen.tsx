// Cases: a read-only list of the project's participants by label, role, organisation and project.
import { ErrorMessage } from '../../components/error-message.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';

// Lists cases from cases.list (editing comes later).
export function CasesScreen() {
  const cases = useApiQuery('cases.list', {});
  const list = [...(cases.data ?? [])].sort((a, b) => a.label.localeCompare(b.label, undefined, { numeric: true }));
  return (
    <section className="screen" aria-labelledby="screen-heading">
      <div className="screen-header">
        <h1 id="screen-heading">Cases</h1>
        {cases.data ? <span className="muted">{list.length === 1 ? '1 case' : `${list.length} cases`}</span> : null}
      </div>
      <ErrorMessage error={cases.error} />
      {cases.loading && !cases.data ? <p className="muted">Loading…</p> : null}
      {cases.data && list.length === 0 ? <p className="empty-state">This project has no cases yet. Cases describe participants by role, organisation and project.</p> : null}
      {list.length > 0 ? (
        <div className="table-scroll">
          <table className="data-table">
            <caption className="visually-hidden">Cases</caption>
            <thead>
              <tr>
                <th scope="col">Label</th>
                <th scope="col">Role</th>
                <th scope="col">Organisation</th>
                <th scope="col">Project</th>
              </tr>
            </thead>
            <tbody>
              {list.map((c) => (
                <tr key={c.id}>
                  <td>{c.label}</td>
                  <td>{c.role}</td>
                  <td>
                    {c.organisation ?? '—'}
                    {c.partnerRole ? <span className="muted"> ({c.partnerRole})</span> : null}
                  </td>
                  <td className="nowrap">{c.project ?? '—'}</td>
                </tr>
              ))}
            </tbody>
          </table>
        </div>
      ) : null}
    </section>
  );
}
