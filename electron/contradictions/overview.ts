// The Contradictions view: every tension of every diagram, grouped by level and by the
// kinds of component it joins, each with its evidence counted by role, project, round and
// (third generation) system, its memo, and the contradiction it is followed as across phases.
import { componentName } from '../../shared/diagram/describe.ts';
import { allComponents, specFromDetail } from '../../shared/diagram/diagram-spec.ts';
import { componentHeading, TENSION_LEVELS } from '../../shared/model/diagrams.ts';
import type { DiagramComponentKind, DiagramDetail, TensionLevel, TensionRecord } from '../../shared/model/diagrams.ts';
import type { ContradictionEntry, ContradictionGroup, ContradictionRecord, ContradictionsOverview, EvidenceBreakdown } from '../../shared/model/contradictions.ts';
import type { Store } from '../db/store.ts';
import { diagramQueries, evidenceQueries } from '../diagrams/queries.ts';
import { getDiagram, requireTensionRow } from '../diagrams/read.ts';
import { loadLookups } from '../queries/lookup.ts';
import { addCounts, breakdownOf } from './breakdown.ts';
import type { EvidenceFacts } from './breakdown.ts';
import { contradictionQueries } from './queries.ts';

const KIND_ORDER: readonly DiagramComponentKind[] = ['subject', 'object', 'outcome', 'tools', 'rules', 'community', 'division-of-labour', 'shared-object'];

function kindRank(kind: DiagramComponentKind): number {
  return KIND_ORDER.indexOf(kind);
}

// The kinds of component a tension joins, in a fixed order, and how the group is named.
function pairOf(detail: DiagramDetail, t: TensionRecord): { key: string; label: string } {
  const kinds = new Map([...detail.systems.flatMap((s) => s.components), ...(detail.sharedObject ? [detail.sharedObject] : [])].map((c) => [c.id, c.kind]));
  const ends = [kinds.get(t.fromComponentId), t.toComponentId === null ? undefined : kinds.get(t.toComponentId)]
    .filter((k): k is DiagramComponentKind => k !== undefined)
    .sort((a, b) => kindRank(a) - kindRank(b));
  const headings = ends.map((k) => componentHeading(k, 2));
  const label = ends.length === 1 ? `Inside ${headings[0] ?? ''}` : headings.join(' – ');
  return { key: ends.join('|'), label };
}

// Every tension's evidence as the counts need it, by tension.
function evidenceFacts(store: Store): Map<number, EvidenceFacts[]> {
  const out = new Map<number, EvidenceFacts[]>();
  for (const row of diagramQueries(store).tensionItemsAll.all()) {
    const list = out.get(row.tension_id) ?? [];
    list.push({ caseId: row.case_id, sourceId: row.source_id });
    out.set(row.tension_id, list);
  }
  return out;
}

function entryOf(detail: DiagramDetail, t: TensionRecord, breakdown: EvidenceBreakdown): ContradictionEntry {
  const spec = specFromDetail(detail);
  const components = new Map(allComponents(spec).map((c) => [c.id, c]));
  const nameOf = (id: number | null) => {
    const c = id === null ? undefined : components.get(id);
    return c ? componentName(spec, c) : null;
  };
  return {
    tensionId: t.id,
    diagramId: detail.id,
    diagramTitle: detail.title,
    phase: detail.phase,
    generation: detail.generation,
    level: t.level,
    label: t.label,
    memo: t.memo,
    advancedForm: t.advancedForm,
    neighbourActivity: t.neighbourActivity,
    from: nameOf(t.fromComponentId) ?? 'a removed component',
    to: nameOf(t.toComponentId),
    evidenceCount: t.evidenceCount,
    breakdown,
    link: t.link,
  };
}

// The contradictions followed across phases, each with its phases in diagram order and its evidence by round.
function followed(store: Store, entries: readonly ContradictionEntry[]): ContradictionRecord[] {
  const byTension = new Map(entries.map((e) => [e.tensionId, e]));
  const phases = contradictionQueries(store).phases.all();
  return contradictionQueries(store)
    .all.all()
    .map((c) => {
      const shown = phases
        .filter((p) => p.contradiction_id === c.id)
        .map((p) => ({ phase: p, entry: byTension.get(p.tension_id) }))
        .filter((x): x is { phase: (typeof phases)[number]; entry: ContradictionEntry } => x.entry !== undefined)
        .sort((a, b) => a.entry.diagramId - b.entry.diagramId || a.entry.tensionId - b.entry.tensionId);
      return {
        id: c.id,
        guid: c.guid,
        name: c.name,
        memo: c.memo,
        phases: shown.map(({ phase, entry }) => ({ tensionId: entry.tensionId, diagramId: entry.diagramId, diagramTitle: entry.diagramTitle, phase: entry.phase, label: entry.label, status: phase.status, evidenceCount: entry.evidenceCount })),
        evidenceByRound: addCounts(shown.map(({ entry }) => entry.breakdown.round)),
      };
    });
}

// Every tension of the project, grouped by level and component pair, and the contradictions followed across phases.
export function contradictionsOverview(store: Store): ContradictionsOverview {
  const lookups = loadLookups(store);
  const facts = evidenceFacts(store);
  const groups = new Map<string, ContradictionGroup>();
  const entries: ContradictionEntry[] = [];
  for (const id of diagramQueries(store).allById.all().map((d) => d.id)) {
    const detail = getDiagram(store, id);
    for (const t of detail.tensions) {
      const entry = entryOf(detail, t, breakdownOf(lookups, facts.get(t.id) ?? [], detail.generation === 3 ? detail.systems : []));
      entries.push(entry);
      const pair = pairOf(detail, t);
      const key = `${t.level}:${pair.key}`;
      const group = groups.get(key) ?? { level: t.level, pairKey: pair.key, pairLabel: pair.label, entries: [] };
      group.entries.push(entry);
      groups.set(key, group);
    }
  }
  const levelRank = (l: TensionLevel) => TENSION_LEVELS.indexOf(l);
  const pairRank = (key: string) => key.split('|').reduce((n, k) => n * 10 + KIND_ORDER.findIndex((x) => x === k) + 1, 0);
  return {
    groups: [...groups.values()].sort((a, b) => levelRank(a.level) - levelRank(b.level) || pairRank(a.pairKey) - pairRank(b.pairKey)),
    contradictions: followed(store, entries),
    tensionCount: entries.length,
    evidenceCount: entries.reduce((n, e) => n + e.evidenceCount, 0),
  };
}

// The evidence breakdown of one tension (what the Diagrams screen shows beside its quotes).
export function tensionBreakdown(store: Store, tensionId: number): EvidenceBreakdown {
  const detail = getDiagram(store, requireTensionRow(store, tensionId).diagram_id);
  const facts = evidenceQueries(store, 'tension')
    .items.all(tensionId)
    .map((r) => ({ caseId: r.case_id, sourceId: r.source_id }));
  return breakdownOf(loadLookups(store), facts, detail.generation === 3 ? detail.systems : []);
}
