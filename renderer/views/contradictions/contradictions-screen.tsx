// The Contradictions screen: every tension of every diagram, grouped by level (Engestrom
// 1987) and by the components it lies between, with its evidence counted by role, project,
// round and system, its memo and its quotes; the contradictions followed across phases;
// the search for discursive manifestations; and the Word table and mirror-data handout.
import { useState } from 'react';
import { TENSION_LEVEL_NAMES, TENSION_LEVEL_NEEDS } from '../../../shared/model/diagrams.ts';
import type { ContradictionEntry, ContradictionGroup } from '../../../shared/model/contradictions.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import type { ScreenProps } from '../frame/screen-props.ts';
import { useContradictionActions } from './contradiction-actions.ts';
import type { ContradictionActions } from './contradiction-actions.ts';
import { CueFinder } from './cue-finder.tsx';
import { ContradictionsExportDialog, MirrorDataDialog } from './export-dialogs.tsx';
import { FollowDialog } from './follow-dialog.tsx';
import { FollowedList } from './followed-list.tsx';
import { TensionEntry } from './tension-entry.tsx';
import './contradictions.css';

type Dialog = { kind: 'export' } | { kind: 'mirror' } | { kind: 'follow'; entry: ContradictionEntry } | null;

function Groups({ groups, readOnly, actions, onFollow }: { groups: ContradictionGroup[]; readOnly: boolean; actions: ContradictionActions; onFollow(entry: ContradictionEntry): void }) {
  const levels = [...new Set(groups.map((g) => g.level))];
  return (
    <>
      {levels.map((level) => (
        <section key={level} className="contradictions-level" aria-labelledby={`contradictions-level-${level}`}>
          <h2 id={`contradictions-level-${level}`}>{TENSION_LEVEL_NAMES[level]}</h2>
          <p className="muted contradictions-level-need">{TENSION_LEVEL_NEEDS[level]}</p>
          {groups
            .filter((g) => g.level === level)
            .map((g) => (
              <section key={g.pairKey} className="contradictions-group" aria-label={`${TENSION_LEVEL_NAMES[level]}: ${g.pairLabel}`}>
                <h3>
                  {g.pairLabel} <span className="muted">({g.entries.length})</span>
                </h3>
                <ul className="contradictions-entries">
                  {g.entries.map((e) => (
                    <TensionEntry key={e.tensionId} entry={e} readOnly={readOnly} actions={actions} onFollow={onFollow} />
                  ))}
                </ul>
              </section>
            ))}
        </section>
      ))}
    </>
  );
}

// Shows the Contradictions screen of the open project.
export function ContradictionsScreen({ project, notify }: ScreenProps) {
  const overview = useApiQuery('contradictions.overview', {});
  const actions = useContradictionActions(notify);
  const [dialog, setDialog] = useState<Dialog>(null);
  const data = overview.data;
  const entries = data?.groups.flatMap((g) => g.entries) ?? [];
  return (
    <section className="screen contradictions-screen" aria-labelledby="screen-heading">
      <div className="screen-header">
        <h1 id="screen-heading">Contradictions</h1>
        {data ? (
          <span className="muted">
            {data.tensionCount} {data.tensionCount === 1 ? 'tension' : 'tensions'} · {data.evidenceCount} {data.evidenceCount === 1 ? 'quote' : 'quotes'}
          </span>
        ) : null}
        <div className="screen-tools">
          <button type="button" onClick={() => setDialog({ kind: 'mirror' })} disabled={entries.every((e) => e.evidenceCount === 0)}>
            Mirror-data handout…
          </button>
          <button type="button" className="primary" onClick={() => setDialog({ kind: 'export' })} disabled={!data}>
            Export to Word…
          </button>
        </div>
      </div>
      <ErrorMessage error={overview.error} />
      <div className="contradictions-body">
        <div className="contradictions-main">
          {data && data.tensionCount === 0 ? (
            <div className="empty-state">
              <p>No tensions yet.</p>
              <p className="muted">Draw a tension between two components on the Diagrams screen (or a contradiction inside one); every tension of every diagram is listed here with its evidence.</p>
            </div>
          ) : null}
          {data ? <Groups groups={data.groups} readOnly={project.readOnly} actions={actions} onFollow={(entry) => setDialog({ kind: 'follow', entry })} /> : null}
        </div>
        <aside className="contradictions-side" aria-label="Across phases and in talk">
          <FollowedList contradictions={data?.contradictions ?? []} readOnly={project.readOnly} actions={actions} />
          <CueFinder entries={entries} readOnly={project.readOnly} actions={actions} notify={notify} />
        </aside>
      </div>
      {dialog?.kind === 'export' ? <ContradictionsExportDialog onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'mirror' ? <MirrorDataDialog entries={entries} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'follow' ? <FollowDialog entry={dialog.entry} entries={entries} onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
