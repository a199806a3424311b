// Codes and sets of a REFI-QDA file as nodes: nesting kept, colours expanded or given
// a default, duplicate names under one parent told apart, and our own question and
// component sets read back onto the nodes; other sets are listed as not imported.
import { ACTIVITY_COMPONENTS } from '../model/activity-components.ts';
import type { ActivityComponent } from '../model/activity-components.ts';
import type { LeftOutItem } from '../model/exchange.ts';
import type { PlanNode } from './import-plan-types.ts';
import { markerValue, readMarkers } from './markers.ts';
import { canonicalGuid, toHexColor } from './refi-model.ts';
import type { RefiCode, RefiSet } from './refi-model.ts';

// Colours for codes that have none (the codebook template's palette).
export const DEFAULT_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#e377c2', '#7f7f7f', '#bcbd22', '#17becf'] as const;

export interface CodebookPlan {
  nodes: PlanNode[];
  // REFI code GUID (canonical) -> node key
  codeKeys: Map<string, string>;
  leftOut: LeftOutItem[];
  notes: string[];
  // sets that were ours (question/component) and were read onto the nodes
  usedSets: Set<string>;
  // our sets' GUIDs by element key ("set:question:1"), kept so the next export reuses them
  elementGuids: Record<string, string>;
}

// Hands out keys: the canonical GUID when usable and not seen yet, else a generated one.
export class KeyMaker {
  private readonly seen = new Set<string>();
  private counter = 0;
  // Returns { key, guid } for a REFI GUID (guid null when the file's one cannot be kept).
  take(prefix: string, refiGuid: string | undefined): { key: string; guid: string | null } {
    const guid = canonicalGuid(refiGuid);
    const key = guid === null ? null : `${prefix}:${guid}`;
    if (guid !== null && key !== null && !this.seen.has(key)) {
      this.seen.add(key);
      return { key, guid };
    }
    this.counter++;
    return { key: `${prefix}:#${this.counter}`, guid: null };
  }
}

// What our own sets say about codes: question and component markers, by code GUID.
export function readOurSets(sets: readonly RefiSet[]): { questions: Map<string, number>; components: Map<string, ActivityComponent[]>; used: Set<string>; elementGuids: Record<string, string> } {
  const questions = new Map<string, number>();
  const components = new Map<string, ActivityComponent[]>();
  const used = new Set<string>();
  const elementGuids: Record<string, string> = {};
  const keep = (key: string, guid: string) => {
    const g = canonicalGuid(guid);
    if (g !== null && elementGuids[key] === undefined) elementGuids[key] = g;
  };
  for (const set of sets) {
    const { markers } = readMarkers(set.description);
    const q = Number(markerValue(markers, 'question'));
    const component = markerValue(markers, 'component');
    if (Number.isInteger(q) && q >= 1 && q <= 6) {
      used.add(set.guid);
      keep(`set:question:${q}`, set.guid);
      for (const g of set.memberCodes) {
        const c = canonicalGuid(g);
        if (c) questions.set(c, q);
      }
    } else if (component !== null && (ACTIVITY_COMPONENTS as readonly string[]).includes(component)) {
      used.add(set.guid);
      keep(`set:component:${component}`, set.guid);
      for (const g of set.memberCodes) {
        const c = canonicalGuid(g);
        if (!c) continue;
        const list = components.get(c) ?? [];
        list.push(component as ActivityComponent);
        components.set(c, list);
      }
    }
  }
  return { questions, components, used, elementGuids };
}

// Turns a code tree into nodes (parents first), skipping codes that are really cases.
export function planCodebook(codes: readonly RefiCode[], sets: readonly RefiSet[], keys: KeyMaker, skipGuids: ReadonlySet<string> = new Set()): CodebookPlan {
  const ours = readOurSets(sets);
  const nodes: PlanNode[] = [];
  const codeKeys = new Map<string, string>();
  let uncoloured = 0;
  let renamed = 0;
  let unnamed = 0;
  const walk = (list: readonly RefiCode[], parentKey: string | null, inheritedQuestion: number | null) => {
    const siblingNames = new Set<string>();
    for (const code of list) {
      const canonical = canonicalGuid(code.guid);
      if (canonical !== null && skipGuids.has(canonical)) continue;
      const { key, guid } = keys.take('node', code.guid);
      if (canonical !== null && !codeKeys.has(canonical)) codeKeys.set(canonical, key);
      let name = code.name.trim().replace(/\s+/g, ' ').slice(0, 480);
      if (name === '') {
        unnamed++;
        name = 'Unnamed code';
      }
      const base = name;
      for (let n = 2; siblingNames.has(name.toLowerCase()); n++) name = `${base} (${n})`;
      if (name !== base) renamed++;
      siblingNames.add(name.toLowerCase());
      const color = toHexColor(code.color);
      if (color === null) uncoloured++;
      const question = (canonical !== null ? ours.questions.get(canonical) : undefined) ?? inheritedQuestion;
      nodes.push({
        key,
        guid,
        parentKey,
        name,
        description: readMarkers(code.description).text,
        color: color ?? DEFAULT_COLOURS[nodes.length % DEFAULT_COLOURS.length] ?? '#5b7083',
        question,
        components: [...new Set(canonical !== null ? (ours.components.get(canonical) ?? []) : [])],
        isCodable: code.isCodable,
      });
      walk(code.children, key, question);
    }
  };
  walk(codes, null, null);
  const notes: string[] = [];
  if (uncoloured > 0) notes.push(`${uncoloured} code${uncoloured === 1 ? ' has' : 's have'} no colour in the file and will get a default colour.`);
  if (renamed > 0) notes.push(`${renamed} code${renamed === 1 ? '' : 's'} shared a name with a sibling and got a number after the name, e.g. "Name (2)".`);
  if (unnamed > 0) notes.push(`${unnamed} code${unnamed === 1 ? ' has' : 's have'} no name and will be called "Unnamed code".`);
  const leftOut: LeftOutItem[] = [];
  const otherSets = sets.filter((s) => !ours.used.has(s.guid));
  const codeSets = otherSets.filter((s) => s.memberCodes.length > 0);
  if (codeSets.length > 0) {
    leftOut.push({ what: 'Code sets', count: codeSets.length, reason: 'Activity Lens groups codes by nesting only; the codes themselves are imported, their sets are not.', examples: codeSets.slice(0, 5).map((s) => s.name) });
  }
  return { nodes, codeKeys, leftOut, notes, usedSets: ours.used, elementGuids: ours.elementGuids };
}
