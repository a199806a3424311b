// The review of disagreements between two coders: each passage where they coded a node
// differently, what each coded (marked in the passage), a jump to the source, and the
// decision - keep A, keep B, keep both, keep neither - written under the consensus coder.
// Progress is shown, every decision can be undone (Undo, or Take back here), and agreement
// after the review is recomputed with each decision.
import { useState } from 'react';
import type { CoderRecord } from '../../../shared/model/entities.ts';
import type { DecisionKind, Disagreement } from '../../../shared/model/team.ts';
import { formatFigure } from '../../../shared/model/team.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { openSource } from '../coding/open-source.ts';
import type { ScreenProps } from '../frame/screen-props.ts';
import { PassageMarks } from './passage-marks.tsx';

export interface ReviewTabProps extends ScreenProps {
  coders: readonly CoderRecord[];
}

const DECISION_LABEL: Record<DecisionKind, string> = { 'keep-a': 'Kept A', 'keep-b': 'Kept B', 'keep-both': 'Kept both', 'keep-neither': 'Kept neither' };

// Overall character-level agreement of the pair, as coded and after the review's decisions.
function useAgreementAfter(coderA: number, coderB: number, ready: boolean) {
  const input = { coderIds: [coderA, coderB], level: 'char' as const };
  const before = useApiQuery('team.agreement', { ...input, withDecisions: false });
  const after = useApiQuery('team.agreement', { ...input, withDecisions: true });
  const overall = (r: typeof before.data) => r?.tables[0]?.rows[0]?.values[0] ?? null;
  return ready ? { before: overall(before.data), after: overall(after.data) } : { before: null, after: null };
}

// One disagreement with its decision buttons.
function DisagreementItem({ item, a, b, readOnly, onDecide, onRevoke }: { item: Disagreement; a: CoderRecord; b: CoderRecord; readOnly: boolean; onDecide(d: DecisionKind): void; onRevoke(): void }) {
  const buttons: [DecisionKind, string][] = [
    ['keep-a', `Keep ${a.initials}`],
    ['keep-b', `Keep ${b.initials}`],
    ['keep-both', 'Keep both'],
    ['keep-neither', 'Keep neither'],
  ];
  return (
    <li className={item.decision ? 'team-disagreement team-disagreement-decided' : 'team-disagreement'} aria-label={`${item.nodePath} in ${item.sourceName}`}>
      <div className="team-disagreement-head">
        <span className="team-node">{item.nodePath}</span>
        <span className="muted">
          {item.sourceName}, {item.start}–{item.end}
        </span>
        <button type="button" className="link-button small" onClick={() => openSource(item.sourceId, { start: item.start, end: item.end })}>
          Show in source
        </button>
      </div>
      <PassageMarks item={item} a={a} b={b} />
      <div className="team-decision">
        {item.decision ? (
          <>
            <span className="badge">{DECISION_LABEL[item.decision].replace(' A', ` ${a.initials}`).replace(' B', ` ${b.initials}`)}</span>
            <button type="button" className="small" disabled={readOnly} onClick={onRevoke}>
              Take back
            </button>
          </>
        ) : null}
        {buttons.map(([d, label]) => (
          <button key={d} type="button" className={item.decision === d ? 'small primary' : 'small'} disabled={readOnly} aria-pressed={item.decision === d} onClick={() => onDecide(d)}>
            {label}
          </button>
        ))}
      </div>
    </li>
  );
}

// The review of two coders' disagreements.
export function ReviewTab({ project, coders, notify }: ReviewTabProps) {
  const [pair, setPair] = useState<[number, number] | null>(null);
  const [coderA, coderB] = pair ?? [coders[0]?.id ?? 0, coders[1]?.id ?? 0];
  const ready = coderA > 0 && coderB > 0 && coderA !== coderB;
  const list = useApiQuery('team.disagreements', { coderA: ready ? coderA : 1, coderB: ready ? coderB : 2 });
  const agreement = useAgreementAfter(coderA, coderB, ready);
  const [error, setError] = useState<string | null>(null);
  const a = coders.find((c) => c.id === coderA);
  const b = coders.find((c) => c.id === coderB);
  if (coders.length < 2) return <p className="empty-state">The review needs two coders’ codings of the same sources.</p>;

  async function decide(item: Disagreement, decision: DecisionKind) {
    try {
      setError(null);
      const result = await call('team.decide', { coderA, coderB, sourceId: item.sourceId, nodeId: item.nodeId, start: item.start, end: item.end, decision });
      notify({ kind: 'info', text: `Decided: the agreed coding is ${result.consensusCoder.name}'s (${result.codingsWritten} passage${result.codingsWritten === 1 ? '' : 's'}). Undo takes it back.` });
    } catch (e) {
      setError(toApiCallError(e).message);
    }
  }
  async function revoke(item: Disagreement) {
    if (item.decisionId === null) return;
    try {
      await call('team.revokeDecision', { id: item.decisionId });
    } catch (e) {
      setError(toApiCallError(e).message);
    }
  }

  const data = ready ? list.data : undefined;
  return (
    <div className="team-review">
      <div className="team-form team-pair">
        {(['A', 'B'] as const).map((which, i) => (
          <label key={which} className="field field-inline">
            <span className="field-label">Coder {which}</span>
            <select
              value={String(i === 0 ? coderA : coderB)}
              onChange={(e) => {
                const id = Number(e.target.value);
                setPair(i === 0 ? [id, coderB] : [coderA, id]);
              }}
            >
              {coders.map((c) => (
                <option key={c.id} value={String(c.id)}>
                  {c.name} ({c.initials})
                </option>
              ))}
            </select>
          </label>
        ))}
      </div>
      {!ready ? <p className="muted">Choose two different coders.</p> : null}
      <ErrorMessage error={error ?? (ready ? list.error : null)} />
      {data && a && b ? (
        <>
          <div className="team-progress" aria-label="Review progress">
            <progress max={data.total || 1} value={data.decided} aria-label="Disagreements decided" />
            <span>
              {data.decided} of {data.total} disagreement{data.total === 1 ? '' : 's'} decided
            </span>
            <span className="team-agreement-after" data-testid="review-agreement">
              Agreement (character level): {formatFigure(agreement.before, 'percent')} as coded, {formatFigure(agreement.after, 'percent')} after the review
            </span>
          </div>
          {data.total === 0 ? <p className="empty-state">These two coders agree everywhere they both coded.</p> : null}
          <ol className="team-disagreements">
            {data.items.map((item) => (
              <DisagreementItem key={`${item.sourceId}:${item.nodeId}:${item.start}:${item.end}`} item={item} a={a} b={b} readOnly={project.readOnly} onDecide={(d) => void decide(item, d)} onRevoke={() => void revoke(item)} />
            ))}
          </ol>
          {data.items.length < data.total ? <p className="muted">The first {data.items.length} are listed; decide these to see the rest.</p> : null}
        </>
      ) : null}
    </div>
  );
}
