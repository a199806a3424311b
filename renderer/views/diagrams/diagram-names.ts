// Names of a diagram's parts as the Diagrams screen shows and speaks them.
import { componentName } from '../../../shared/diagram/describe.ts';
import { allComponents, specFromDetail } from '../../../shared/diagram/diagram-spec.ts';
import type { DiagramSpec } from '../../../shared/diagram/diagram-spec.ts';
import { GENERATION_NAMES } from '../../../shared/model/diagrams.ts';
import type { DiagramComponentKind, DiagramDetail, DiagramSummary, TensionRecord } from '../../../shared/model/diagrams.ts';
import type { DiagramTarget } from '../../diagram/diagram-canvas.tsx';

export interface ComponentOption {
  id: number;
  label: string;
  kind: DiagramComponentKind;
  // the system it is in (0-based), null for the shared object
  system: number | null;
}

// Every component of a diagram as a choice ("Community (Lead organisation)").
export function componentOptions(detail: DiagramDetail): ComponentOption[] {
  const spec = specFromDetail(detail);
  const systemOf = new Map([...detail.systems].sort((a, b) => a.seq - b.seq).flatMap((s, i) => s.components.map((c) => [c.id, i] as const)));
  return allComponents(spec).map((c) => ({ id: c.id, label: componentName(spec, c), kind: c.kind, system: systemOf.get(c.id) ?? null }));
}

// The systems of a diagram as the tension dialog names them ("Partner organisation", "System 2").
export function systemChoices(detail: DiagramDetail): { index: number; name: string }[] {
  return [...detail.systems].sort((a, b) => a.seq - b.seq).map((s, index) => ({ index, name: s.name.trim() || `System ${index + 1}` }));
}

// One component's name.
export function componentLabel(spec: DiagramSpec, id: number | null): string {
  const c = allComponents(spec).find((x) => x.id === id);
  return c ? componentName(spec, c) : 'a removed component';
}

// A tension's name: its label, or where it runs.
export function tensionLabel(spec: DiagramSpec, t: Pick<TensionRecord, 'label' | 'fromComponentId' | 'toComponentId'>): string {
  const where = t.toComponentId === null ? `inside ${componentLabel(spec, t.fromComponentId)}` : `${componentLabel(spec, t.fromComponentId)} – ${componentLabel(spec, t.toComponentId)}`;
  return t.label ? `${t.label} (${where})` : where;
}

// What a screen reader says for a component or tension of the drawing.
export function describeTarget(detail: DiagramDetail, spec: DiagramSpec, target: DiagramTarget): string {
  if (target.kind === 'tension') {
    const t = detail.tensions.find((x) => x.id === target.id);
    if (!t) return 'Tension';
    return `${capitalise(t.level)} tension: ${tensionLabel(spec, t)}. ${evidenceWords(t.evidenceCount)}`;
  }
  const c = allComponents(spec).find((x) => x.id === target.id);
  const record = [...detail.systems.flatMap((s) => s.components), ...(detail.sharedObject ? [detail.sharedObject] : [])].find((x) => x.id === target.id);
  if (!c) return 'Component';
  const text = c.text.trim().replace(/\s*\n\s*/g, ', ');
  return `${componentName(spec, c)}: ${text || 'no text yet'}. ${evidenceWords(record?.evidenceCount ?? 0)}`;
}

// "2 pieces of evidence".
export function evidenceWords(count: number): string {
  return count === 0 ? 'No evidence linked.' : `${count} ${count === 1 ? 'piece' : 'pieces'} of evidence.`;
}

// How a diagram is listed in the chooser.
export function diagramChoiceLabel(d: DiagramSummary): string {
  const generation = GENERATION_NAMES[d.generation].replace(/ \(.*\)$/, '').toLowerCase();
  return `${d.title}${d.phase ? ` — ${d.phase}` : ''} (${generation})`;
}

// The text with its first letter in capitals.
export function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}
