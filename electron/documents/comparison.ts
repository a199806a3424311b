// Two diagrams side by side, component by component (before and after, lead and partner):
// each side's text and how many coded extracts back it, matched by system and component;
// then their tensions, matched by the components they join and their level, with the
// contradiction each is followed as across phases and its status on each side.
import { CONTRADICTION_STATUS_NAMES } from '../../shared/model/contradictions.ts';
import type { TensionLink } from '../../shared/model/contradictions.ts';
import { componentHeading, GENERATION_NAMES } from '../../shared/model/diagrams.ts';
import type { DiagramComponentKind, DiagramComponentRecord, DiagramDetail, TensionLevel } from '../../shared/model/diagrams.ts';

// One side of a compared row: the text (null when that diagram has no such place) and its evidence.
export interface ComparedSide {
  text: string | null;
  evidence: number;
}

export interface ComparisonRow {
  label: string;
  left: ComparedSide;
  right: ComparedSide;
  // tensions only: the contradiction they are followed as, and its status on each side ("Shared time: emerging → addressed")
  followed?: string;
}

export interface DiagramComparison {
  left: { title: string; about: string };
  right: { title: string; about: string };
  components: ComparisonRow[];
  tensions: ComparisonRow[];
}

const ORDER: readonly DiagramComponentKind[] = ['subject', 'object', 'outcome', 'tools', 'rules', 'community', 'division-of-labour', 'shared-object'];

interface Place {
  key: string;
  label: string;
  component: DiagramComponentRecord;
}

// Each component of a diagram by where it sits: system number and kind.
function places(detail: DiagramDetail, named: boolean): Map<string, Place> {
  const out = new Map<string, Place>();
  const systems = [...detail.systems].sort((a, b) => a.seq - b.seq);
  systems.forEach((system, index) => {
    for (const component of system.components) {
      const heading = componentHeading(component.kind, detail.generation);
      const label = named ? `${heading} (${system.name.trim() || `system ${index + 1}`})` : heading;
      out.set(`${index}:${component.kind}`, { key: `${index}:${component.kind}`, label, component });
    }
  });
  if (detail.sharedObject) out.set('shared:shared-object', { key: 'shared:shared-object', label: 'Shared object', component: detail.sharedObject });
  return out;
}

function rank(key: string): number {
  const [system, kind] = key.split(':');
  return (system === 'shared' ? 99 : Number(system)) * 100 + ORDER.indexOf((kind ?? '') as DiagramComponentKind);
}

function about(detail: DiagramDetail): string {
  return [GENERATION_NAMES[detail.generation], detail.perspective.trim() && `perspective: ${detail.perspective.trim()}`, detail.phase.trim() && `phase: ${detail.phase.trim()}`].filter(Boolean).join('; ');
}

// How a row's tensions are followed across phases: the contradiction's name and its status on each side.
function followedText(links: { left: TensionLink[]; right: TensionLink[] }): string | undefined {
  const names = [...new Set([...links.left, ...links.right].map((l) => l.name))];
  if (names.length === 0) return undefined;
  return names
    .map((name) => {
      const status = (side: TensionLink[]) => side.find((l) => l.name === name)?.status;
      const [l, r] = [status(links.left), status(links.right)];
      const steps = [l ? CONTRADICTION_STATUS_NAMES[l].toLowerCase() : '-', r ? CONTRADICTION_STATUS_NAMES[r].toLowerCase() : '-'];
      return `${name}: ${steps.join(' → ')}`;
    })
    .join('\n');
}

function tensionRows(left: DiagramDetail, right: DiagramDetail, leftPlaces: Map<string, Place>, rightPlaces: Map<string, Place>): ComparisonRow[] {
  const keyOf = (placesById: Map<number, Place>, from: number, to: number | null, level: TensionLevel) => {
    const a = placesById.get(from);
    const b = to === null ? undefined : placesById.get(to);
    if (!a) return null;
    const ends = [a, b].filter((p): p is Place => p !== undefined).sort((x, y) => rank(x.key) - rank(y.key));
    return { key: `${level}|${ends.map((e) => e.key).join('|')}`, label: `${ends.map((e) => e.label).join(' and ')} (${level})` };
  };
  const rows = new Map<string, ComparisonRow>();
  const links = new Map<string, { left: TensionLink[]; right: TensionLink[] }>();
  const add = (detail: DiagramDetail, all: Map<string, Place>, side: 'left' | 'right') => {
    const byId = new Map([...all.values()].map((p) => [p.component.id, p]));
    for (const t of detail.tensions) {
      const key = keyOf(byId, t.fromComponentId, t.toComponentId, t.level);
      if (!key) continue;
      const row = rows.get(key.key) ?? { label: key.label, left: { text: null, evidence: 0 }, right: { text: null, evidence: 0 } };
      const label = t.label.trim() || '(no label)';
      row[side] = { text: row[side].text === null ? label : `${row[side].text}\n${label}`, evidence: row[side].evidence + t.evidenceCount };
      rows.set(key.key, row);
      const rowLinks = links.get(key.key) ?? { left: [], right: [] };
      if (t.link) rowLinks[side].push(t.link);
      links.set(key.key, rowLinks);
    }
  };
  add(left, leftPlaces, 'left');
  add(right, rightPlaces, 'right');
  return [...rows.entries()].map(([key, row]) => {
    const followed = followedText(links.get(key) ?? { left: [], right: [] });
    return followed ? { ...row, followed } : row;
  });
}

// Compares two diagrams component by component, then tension by tension.
export function compareDiagrams(left: DiagramDetail, right: DiagramDetail): DiagramComparison {
  const named = left.systems.length > 1 || right.systems.length > 1;
  const leftPlaces = places(left, named);
  const rightPlaces = places(right, named);
  const keys = [...new Set([...leftPlaces.keys(), ...rightPlaces.keys()])].sort((a, b) => rank(a) - rank(b));
  const side = (p: Place | undefined): ComparedSide => (p ? { text: p.component.text, evidence: p.component.evidenceCount } : { text: null, evidence: 0 });
  const components = keys.map((key) => ({ label: leftPlaces.get(key)?.label ?? rightPlaces.get(key)?.label ?? key, left: side(leftPlaces.get(key)), right: side(rightPlaces.get(key)) }));
  return {
    left: { title: left.title, about: about(left) },
    right: { title: right.title, about: about(right) },
    components,
    tensions: tensionRows(left, right, leftPlaces, rightPlaces),
  };
}
