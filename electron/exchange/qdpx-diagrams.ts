// Writes diagrams read back from our own .qdpx: the diagram, its systems, components
// (with text and label nudges), tensions and the codings that back them.
import type { PlanDiagram } from '../../shared/exchange/import-plan-types.ts';
import { canonicalGuid } from '../../shared/exchange/refi-model.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { codingQueries } from '../codings/queries.ts';
import { diagramQueries } from '../diagrams/queries.ts';
import { freshGuid } from './qdpx-fresh-guid.ts';
import { exchangeQueries } from './queries.ts';

function tableExists(rec: ActionRecorder, name: string): boolean {
  return exchangeQueries(rec.store).tableExists.get(name) !== undefined;
}

function validTime(value: string, fallback: string): string {
  return value !== '' && !Number.isNaN(Date.parse(value)) ? new Date(value).toISOString() : fallback;
}

// Writes the plan's diagrams; `codingIds` maps a coding's REFI GUID to its new row id. Returns diagram key -> id.
export function writeDiagrams(rec: ActionRecorder, diagrams: readonly PlanDiagram[], codingIds: ReadonlyMap<string, number>): Map<string, number> {
  const ids = new Map<string, number>();
  if (diagrams.length === 0 || !tableExists(rec, 'diagram_components') || !tableExists(rec, 'diagram_evidence')) return ids;
  const store = rec.store;
  const now = store.now().toISOString();
  const codingGuid = (refiGuid: string): string | null => {
    const id = codingIds.get(canonicalGuid(refiGuid) ?? refiGuid);
    return id === undefined ? null : (codingQueries(store).byId.get(id)?.guid ?? null);
  };
  for (const { key, data } of diagrams) {
    const created = validTime(data.createdAt, now);
    const diagramId = rec.insert('diagrams', {
      guid: freshGuid(rec, 'diagrams', canonicalGuid(data.guid)),
      generation: data.generation,
      title: data.title.trim() || 'Imported diagram',
      perspective: data.perspective,
      phase: data.phase,
      caption: data.caption,
      content_json: '{}',
      created_at: created,
      updated_at: validTime(data.updatedAt, created),
    });
    ids.set(key, diagramId);
    const systemIds = data.systems.map((s, seq) => rec.insert('diagram_systems', { guid: freshGuid(rec, 'diagram_systems', canonicalGuid(s.guid)), diagram_id: diagramId, seq, name: s.name }));
    const componentIds = new Map<string, { id: number; kind: string }>();
    const evidence = (column: 'component_id' | 'tension_id', ownerId: number, refiGuids: readonly string[]) => {
      const seen = new Set<string>();
      for (const g of refiGuids) {
        const coding = codingGuid(g);
        if (coding === null || seen.has(coding)) continue;
        seen.add(coding);
        rec.insert('diagram_evidence', {
          guid: store.newGuid(),
          diagram_id: diagramId,
          component_id: column === 'component_id' ? ownerId : null,
          tension_id: column === 'tension_id' ? ownerId : null,
          coding_guid: coding,
          created_at: now,
        });
      }
    };
    for (const c of data.components) {
      const systemId = c.component === 'shared-object' ? null : (systemIds[c.system ?? 0] ?? null);
      if (c.component !== 'shared-object' && systemId === null) continue;
      if (systemId !== null && diagramQueries(store).systemHasComponent.get(systemId, c.component)) continue;
      const id = rec.insert('diagram_components', {
        guid: freshGuid(rec, 'diagram_components', canonicalGuid(c.guid)),
        diagram_id: diagramId,
        system_id: systemId,
        component: c.component,
        text: c.text,
        nudge_x: c.nudgeX,
        nudge_y: c.nudgeY,
      });
      componentIds.set(canonicalGuid(c.guid) ?? c.guid, { id, kind: c.component });
      evidence('component_id', id, c.evidence);
    }
    for (const t of data.tensions) {
      const from = componentIds.get(canonicalGuid(t.from) ?? t.from);
      if (!from) continue;
      const to = t.to === null ? undefined : componentIds.get(canonicalGuid(t.to) ?? t.to);
      const id = rec.insert('tensions', {
        guid: freshGuid(rec, 'tensions', canonicalGuid(t.guid)),
        diagram_id: diagramId,
        from_component: from.kind,
        to_component: to?.kind ?? null,
        from_component_id: from.id,
        to_component_id: to?.id ?? null,
        level: t.level,
        label: t.label,
        memo: t.memo,
        label_nudge_x: t.labelNudgeX,
        label_nudge_y: t.labelNudgeY,
        created_at: validTime(t.createdAt, now),
      });
      evidence('tension_id', id, t.evidence);
    }
  }
  return ids;
}
