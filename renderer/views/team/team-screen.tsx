// The Team screen: several coders on one project. Agreement between coders (per node, per
// source and overall, with how each figure is computed), the review of their
// disagreements, team cycles with the packages handed out and what came back, and the
// team logbook; coding packages are prepared and coders' files merged from here.
import { useState } from 'react';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import type { ScreenProps } from '../frame/screen-props.ts';
import { AgreementTab } from './agreement-tab.tsx';
import { CyclesTab } from './cycles-tab.tsx';
import { MergeDialog } from './merge-dialog.tsx';
import { PackageDialog } from './package-dialog.tsx';
import { ReviewTab } from './review-tab.tsx';
import './team.css';

type TabId = 'agreement' | 'review' | 'cycles';

const TABS: { id: TabId; label: string }[] = [
  { id: 'agreement', label: 'Agreement' },
  { id: 'review', label: 'Review of disagreements' },
  { id: 'cycles', label: 'Cycles and logbook' },
];

// Shows the Team screen of the open project.
export function TeamScreen({ project, notify }: ScreenProps) {
  const [tab, setTab] = useState<TabId>('agreement');
  const [dialog, setDialog] = useState<'package' | 'merge' | null>(null);
  const coders = useApiQuery('coders.list', {});
  const overview = useApiQuery('team.overview', {});
  const origin = overview.data?.package ?? null;
  return (
    <section className="screen team-screen" aria-labelledby="screen-heading">
      <div className="screen-header">
        <h1 id="screen-heading">Team</h1>
        <div className="team-actions">
          <button type="button" onClick={() => setDialog('package')} disabled={project.readOnly}>
            Prepare a coding package…
          </button>
          <button type="button" onClick={() => setDialog('merge')} disabled={project.readOnly}>
            Merge a coder’s file…
          </button>
        </div>
      </div>
      {origin ? (
        <p className="team-origin" role="note">
          This project is a coding package of “{origin.projectName}”{origin.coderName ? ` for ${origin.coderName}` : ''}, made {origin.createdAt.slice(0, 10)}: {origin.withCodings ? 'with the codings so far' : 'blind, without anyone’s codings'}
          {origin.anonymised ? ', anonymised' : ', with real names'}. {origin.instructions ? `Asked: ${origin.instructions}` : ''} When you have coded it, send this file back to be merged.
        </p>
      ) : null}
      <div className="team-tabs" role="tablist" aria-label="Team">
        {TABS.map((t) => (
          <button key={t.id} type="button" role="tab" id={`team-tab-${t.id}`} aria-selected={tab === t.id} aria-controls={`team-panel-${t.id}`} tabIndex={tab === t.id ? 0 : -1} onClick={() => setTab(t.id)}>
            {t.label}
          </button>
        ))}
      </div>
      <div className="team-panel" role="tabpanel" id={`team-panel-${tab}`} aria-labelledby={`team-tab-${tab}`}>
        {tab === 'agreement' ? <AgreementTab coders={coders.data ?? []} notify={notify} /> : null}
        {tab === 'review' ? <ReviewTab project={project} coders={coders.data ?? []} notify={notify} /> : null}
        {tab === 'cycles' ? <CyclesTab overview={overview.data} readOnly={project.readOnly} notify={notify} /> : null}
      </div>
      {dialog === 'package' ? <PackageDialog project={project} coders={coders.data ?? []} cycles={overview.data?.cycles ?? []} notify={notify} onClose={() => setDialog(null)} /> : null}
      {dialog === 'merge' ? <MergeDialog notify={notify} onClose={() => setDialog(null)} /> : null}
    </section>
  );
}
