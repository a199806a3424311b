// A tension's evidence counted by the case's role and project and by the source's round -
// the same values the queries' role, project and round fields give (electron/queries/lookup.ts) -
// and, in a third-generation diagram whose systems stand for the lead and the partner
// organisation, by the system the quote's organisation belongs to.
import type { EvidenceBreakdown, FacetCount } from '../../shared/model/contradictions.ts';
import type { DiagramSystemRecord } from '../../shared/model/diagrams.ts';
import type { Lookups } from '../queries/lookup.ts';
import { fieldValue, sortValues } from '../queries/lookup.ts';

// A piece of evidence as the counts need it: the case it is attributed to and its source.
export interface EvidenceFacts {
  caseId: number | null;
  sourceId: number;
}

export const NOT_RECORDED = 'Not recorded';
export const NEITHER_SYSTEM = 'Neither system';

function capitalise(text: string): string {
  return text.charAt(0).toUpperCase() + text.slice(1);
}

// Counts values, in the order the queries sort them (numbers by value, text alphabetically, missing last).
export function countValues(values: readonly string[]): FacetCount[] {
  const counts = new Map<string, number>();
  for (const v of values) counts.set(v, (counts.get(v) ?? 0) + 1);
  const named = sortValues([...counts.keys()].filter((v) => v !== NOT_RECORDED && v !== NEITHER_SYSTEM));
  const last = [NOT_RECORDED, NEITHER_SYSTEM].filter((v) => counts.has(v));
  return [...named, ...last].map((value) => ({ value, count: counts.get(value) ?? 0 }));
}

// Adds the counts of several breakdowns value by value.
export function addCounts(lists: readonly FacetCount[][]): FacetCount[] {
  const values = lists.flatMap((list) => list.flatMap((c) => Array.from({ length: c.count }, () => c.value)));
  return countValues(values);
}

// The systems evidence is split by: those of a third-generation diagram that stand for an organisation.
function systemsByRole(systems: readonly Pick<DiagramSystemRecord, 'name' | 'partnerRole'>[]): Map<string, string> {
  const out = new Map<string, string>();
  systems.forEach((s, i) => {
    if (s.partnerRole && !out.has(s.partnerRole)) out.set(s.partnerRole, s.name.trim() || `Activity system ${i + 1}`);
  });
  return out;
}

// Counts a tension's evidence by role, project, round and (when its systems stand for organisations) system.
export function breakdownOf(lookups: Lookups, facts: readonly EvidenceFacts[], systems: readonly Pick<DiagramSystemRecord, 'name' | 'partnerRole'>[] = []): EvidenceBreakdown {
  const byRole = systemsByRole(systems);
  const value = (field: 'role' | 'project' | 'round', f: EvidenceFacts) => {
    const v = fieldValue(field, f.caseId === null ? undefined : lookups.cases.get(f.caseId), lookups.sources.get(f.sourceId));
    if (v === null) return NOT_RECORDED;
    return field === 'round' ? `Round ${v}` : capitalise(v);
  };
  const systemOf = (f: EvidenceFacts) => {
    const role = f.caseId === null ? null : (lookups.cases.get(f.caseId)?.partnerRole ?? null);
    return (role && byRole.get(role)) || NEITHER_SYSTEM;
  };
  return {
    role: countValues(facts.map((f) => value('role', f))),
    project: countValues(facts.map((f) => value('project', f))),
    round: countValues(facts.map((f) => value('round', f))),
    system: byRole.size > 0 ? countValues(facts.map(systemOf)) : [],
  };
}
