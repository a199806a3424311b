// A tension's evidence counted by role, project and round and, in a third-generation
// diagram whose systems stand for the lead and the partner organisation, by system; and
// the contradiction it is followed as across phases.
import type { FacetCount } from '../../../shared/model/contradictions.ts';
import { CONTRADICTION_STATUS_NAMES } from '../../../shared/model/contradictions.ts';
import type { TensionRecord } from '../../../shared/model/diagrams.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';

function Counts({ label, counts }: { label: string; counts: FacetCount[] }) {
  if (counts.length === 0) return null;
  return (
    <div className="diagrams-breakdown-row">
      <dt>{label}</dt>
      <dd>
        {counts.map((c) => (
          <span key={c.value} className="diagrams-chip">
            {c.value} <strong>{c.count}</strong>
          </span>
        ))}
      </dd>
    </div>
  );
}

// The counts of one tension's evidence, and its link across phases.
export function TensionBreakdown({ tension }: { tension: TensionRecord }) {
  const breakdown = useApiQuery('contradictions.breakdown', { tensionId: tension.id });
  const data = breakdown.data;
  return (
    <section className="diagrams-breakdown" aria-label="Evidence by role, project and round">
      {tension.link ? (
        <p className="diagrams-followed">
          Followed across phases as <strong>{tension.link.name}</strong>: {CONTRADICTION_STATUS_NAMES[tension.link.status].toLowerCase()} in this phase.
        </p>
      ) : null}
      <ErrorMessage error={breakdown.error} />
      {data && tension.evidenceCount > 0 ? (
        <dl>
          <Counts label="By system" counts={data.system} />
          <Counts label="By role" counts={data.role} />
          <Counts label="By project" counts={data.project} />
          <Counts label="By round" counts={data.round} />
        </dl>
      ) : null}
    </section>
  );
}
