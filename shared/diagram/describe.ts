// The accessible text of a diagram: what <title> and <desc> say, listing every
// component's text and every tension (read by screen readers and by the leak check).
import { componentHeading, GENERATION_NAMES } from '../model/diagrams.ts';
import { allComponents } from './diagram-spec.ts';
import type { DiagramSpec, SpecComponent } from './diagram-spec.ts';
import { cleanLabelText } from './wrap-text.ts';

function oneLine(text: string): string {
  return cleanLabelText(text)
    .split('\n')
    .map((l) => l.trim())
    .filter(Boolean)
    .join(', ');
}

function systemWord(spec: DiagramSpec): string {
  return spec.generation === 1 ? 'Triangle' : 'System';
}

// A component's name in the description: "Community" or "Community (system 2)".
export function componentName(spec: DiagramSpec, component: SpecComponent): string {
  const heading = componentHeading(component.kind, spec.generation);
  if (component.kind === 'shared-object' || spec.systems.length < 2) return heading;
  const index = spec.systems.findIndex((s) => s.components.some((c) => c.id === component.id));
  const system = spec.systems[index];
  const name = system?.name.trim() ? system.name.trim() : `${systemWord(spec).toLowerCase()} ${index + 1}`;
  return `${heading} (${name})`;
}

// The diagram's title line for <title>.
export function describeTitle(spec: DiagramSpec): string {
  return oneLine(spec.title) || GENERATION_NAMES[spec.generation];
}

// The long description for <desc>: generation, perspective, phase, every component, every tension.
export function describeDiagram(spec: DiagramSpec): string {
  const parts: string[] = [`${GENERATION_NAMES[spec.generation]} activity diagram.`];
  if (spec.perspective.trim()) parts.push(`Perspective: ${oneLine(spec.perspective)}.`);
  if (spec.phase.trim()) parts.push(`Phase: ${oneLine(spec.phase)}.`);
  spec.systems.forEach((system, index) => {
    const head = spec.systems.length > 1 || system.name.trim() ? `${systemWord(spec)} ${index + 1}${system.name.trim() ? ` (${oneLine(system.name)})` : ''}: ` : '';
    const items = system.components.map((c) => `${componentHeading(c.kind, spec.generation)}: ${oneLine(c.text) || '(no text)'}`);
    parts.push(`${head}${items.join('; ')}.`);
  });
  if (spec.sharedObject) parts.push(`Shared object: ${oneLine(spec.sharedObject.text) || '(no text)'}.`);
  const boundary = (spec.sharedObject?.boundaryObjects ?? []).map(oneLine).filter(Boolean);
  if (boundary.length > 0) parts.push(`Boundary objects: ${boundary.join('; ')}.`);
  const byId = new Map(allComponents(spec).map((c) => [c.id, c]));
  const tensions = spec.tensions.flatMap((t) => {
    const from = byId.get(t.fromId);
    if (!from) return [];
    const to = t.toId === null ? undefined : byId.get(t.toId);
    const where = to && to.id !== from.id ? `between ${componentName(spec, from)} and ${componentName(spec, to)}` : `inside ${componentName(spec, from)}`;
    const label = oneLine(t.label);
    return [`${t.level} tension ${where}${label ? `: ${label}` : ''}`];
  });
  parts.push(tensions.length > 0 ? `Tensions: ${tensions.join('; ')}.` : 'No tensions.');
  if (spec.caption.trim()) parts.push(`Caption: ${oneLine(spec.caption)}`);
  return parts.join(' ');
}
