// The side panel when nothing is selected: the diagram's title, perspective, phase and
// caption; its triangles or systems (in the third generation, the organisation each stands
// for, and the shared object's boundary objects); and every component and tension as a button.
import { useEffect, useState } from 'react';
import type { FormEvent } from 'react';
import { allComponents } from '../../../shared/diagram/diagram-spec.ts';
import type { DiagramSpec } from '../../../shared/diagram/diagram-spec.ts';
import { componentName } from '../../../shared/diagram/describe.ts';
import { MAX_TRIANGLES, SYSTEM_PARTNER_ROLES } from '../../../shared/model/diagrams.ts';
import type { DiagramDetail } from '../../../shared/model/diagrams.ts';
import type { DiagramTarget } from '../../diagram/diagram-canvas.tsx';
import { capitalise, evidenceWords, tensionLabel } from './diagram-names.ts';
import type { DiagramActions } from './diagram-actions.ts';

export interface DiagramPanelProps {
  detail: DiagramDetail;
  spec: DiagramSpec;
  readOnly: boolean;
  actions: DiagramActions;
  onSelect(target: DiagramTarget): void;
}

function DetailsForm({ detail, readOnly, actions }: Pick<DiagramPanelProps, 'detail' | 'readOnly' | 'actions'>) {
  const [fields, setFields] = useState({ title: detail.title, perspective: detail.perspective, phase: detail.phase, caption: detail.caption });
  useEffect(() => {
    setFields({ title: detail.title, perspective: detail.perspective, phase: detail.phase, caption: detail.caption });
  }, [detail.id, detail.title, detail.perspective, detail.phase, detail.caption]);
  const changed = fields.title !== detail.title || fields.perspective !== detail.perspective || fields.phase !== detail.phase || fields.caption !== detail.caption;
  function submit(e: FormEvent) {
    e.preventDefault();
    if (!fields.title.trim()) return;
    void actions.run('diagrams.update', { id: detail.id, ...fields });
  }
  return (
    <form className="diagrams-form" onSubmit={submit} aria-label="Diagram details">
      <label className="field">
        <span className="field-label">Title</span>
        <input type="text" value={fields.title} onChange={(e) => setFields({ ...fields, title: e.target.value })} disabled={readOnly} aria-invalid={fields.title.trim() ? undefined : true} />
      </label>
      <div className="diagrams-field-pair">
        <label className="field">
          <span className="field-label">Perspective</span>
          <input type="text" value={fields.perspective} onChange={(e) => setFields({ ...fields, perspective: e.target.value })} disabled={readOnly} />
        </label>
        <label className="field">
          <span className="field-label">Phase</span>
          <input type="text" value={fields.phase} onChange={(e) => setFields({ ...fields, phase: e.target.value })} disabled={readOnly} />
        </label>
      </div>
      <label className="field">
        <span className="field-label">Caption</span>
        <textarea rows={2} value={fields.caption} onChange={(e) => setFields({ ...fields, caption: e.target.value })} disabled={readOnly} />
      </label>
      {readOnly ? null : (
        <div className="button-row">
          <button type="submit" disabled={!changed || !fields.title.trim()}>
            Save details
          </button>
        </div>
      )}
    </form>
  );
}

function SystemRow({ system, index, detail, readOnly, actions }: { system: DiagramDetail['systems'][number]; index: number } & Pick<DiagramPanelProps, 'detail' | 'readOnly' | 'actions'>) {
  const [name, setName] = useState(system.name);
  useEffect(() => setName(system.name), [system.name]);
  const word = detail.generation === 1 ? 'Triangle' : 'System';
  return (
    <li className="diagrams-system-row">
      <label className="field">
        <span className="field-label">
          {word} {index + 1} {detail.generation === 1 ? '(subject)' : ''}
        </span>
        <input
          type="text"
          value={name}
          disabled={readOnly}
          onChange={(e) => setName(e.target.value)}
          onBlur={() => {
            if (name !== system.name) void actions.run('diagrams.renameSystem', { systemId: system.id, name });
          }}
          onKeyDown={(e) => {
            if (e.key === 'Enter') e.currentTarget.blur();
          }}
        />
      </label>
      {detail.generation === 3 ? (
        <label className="field">
          <span className="field-label">Stands for</span>
          <select
            value={system.partnerRole ?? ''}
            disabled={readOnly}
            aria-label={`System ${index + 1} stands for`}
            onChange={(e) => void actions.run('diagrams.setSystemRole', { systemId: system.id, partnerRole: SYSTEM_PARTNER_ROLES.find((r) => r === e.target.value) ?? null })}
          >
            <option value="lead">the lead organisation</option>
            <option value="partner">the partner organisation</option>
            <option value="">neither (evidence not split)</option>
          </select>
        </label>
      ) : null}
      {detail.generation === 1 && !readOnly ? (
        <button type="button" className="small" disabled={detail.systems.length <= 1} onClick={() => void actions.run('diagrams.removeSystem', { systemId: system.id })} aria-label={`Remove triangle ${index + 1}`}>
          Remove
        </button>
      ) : null}
    </li>
  );
}

// The boundary objects the shared object carries, one per line.
function BoundaryObjects({ detail, readOnly, actions }: Pick<DiagramPanelProps, 'detail' | 'readOnly' | 'actions'>) {
  const saved = detail.boundaryObjects.map((b) => b.name).join('\n');
  const [text, setText] = useState(saved);
  useEffect(() => setText(saved), [saved]);
  return (
    <form
      className="diagrams-form"
      aria-label="Boundary objects"
      onSubmit={(e) => {
        e.preventDefault();
        void actions.run('diagrams.setBoundaryObjects', { diagramId: detail.id, names: text.split('\n') });
      }}
    >
      <label className="field">
        <span className="field-label">Boundary objects the shared object carries (one per line)</span>
        <textarea rows={3} value={text} onChange={(e) => setText(e.target.value)} disabled={readOnly} placeholder="e.g. the joint observation form" />
      </label>
      {readOnly ? null : (
        <div className="button-row">
          <button type="submit" disabled={text === saved}>
            Save boundary objects
          </button>
        </div>
      )}
    </form>
  );
}

// The diagram's own details, systems and outline.
export function DiagramPanel({ detail, spec, readOnly, actions, onSelect }: DiagramPanelProps) {
  const counts = new Map([...detail.systems.flatMap((s) => s.components), ...(detail.sharedObject ? [detail.sharedObject] : [])].map((c) => [c.id, c.evidenceCount]));
  return (
    <div className="diagrams-panel-body">
      <h2>Diagram</h2>
      <DetailsForm detail={detail} readOnly={readOnly} actions={actions} />
      {detail.generation !== 2 ? (
        <section aria-label={detail.generation === 1 ? 'Triangles' : 'Systems'}>
          <h3>{detail.generation === 1 ? 'Triangles' : 'Systems'}</h3>
          <ul className="diagrams-systems">
            {detail.systems.map((s, i) => (
              <SystemRow key={s.id} system={s} index={i} detail={detail} readOnly={readOnly} actions={actions} />
            ))}
          </ul>
          {detail.generation === 3 ? <BoundaryObjects detail={detail} readOnly={readOnly} actions={actions} /> : null}
          {detail.generation === 1 && !readOnly ? (
            <button type="button" disabled={detail.systems.length >= MAX_TRIANGLES} onClick={() => void actions.run('diagrams.addSystem', { diagramId: detail.id, name: '' })}>
              Add triangle
            </button>
          ) : null}
        </section>
      ) : null}
      <section aria-label="Components and tensions">
        <h3>Components</h3>
        <ul className="diagrams-outline">
          {allComponents(spec).map((c) => (
            <li key={c.id}>
              <button type="button" className="link-button" onClick={() => onSelect({ kind: 'component', id: c.id })}>
                {componentName(spec, c)}
              </button>
              <span className="muted"> {c.text.trim() ? `— ${c.text.trim().split('\n')[0]}` : '— no text yet'}</span>
              {(counts.get(c.id) ?? 0) > 0 ? <span className="diagrams-count">{counts.get(c.id)}</span> : null}
            </li>
          ))}
        </ul>
        <h3>Tensions</h3>
        {detail.tensions.length === 0 ? <p className="muted">No tensions yet. Select a component and add one, or use Add tension….</p> : null}
        <ul className="diagrams-outline">
          {detail.tensions.map((t) => (
            <li key={t.id}>
              <button type="button" className="link-button" onClick={() => onSelect({ kind: 'tension', id: t.id })}>
                {tensionLabel(spec, t)}
              </button>
              <span className="muted"> {capitalise(t.level)}. {evidenceWords(t.evidenceCount)}</span>
            </li>
          ))}
        </ul>
      </section>
    </div>
  );
}
