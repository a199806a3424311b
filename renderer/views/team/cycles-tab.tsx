// Team cycles and the logbook: the lead starts a cycle, hands out packages (Prepare a
// coding package), sees who has returned what, merges it and closes the cycle; the logbook
// records every cycle, package, merge and review decision with who, when and what.
import { useState } from 'react';
import type { TeamOverview } from '../../../shared/model/team.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { formatDateTime } from '../../format.ts';
import type { Notice } from '../frame/notice-bar.tsx';

export interface CyclesTabProps {
  overview: TeamOverview | undefined;
  readOnly: boolean;
  notify(notice: Notice): void;
}

const KIND_LABEL = { cycle: 'Cycle', package: 'Package', merge: 'Merge', adjudication: 'Review', note: 'Note' } as const;

// Starting a cycle, or adding a note to the logbook.
function LogbookForm({ readOnly, notify }: { readOnly: boolean; notify(notice: Notice): void }) {
  const [title, setTitle] = useState('');
  const [note, setNote] = useState('');
  async function run(what: 'cycle' | 'note') {
    try {
      if (what === 'cycle') await call('team.startCycle', { title: title.trim() || 'Next cycle', note: note.trim() || undefined });
      else await call('team.addNote', { summary: title.trim() || 'Note', detail: note.trim() || undefined });
      setTitle('');
      setNote('');
    } catch (e) {
      notify({ kind: 'error', text: toApiCallError(e).message });
    }
  }
  return (
    <form className="team-form team-cycle-form" aria-label="Start a cycle or add a note" onSubmit={(e) => e.preventDefault()}>
      <label className="field">
        <span className="field-label">Title</span>
        <input type="text" value={title} maxLength={500} placeholder="Second coding of the round 1 interviews" onChange={(e) => setTitle(e.target.value)} />
      </label>
      <label className="field">
        <span className="field-label">What is asked, or what was decided</span>
        <textarea rows={2} value={note} onChange={(e) => setNote(e.target.value)} />
      </label>
      <div className="dialog-buttons">
        <button type="button" disabled={readOnly} onClick={() => void run('note')}>
          Add to the logbook
        </button>
        <button type="button" className="primary" disabled={readOnly} onClick={() => void run('cycle')}>
          Start a cycle
        </button>
      </div>
    </form>
  );
}

// The cycles with their packages, and the logbook.
export function CyclesTab({ overview, readOnly, notify }: CyclesTabProps) {
  if (!overview) return <p className="muted">Loading…</p>;
  const close = (id: number) => call('team.closeCycle', { id }).catch((e: unknown) => notify({ kind: 'error', text: toApiCallError(e).message }));
  return (
    <div className="team-cycles">
      <section aria-labelledby="team-cycles-heading">
        <h2 id="team-cycles-heading">Cycles</h2>
        {overview.cycles.length === 0 ? <p className="muted">No cycle yet. Start one, then prepare a coding package for each member; merge what they send back.</p> : null}
        {overview.cycles.map((cycle) => (
          <article key={cycle.id} className="team-cycle" aria-label={cycle.number > 0 ? `Cycle ${cycle.number}` : cycle.title}>
            <header>
              <strong>{cycle.number > 0 ? `Cycle ${cycle.number}: ${cycle.title}` : cycle.title}</strong>
              <span className="badge">{cycle.status}</span>
              {cycle.number > 0 && cycle.status === 'open' ? (
                <button type="button" className="small" disabled={readOnly} onClick={() => void close(cycle.id)}>
                  Close cycle
                </button>
              ) : null}
            </header>
            {cycle.note ? <p>{cycle.note}</p> : null}
            <table className="team-packages">
              <thead>
                <tr>
                  <th scope="col">Package</th>
                  <th scope="col">For</th>
                  <th scope="col">Holds</th>
                  <th scope="col">Made</th>
                  <th scope="col">Returned and merged</th>
                </tr>
              </thead>
              <tbody>
                {cycle.packages.map((p) => (
                  <tr key={p.id}>
                    <th scope="row">{p.fileName}</th>
                    <td>{p.coder ? `${p.coder.name} (${p.coder.initials})` : 'anyone'}</td>
                    <td>
                      {p.sources} source{p.sources === 1 ? '' : 's'}, {p.withCodings ? 'with codings' : 'blind'}, {p.anonymised ? 'anonymised' : 'real names'}
                    </td>
                    <td>{formatDateTime(p.createdAt)}</td>
                    <td>{p.returnedAt ? formatDateTime(p.returnedAt) : 'not yet'}</td>
                  </tr>
                ))}
                {cycle.packages.length === 0 ? (
                  <tr>
                    <td colSpan={5} className="muted">
                      No package yet.
                    </td>
                  </tr>
                ) : null}
              </tbody>
            </table>
          </article>
        ))}
        <LogbookForm readOnly={readOnly} notify={notify} />
      </section>
      <section aria-labelledby="team-logbook-heading">
        <h2 id="team-logbook-heading">Logbook</h2>
        {overview.logbook.length === 0 ? <p className="muted">Nothing logged yet.</p> : null}
        <ol className="team-logbook">
          {[...overview.logbook].reverse().map((e) => (
            <li key={e.id}>
              <span className="team-log-when">{formatDateTime(e.createdAt)}</span> <span className="badge">{KIND_LABEL[e.kind]}</span> {e.cycleNumber !== null ? <span className="muted">cycle {e.cycleNumber}</span> : null} <span className="team-log-who">{e.coder ?? 'no coder chosen'}</span>: {e.summary}
              {e.detail ? (
                <details>
                  <summary>Details</summary>
                  <pre className="team-log-detail">{e.detail}</pre>
                </details>
              ) : null}
            </li>
          ))}
        </ol>
      </section>
    </div>
  );
}
