// What the drawing needs to know of a diagram: its systems' component texts, the shared
// object, tensions and the researcher's label nudges (built from a DiagramDetail).
import type { DiagramComponentKind, DiagramComponentRecord, DiagramDetail, DiagramGeneration, TensionLevel, TensionRecord } from '../model/diagrams.ts';

export interface SpecComponent {
  id: number;
  kind: DiagramComponentKind;
  text: string;
  nudgeX: number;
  nudgeY: number;
  // the shared object's boundary objects, listed under its text
  boundaryObjects?: string[];
}

export interface SpecSystem {
  name: string;
  components: SpecComponent[];
}

export interface SpecTension {
  id: number;
  fromId: number;
  // null for a primary contradiction, drawn as a mark inside the component
  toId: number | null;
  level: TensionLevel;
  // what is drawn: the researcher's label, with a tertiary contradiction's more advanced form
  label: string;
  nudgeX: number;
  nudgeY: number;
}

export interface DiagramSpec {
  generation: DiagramGeneration;
  title: string;
  perspective: string;
  phase: string;
  caption: string;
  systems: SpecSystem[];
  sharedObject: SpecComponent | null;
  tensions: SpecTension[];
}

function specComponent(c: DiagramComponentRecord): SpecComponent {
  return { id: c.id, kind: c.kind, text: c.text, nudgeX: c.nudgeX, nudgeY: c.nudgeY };
}

// The label a tension is drawn with: a tertiary contradiction names the more advanced form it meets.
export function drawnTensionLabel(t: Pick<TensionRecord, 'level' | 'label' | 'advancedForm'>): string {
  const form = t.advancedForm.trim();
  if (t.level !== 'tertiary' || !form) return t.label;
  const label = t.label.trim();
  return `${label ? `${label}${/[.!?:]$/.test(label) ? '' : '.'} ` : ''}More advanced form: ${form}`;
}

// The drawing's input for a stored diagram.
export function specFromDetail(detail: DiagramDetail): DiagramSpec {
  return {
    generation: detail.generation,
    title: detail.title,
    perspective: detail.perspective,
    phase: detail.phase,
    caption: detail.caption,
    systems: [...detail.systems].sort((a, b) => a.seq - b.seq).map((s) => ({ name: s.name, components: s.components.map(specComponent) })),
    sharedObject: detail.sharedObject ? { ...specComponent(detail.sharedObject), boundaryObjects: detail.boundaryObjects.map((b) => b.name) } : null,
    tensions: detail.tensions.map((t) => ({
      id: t.id,
      fromId: t.fromComponentId,
      toId: t.toComponentId,
      level: t.level,
      label: drawnTensionLabel(t),
      nudgeX: t.labelNudgeX,
      nudgeY: t.labelNudgeY,
    })),
  };
}

// Every component of the spec (systems in order, then the shared object).
export function allComponents(spec: DiagramSpec): SpecComponent[] {
  const list = spec.systems.flatMap((s) => s.components);
  if (spec.sharedObject) list.push(spec.sharedObject);
  return list;
}
