// The toolbar over a diagram: add a tension, copy it for another phase, compare it with
// another diagram, export, delete.
import type { DiagramSummary } from '../../../shared/model/diagrams.ts';
import { diagramChoiceLabel } from './diagram-names.ts';

export interface DiagramToolbarProps {
  readOnly: boolean;
  // the other diagrams of the project, to compare with
  others: readonly DiagramSummary[];
  compareId: number | null;
  onCompare(id: number | null): void;
  onAddTension(): void;
  onDuplicate(): void;
  onExport(): void;
  onDelete(): void;
}

// The diagram's actions.
export function DiagramToolbar({ readOnly, others, compareId, onCompare, onAddTension, onDuplicate, onExport, onDelete }: DiagramToolbarProps) {
  return (
    <div className="diagrams-toolbar" role="toolbar" aria-label="Diagram actions">
      {readOnly ? null : (
        <>
          <button type="button" onClick={onAddTension}>
            Add tension…
          </button>
          <button type="button" onClick={onDuplicate}>
            Copy for another phase…
          </button>
        </>
      )}
      <label className="diagrams-compare">
        <span>Compare with</span>
        <select value={compareId ?? ''} onChange={(e) => onCompare(e.target.value === '' ? null : Number(e.target.value))} disabled={others.length === 0}>
          <option value="">— nothing</option>
          {others.map((d) => (
            <option key={d.id} value={d.id}>
              {diagramChoiceLabel(d)}
            </option>
          ))}
        </select>
      </label>
      <button type="button" onClick={onExport}>
        Export…
      </button>
      {readOnly ? null : (
        <button type="button" className="diagrams-danger" onClick={onDelete}>
          Delete…
        </button>
      )}
    </div>
  );
}

export interface DiagramChooserProps {
  diagrams: readonly DiagramSummary[];
  currentId: number | null;
  onChoose(id: number): void;
}

// The list of the project's diagrams in the screen's header.
export function DiagramChooser({ diagrams, currentId, onChoose }: DiagramChooserProps) {
  return (
    <label className="diagrams-chooser">
      <span className="field-label">Diagram</span>
      <select value={currentId ?? ''} onChange={(e) => onChoose(Number(e.target.value))}>
        {diagrams.map((d) => (
          <option key={d.id} value={d.id}>
            {diagramChoiceLabel(d)}
          </option>
        ))}
      </select>
    </label>
  );
}
