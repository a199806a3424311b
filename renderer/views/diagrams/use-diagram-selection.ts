// What is selected in the diagram being edited (a component or a tension), dropped when
// it no longer exists (undone, deleted), with the selected record itself.
import { useEffect, useState } from 'react';
import type { DiagramComponentRecord, DiagramDetail, TensionRecord } from '../../../shared/model/diagrams.ts';
import type { DiagramTarget } from '../../diagram/diagram-canvas.tsx';

export interface DiagramSelection {
  selected: DiagramTarget | null;
  setSelected(target: DiagramTarget | null): void;
  // the selected component or tension of the diagram (undefined when it is not one)
  component: DiagramComponentRecord | undefined;
  tension: TensionRecord | undefined;
}

// Every component of a diagram, the shared object included.
function componentsOf(detail: DiagramDetail): DiagramComponentRecord[] {
  return [...detail.systems.flatMap((s) => s.components), ...(detail.sharedObject ? [detail.sharedObject] : [])];
}

// The selection in one diagram.
export function useDiagramSelection(detail: DiagramDetail | null): DiagramSelection {
  const [selected, setSelected] = useState<DiagramTarget | null>(null);
  useEffect(() => {
    if (!detail || !selected) return;
    const exists = selected.kind === 'tension' ? detail.tensions.some((t) => t.id === selected.id) : componentsOf(detail).some((c) => c.id === selected.id);
    if (!exists) setSelected(null);
  }, [detail, selected]);
  const component = detail && selected?.kind === 'component' ? componentsOf(detail).find((c) => c.id === selected.id) : undefined;
  const tension = detail && selected?.kind === 'tension' ? detail.tensions.find((t) => t.id === selected.id) : undefined;
  return { selected, setSelected, component, tension };
}
