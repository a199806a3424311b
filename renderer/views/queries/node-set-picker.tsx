// Chooses the nodes a query compares: the six questions, or nodes picked from the codebook
// (optionally each taking in the nodes under it). Used by the matrix and co-occurrence tabs.
import type { NodeRecord } from '../../../shared/model/entities.ts';

export interface NodeSetPickerProps {
  legend: string;
  // the radio group's name (unique per tab)
  name: string;
  kind: 'questions' | 'nodes';
  onKind(kind: 'questions' | 'nodes'): void;
  nodes: readonly NodeRecord[];
  chosen: readonly number[];
  onChosen(ids: number[]): void;
  chosenLabel: string;
  descendants: boolean;
  onDescendants(value: boolean): void;
  descendantsLabel: string;
}

// Shows the questions-or-nodes choice and, for nodes, the list and the descendants switch.
export function NodeSetPicker(props: NodeSetPickerProps) {
  return (
    <>
      <fieldset className="queries-radios">
        <legend>{props.legend}</legend>
        <label className="queries-check">
          <input type="radio" name={props.name} checked={props.kind === 'questions'} onChange={() => props.onKind('questions')} />
          The six questions
        </label>
        <label className="queries-check">
          <input type="radio" name={props.name} checked={props.kind === 'nodes'} onChange={() => props.onKind('nodes')} />
          Chosen nodes
        </label>
      </fieldset>
      {props.kind === 'nodes' ? (
        <>
          <label className="queries-field">
            <span className="field-label">{props.chosenLabel}</span>
            <select multiple size={8} value={props.chosen.map(String)} onChange={(e) => props.onChosen([...e.target.selectedOptions].map((o) => Number(o.value)))}>
              {props.nodes.map((n) => (
                <option key={n.id} value={n.id}>
                  {n.path}
                </option>
              ))}
            </select>
          </label>
          <label className="queries-check">
            <input type="checkbox" checked={props.descendants} onChange={(e) => props.onDescendants(e.target.checked)} />
            {props.descendantsLabel}
          </label>
        </>
      ) : null}
    </>
  );
}
