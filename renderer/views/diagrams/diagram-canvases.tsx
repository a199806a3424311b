// The drawing area of the Diagrams screen: the diagram being edited, and beside it (when
// comparing) another diagram, read-only, each captioned with its title and phase, with the
// contradictions the two follow across their phases.
import { useMemo } from 'react';
import { specFromDetail } from '../../../shared/diagram/diagram-spec.ts';
import type { DiagramSpec } from '../../../shared/diagram/diagram-spec.ts';
import { CONTRADICTION_STATUS_NAMES } from '../../../shared/model/contradictions.ts';
import type { DiagramDetail } from '../../../shared/model/diagrams.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { DiagramCanvas } from '../../diagram/diagram-canvas.tsx';
import type { DiagramTarget } from '../../diagram/diagram-canvas.tsx';
import { describeTarget } from './diagram-names.ts';
import { useDiagram } from './use-diagram.ts';

function Caption({ detail }: { detail: DiagramDetail }) {
  return (
    <p className="diagrams-canvas-caption">
      {detail.title}
      {detail.phase ? ` — ${detail.phase}` : ''}
    </p>
  );
}

// The contradictions both diagrams show: its name, and its status in each phase.
function FollowedAcross({ left, right }: { left: DiagramDetail; right: DiagramDetail }) {
  const shared = left.tensions.flatMap((a) => {
    const b = right.tensions.find((t) => a.link && t.link?.contradictionId === a.link.contradictionId);
    return a.link && b?.link ? [{ id: a.id, name: a.link.name, from: a.link.status, to: b.link.status }] : [];
  });
  if (shared.length === 0) return null;
  const phase = (d: DiagramDetail) => d.phase.trim() || d.title;
  return (
    <section className="diagrams-followed-across" aria-label="Followed across these phases">
      <h3>Followed across these phases</h3>
      <ul>
        {shared.map((s) => (
          <li key={s.id}>
            <strong>{s.name}</strong>: {phase(left)} {CONTRADICTION_STATUS_NAMES[s.from].toLowerCase()} → {phase(right)} {CONTRADICTION_STATUS_NAMES[s.to].toLowerCase()}
          </li>
        ))}
      </ul>
    </section>
  );
}

function CompareCanvas({ id, detail: shown }: { id: number; detail: DiagramDetail }) {
  const other = useDiagram(id);
  const spec = useMemo(() => (other.data ? specFromDetail(other.data) : null), [other.data]);
  if (other.error) return <ErrorMessage error={other.error} />;
  if (!other.data || !spec) return <p className="muted">Loading the other diagram…</p>;
  const detail = other.data;
  return (
    <div className="diagrams-canvas-cell">
      <Caption detail={detail} />
      <DiagramCanvas key={detail.id} spec={spec} label={`Diagram for comparison: ${detail.title}`} selected={null} describe={(t) => describeTarget(detail, spec, t)} />
      <FollowedAcross left={shown} right={detail} />
    </div>
  );
}

export interface DiagramCanvasesProps {
  detail: DiagramDetail;
  spec: DiagramSpec;
  compareId: number | null;
  selected: DiagramTarget | null;
  onSelect(target: DiagramTarget | null): void;
  // leave out for a read-only project
  onNudge?(target: DiagramTarget, x: number, y: number): void;
}

// The diagram, and the one compared with it.
export function DiagramCanvases({ detail, spec, compareId, selected, onSelect, onNudge }: DiagramCanvasesProps) {
  return (
    <div className={compareId !== null ? 'diagrams-canvases diagrams-canvases-two' : 'diagrams-canvases'}>
      <div className="diagrams-canvas-cell">
        {compareId !== null ? <Caption detail={detail} /> : null}
        <DiagramCanvas key={detail.id} spec={spec} label={`Diagram: ${detail.title}`} selected={selected} onSelect={onSelect} onNudge={onNudge} describe={(t) => describeTarget(detail, spec, t)} />
      </div>
      {compareId !== null ? <CompareCanvas id={compareId} detail={detail} /> : null}
    </div>
  );
}
