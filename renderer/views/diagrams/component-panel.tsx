// The side panel of a selected component: its text (several lines, typed or picked from
// the names of nodes tied to the component), its evidence, and a way to add a tension.
import { useEffect, useState } from 'react';
import type { DiagramSpec } from '../../../shared/diagram/diagram-spec.ts';
import type { ActivityComponent } from '../../../shared/model/activity-components.ts';
import type { DiagramComponentRecord } from '../../../shared/model/diagrams.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import type { DiagramActions } from './diagram-actions.ts';
import { componentLabel } from './diagram-names.ts';
import { withLine } from './draft-rules.ts';
import { EvidenceSection } from './evidence-section.tsx';

export interface ComponentPanelProps {
  component: DiagramComponentRecord;
  spec: DiagramSpec;
  readOnly: boolean;
  actions: DiagramActions;
  onAddTension(fromId: number): void;
  onClose(): void;
}

// Edits one component.
export function ComponentPanel({ component, spec, readOnly, actions, onAddTension, onClose }: ComponentPanelProps) {
  const [text, setText] = useState(component.text);
  useEffect(() => setText(component.text), [component.id, component.text]);
  const suggestions = useApiQuery('diagrams.suggestions', { componentId: component.id });
  const name = componentLabel(spec, component.id);
  const kinds: ActivityComponent[] = component.kind === 'shared-object' ? ['object'] : [component.kind];
  const changed = text !== component.text;
  return (
    <div className="diagrams-panel-body">
      <div className="diagrams-panel-head">
        <h2>{name}</h2>
        <button type="button" className="small" onClick={onClose}>
          Back to diagram
        </button>
      </div>
      <form
        className="diagrams-form"
        onSubmit={(e) => {
          e.preventDefault();
          void actions.run('diagrams.setComponentText', { componentId: component.id, text });
        }}
      >
        <label className="field">
          <span className="field-label">Text (one line each: roles, verbs, artefacts)</span>
          <textarea rows={6} value={text} onChange={(e) => setText(e.target.value)} disabled={readOnly} spellCheck />
        </label>
        {readOnly ? null : (
          <div className="button-row">
            <button type="submit" className="primary" disabled={!changed}>
              Save text
            </button>
            <button type="button" disabled={!changed} onClick={() => setText(component.text)}>
              Revert
            </button>
          </div>
        )}
      </form>
      {!readOnly && (suggestions.data?.length ?? 0) > 0 ? (
        <section aria-label="Suggestions from the codebook">
          <h3>Suggestions from linked nodes</h3>
          <ul className="diagrams-suggestions">
            {suggestions.data?.map((s) => (
              <li key={s.nodeId}>
                <button type="button" className="small" title={s.description || s.path} onClick={() => setText((t) => withLine(t, s.name))}>
                  + {s.name}
                </button>
                <span className="muted"> {s.codingCount}</span>
              </li>
            ))}
          </ul>
        </section>
      ) : null}
      {readOnly ? null : (
        <button type="button" onClick={() => onAddTension(component.id)}>
          Add tension from here…
        </button>
      )}
      <EvidenceSection target="component" id={component.id} subject={name} kinds={kinds} readOnly={readOnly} actions={actions} />
    </div>
  );
}
