// The side panel of the Diagrams screen: the selected component or tension, or the
// diagram itself when nothing is selected.
import type { DiagramSpec } from '../../../shared/diagram/diagram-spec.ts';
import type { DiagramDetail } from '../../../shared/model/diagrams.ts';
import type { DiagramTarget } from '../../diagram/diagram-canvas.tsx';
import { ComponentPanel } from './component-panel.tsx';
import type { DiagramActions } from './diagram-actions.ts';
import { DiagramPanel } from './diagram-panel.tsx';
import { TensionPanel } from './tension-panel.tsx';
import type { DiagramSelection } from './use-diagram-selection.ts';

export interface SelectionPanelProps {
  detail: DiagramDetail;
  spec: DiagramSpec;
  selection: Pick<DiagramSelection, 'component' | 'tension'>;
  readOnly: boolean;
  actions: DiagramActions;
  onSelect(target: DiagramTarget | null): void;
  onAddTension(fromId: number): void;
}

// The panel for what is selected.
export function SelectionPanel({ detail, spec, selection, readOnly, actions, onSelect, onAddTension }: SelectionPanelProps) {
  const { component, tension } = selection;
  return (
    <aside className="diagrams-panel" aria-label="Selection">
      {component ? (
        <ComponentPanel component={component} spec={spec} readOnly={readOnly} actions={actions} onAddTension={onAddTension} onClose={() => onSelect(null)} />
      ) : tension ? (
        <TensionPanel tension={tension} detail={detail} spec={spec} readOnly={readOnly} actions={actions} onClose={() => onSelect(null)} />
      ) : (
        <DiagramPanel detail={detail} spec={spec} readOnly={readOnly} actions={actions} onSelect={onSelect} />
      )}
    </aside>
  );
}
