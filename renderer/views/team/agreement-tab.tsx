// Agreement between coders: choose two or more coders, the sources and nodes (all those the
// coders shared, when none are chosen), the level and its options; the tables come with how
// each figure was computed, and go to Word, CSV or Excel (anonymised).
import { useState } from 'react';
import type { CoderRecord } from '../../../shared/model/entities.ts';
import { CONSENSUS_NAME } from '../../../shared/model/team.ts';
import type { AgreementLevel, AgreementReport, AgreementRequest } from '../../../shared/model/team.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import type { ApiCallError } from '../../api-call-error.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { downloadFile } from '../queries/download.ts';
import { AgreementTableView } from './agreement-table.tsx';
import { CoderChecklist, IdListSelect } from './team-fields.tsx';

export interface AgreementTabProps {
  coders: readonly CoderRecord[];
  notify(notice: Notice): void;
}

const LEVELS: { id: AgreementLevel; label: string }[] = [
  { id: 'char', label: 'Character level (as NVivo)' },
  { id: 'segment', label: 'Segment level (as MAXQDA)' },
  { id: 'alpha', label: 'Krippendorff’s alpha (as ATLAS.ti)' },
];

interface LevelOptionsProps {
  level: AgreementLevel;
  excludeUncoded: boolean;
  minOverlap: number;
  withDecisions: boolean;
  onExcludeUncoded(value: boolean): void;
  onMinOverlap(value: number): void;
  onWithDecisions(value: boolean): void;
}

// The options of the chosen level, and whether the review's decisions count.
function LevelOptions({ level, excludeUncoded, minOverlap, withDecisions, onExcludeUncoded, onMinOverlap, onWithDecisions }: LevelOptionsProps) {
  return (
    <div className="team-options">
      {level === 'char' ? (
        <label className="checkbox">
          <input type="checkbox" checked={excludeUncoded} onChange={(e) => onExcludeUncoded(e.target.checked)} />
          Only text at least one coder coded
        </label>
      ) : null}
      {level === 'segment' ? (
        <label className="field field-inline">
          <span className="field-label">Segments match when they overlap by at least</span>
          <input type="number" min={1} max={100} value={minOverlap} onChange={(e) => onMinOverlap(Math.min(100, Math.max(1, Number(e.target.value) || 90)))} />%
        </label>
      ) : null}
      <label className="checkbox">
        <input type="checkbox" checked={withDecisions} onChange={(e) => onWithDecisions(e.target.checked)} />
        Count the review’s decisions
      </label>
    </div>
  );
}

// The report's summary, export buttons and tables.
function ReportView({ report, onExport }: { report: AgreementReport; onExport(format: 'docx' | 'csv' | 'xlsx'): void }) {
  return (
    <div className="team-report" aria-label="Agreement report">
      <p className="team-report-summary">
        {report.coders.map((c) => `${c.name} (${c.initials})`).join(', ')}: {report.sources} source{report.sources === 1 ? '' : 's'}, {report.nodes} node{report.nodes === 1 ? '' : 's'}, {report.codings} codings
        {report.decisionsApplied > 0 ? `; ${report.decisionsApplied} decision${report.decisionsApplied === 1 ? '' : 's'} of the review counted` : ''}.
      </p>
      <div className="team-export-buttons">
        <span>Export (anonymised, with the logbook):</span>
        <button type="button" className="small" onClick={() => onExport('docx')}>
          Word
        </button>
        <button type="button" className="small" onClick={() => onExport('csv')}>
          CSV
        </button>
        <button type="button" className="small" onClick={() => onExport('xlsx')}>
          Excel
        </button>
      </div>
      {report.tables.map((t) => (
        <AgreementTableView key={t.title} table={t} />
      ))}
    </div>
  );
}

// Until the user chooses, the first two coders who coded independently (the consensus coder
// holds agreed codings, not a coder's own, so comparing it is rarely what is meant).
function defaultCoders(coders: readonly CoderRecord[]): number[] {
  const independent = coders.filter((c) => c.name !== CONSENSUS_NAME);
  return (independent.length >= 2 ? independent : coders).slice(0, 2).map((c) => c.id);
}

// The agreement form, its tables and the export buttons.
export function AgreementTab({ coders, notify }: AgreementTabProps) {
  const [chosen, setChosen] = useState<number[] | null>(null);
  const [level, setLevel] = useState<AgreementLevel>('char');
  const [sourceIds, setSourceIds] = useState<number[]>([]);
  const [nodeIds, setNodeIds] = useState<number[]>([]);
  const [excludeUncoded, setExcludeUncoded] = useState(false);
  const [minOverlap, setMinOverlap] = useState(90);
  const [withDecisions, setWithDecisions] = useState(true);
  const [report, setReport] = useState<AgreementReport | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [busy, setBusy] = useState(false);
  const sources = useApiQuery('sources.list', {});
  const nodes = useApiQuery('nodes.list', {});
  const coderIds = chosen ?? defaultCoders(coders);
  const request: AgreementRequest = { coderIds, level, sourceIds, nodeIds, excludeUncoded, minOverlap: minOverlap / 100, withDecisions };

  async function compute() {
    setBusy(true);
    setError(null);
    try {
      setReport(await call('team.agreement', request));
    } catch (e) {
      setError(toApiCallError(e));
    } finally {
      setBusy(false);
    }
  }

  async function exportAs(format: 'docx' | 'csv' | 'xlsx') {
    try {
      const file = await call('team.exportAgreement', { request, format });
      downloadFile(file);
      notify({ kind: 'info', text: `Exported ${file.fileName} (anonymised: coders as Coder N, no real names), with the team logbook.` });
    } catch (e) {
      notify({ kind: 'error', text: toApiCallError(e).message });
    }
  }

  if (coders.length < 2) return <p className="empty-state">Agreement needs two coders. Add a second coder (Who is coding? in the status bar), or merge a second coder’s work.</p>;
  return (
    <div className="team-agreement">
      <form
        className="team-form"
        aria-label="Agreement"
        onSubmit={(e) => {
          e.preventDefault();
          void compute();
        }}
      >
        <CoderChecklist legend="Coders to compare" coders={coders} chosen={coderIds} onChange={setChosen} />
        <label className="field">
          <span className="field-label">Level</span>
          <select value={level} onChange={(e) => setLevel(e.target.value as AgreementLevel)}>
            {LEVELS.map((l) => (
              <option key={l.id} value={l.id}>
                {l.label}
              </option>
            ))}
          </select>
        </label>
        <IdListSelect label="Sources (none chosen: those every coder coded)" items={(sources.data ?? []).map((s) => ({ id: s.id, label: s.name }))} chosen={sourceIds} onChange={setSourceIds} />
        <IdListSelect label="Nodes (none chosen: every node they used)" items={(nodes.data ?? []).map((n) => ({ id: n.id, label: n.path }))} chosen={nodeIds} onChange={setNodeIds} />
        <LevelOptions level={level} excludeUncoded={excludeUncoded} minOverlap={minOverlap} withDecisions={withDecisions} onExcludeUncoded={setExcludeUncoded} onMinOverlap={setMinOverlap} onWithDecisions={setWithDecisions} />
        <div className="dialog-buttons">
          <button type="submit" className="primary" disabled={busy || coderIds.length < 2}>
            {busy ? 'Computing…' : report ? 'Compute again' : 'Compute agreement'}
          </button>
        </div>
      </form>
      <ErrorMessage error={error} />
      {report ? <ReportView report={report} onExport={(format) => void exportAs(format)} /> : null}
    </div>
  );
}
