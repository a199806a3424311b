// Starts a diagram: its generation, title, perspective, phase, caption, and the subjects
// of first-generation triangles or the names of third-generation systems.
import { useState } from 'react';
import type { FormEvent } from 'react';
import { GENERATION_NAMES, MAX_TRIANGLES } from '../../../shared/model/diagrams.ts';
import type { DiagramDetail, DiagramGeneration } from '../../../shared/model/diagrams.ts';
import { call } from '../../api.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Modal } from '../../components/modal.tsx';
import { useDialogAction } from '../../components/use-dialog-action.ts';

export interface NewDiagramDialogProps {
  onCreated(detail: DiagramDetail): void;
  onClose(): void;
}

const HINTS: Record<DiagramGeneration, string> = {
  1: 'Tools, subject and object with an arrow to the outcome: one triangle per subject, side by side.',
  2: "Engeström's activity system: tools, subject, object and outcome over rules, community and division of labour.",
  3: 'Two activity systems facing each other, their objects meeting in a shared object.',
};

// The three kinds of diagram, each with what it draws.
function GenerationChoice({ generation, onChange }: { generation: DiagramGeneration; onChange(generation: DiagramGeneration): void }) {
  return (
    <fieldset className="diagrams-generations">
      <legend>Kind of diagram</legend>
      {([1, 2, 3] as const).map((g) => (
        <label key={g} className="radio">
          <input type="radio" name="generation" checked={generation === g} onChange={() => onChange(g)} />
          <span>
            {GENERATION_NAMES[g]}
            <span className="field-hint">{HINTS[g]}</span>
          </span>
        </label>
      ))}
    </fieldset>
  );
}

interface SystemNameFieldsProps {
  generation: DiagramGeneration;
  subjects: string;
  onSubjects(subjects: string): void;
  systems: [string, string];
  onSystems(systems: [string, string]): void;
}

// What names the systems: the subjects of first-generation triangles, or the two third-generation systems.
function SystemNameFields({ generation, subjects, onSubjects, systems, onSystems }: SystemNameFieldsProps) {
  if (generation === 1) {
    return (
      <label className="field">
        <span className="field-label">Subjects, one per line (one triangle each)</span>
        <textarea rows={3} value={subjects} onChange={(e) => onSubjects(e.target.value)} placeholder={'Vice principal\nMiddle leader\nPractitioner'} />
      </label>
    );
  }
  if (generation !== 3) return null;
  const [left, right] = systems;
  return (
    <div className="diagrams-field-pair">
      <label className="field">
        <span className="field-label">Left system</span>
        <input type="text" value={left} onChange={(e) => onSystems([e.target.value, right])} />
      </label>
      <label className="field">
        <span className="field-label">Right system</span>
        <input type="text" value={right} onChange={(e) => onSystems([left, e.target.value])} />
      </label>
    </div>
  );
}

// The dialog; creates the diagram and hands it back.
export function NewDiagramDialog({ onCreated, onClose }: NewDiagramDialogProps) {
  const [generation, setGeneration] = useState<DiagramGeneration>(2);
  const [title, setTitle] = useState('');
  const [perspective, setPerspective] = useState('');
  const [phase, setPhase] = useState('');
  const [caption, setCaption] = useState('');
  const [subjects, setSubjects] = useState('');
  const [systemA, setSystemA] = useState('Lead organisation');
  const [systemB, setSystemB] = useState('Partner organisation');
  const [invalid, setInvalid] = useState<string | null>(null);
  const { busy, error, run } = useDialogAction(onClose);

  const subjectNames = subjects
    .split('\n')
    .map((s) => s.trim())
    .filter(Boolean);

  async function submit(e: FormEvent) {
    e.preventDefault();
    const problem = !title.trim()
      ? 'Give the diagram a title.'
      : generation === 1 && subjectNames.length > MAX_TRIANGLES
        ? `A diagram holds at most ${MAX_TRIANGLES} triangles.`
        : null;
    setInvalid(problem);
    if (problem) return;
    await run(async () => {
      const systemNames = generation === 1 ? (subjectNames.length > 0 ? subjectNames : ['']) : generation === 3 ? [systemA.trim(), systemB.trim()] : [''];
      const detail = await call('diagrams.create', { generation, title: title.trim(), perspective, phase, caption, systemNames });
      onCreated(detail);
    });
  }

  return (
    <Modal title="New diagram" onClose={onClose}>
      <form onSubmit={(e) => void submit(e)} noValidate className="diagrams-form">
        <GenerationChoice generation={generation} onChange={setGeneration} />
        <label className="field">
          <span className="field-label">Title</span>
          <input type="text" value={title} onChange={(e) => setTitle(e.target.value)} aria-invalid={invalid && !title.trim() ? true : undefined} autoFocus />
        </label>
        <div className="diagrams-field-pair">
          <label className="field">
            <span className="field-label">Perspective (whose subject)</span>
            <input type="text" value={perspective} onChange={(e) => setPerspective(e.target.value)} placeholder="e.g. Brokers" />
          </label>
          <label className="field">
            <span className="field-label">Phase</span>
            <input type="text" value={phase} onChange={(e) => setPhase(e.target.value)} placeholder="e.g. Before, Round 2" />
          </label>
        </div>
        <SystemNameFields generation={generation} subjects={subjects} onSubjects={setSubjects} systems={[systemA, systemB]} onSystems={([a, b]) => {
          setSystemA(a);
          setSystemB(b);
        }} />
        <label className="field">
          <span className="field-label">Caption</span>
          <textarea rows={2} value={caption} onChange={(e) => setCaption(e.target.value)} placeholder="Shown under the diagram and in exports" />
        </label>
        {invalid ? (
          <p className="field-error" role="alert">
            {invalid}
          </p>
        ) : null}
        <ErrorMessage error={error} />
        <div className="dialog-buttons">
          <button type="button" onClick={onClose} disabled={busy}>
            Cancel
          </button>
          <button type="submit" className="primary" disabled={busy}>
            {busy ? 'Creating…' : 'Create diagram'}
          </button>
        </div>
      </form>
    </Modal>
  );
}
