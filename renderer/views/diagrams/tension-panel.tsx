// The side panel of a selected tension: its components, level, label and memo, its
// evidence (the quotes that back it), and Delete.
import { useEffect, useState } from 'react';
import type { DiagramSpec } from '../../../shared/diagram/diagram-spec.ts';
import { allComponents } from '../../../shared/diagram/diagram-spec.ts';
import type { ActivityComponent } from '../../../shared/model/activity-components.ts';
import type { DiagramDetail, TensionRecord } from '../../../shared/model/diagrams.ts';
import type { DiagramActions } from './diagram-actions.ts';
import { capitalise, componentOptions, systemChoices, tensionLabel } from './diagram-names.ts';
import { EvidenceSection } from './evidence-section.tsx';
import { TensionBreakdown } from './tension-breakdown.tsx';
import { TensionFields } from './tension-fields.tsx';
import type { TensionDraft } from './tension-fields.tsx';

export interface TensionPanelProps {
  tension: TensionRecord;
  detail: DiagramDetail;
  spec: DiagramSpec;
  readOnly: boolean;
  actions: DiagramActions;
  onClose(): void;
}

function draftOf(t: TensionRecord): TensionDraft {
  return { fromId: t.fromComponentId, toId: t.toComponentId, level: t.level, label: t.label, memo: t.memo, advancedForm: t.advancedForm };
}

// Edits one tension.
export function TensionPanel({ tension, detail, spec, readOnly, actions, onClose }: TensionPanelProps) {
  const [draft, setDraft] = useState(draftOf(tension));
  useEffect(() => setDraft(draftOf(tension)), [tension]);
  const saved = draftOf(tension);
  const changed = JSON.stringify(draft) !== JSON.stringify(saved);
  const kinds = allComponents(spec)
    .filter((c) => c.id === tension.fromComponentId || c.id === tension.toComponentId)
    .map((c): ActivityComponent => (c.kind === 'shared-object' ? 'object' : c.kind));
  const name = tensionLabel(spec, tension);
  return (
    <div className="diagrams-panel-body">
      <div className="diagrams-panel-head">
        <h2>{capitalise(tension.level)} tension</h2>
        <button type="button" className="small" onClick={onClose}>
          Back to diagram
        </button>
      </div>
      <p className="muted">{name}</p>
      <form
        className="diagrams-form"
        aria-label="Tension"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.run('diagrams.updateTension', { id: tension.id, level: draft.level, label: draft.label, memo: draft.memo, advancedForm: draft.advancedForm, fromComponentId: draft.fromId, toComponentId: draft.toId });
        }}
      >
        <TensionFields draft={draft} options={componentOptions(detail)} generation={detail.generation} systems={systemChoices(detail)} disabled={readOnly} onChange={setDraft} />
        {readOnly ? null : (
          <div className="button-row">
            <button type="submit" className="primary" disabled={!changed}>
              Save tension
            </button>
            <button type="button" disabled={!changed} onClick={() => setDraft(saved)}>
              Revert
            </button>
            <button
              type="button"
              className="diagrams-danger"
              onClick={() => {
                void actions.run('diagrams.deleteTension', { id: tension.id }).then((r) => {
                  if (r !== undefined) onClose();
                });
              }}
            >
              Delete tension
            </button>
          </div>
        )}
      </form>
      <TensionBreakdown tension={tension} />
      <EvidenceSection target="tension" id={tension.id} subject={tension.label ? `the tension “${tension.label}”` : 'this tension'} kinds={[...new Set(kinds)]} readOnly={readOnly} actions={actions} />
    </div>
  );
}
