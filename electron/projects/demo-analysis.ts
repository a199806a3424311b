// Writes the demo study's analysis (fixtures/demo/analysis.json, our own fictional text):
// its diagrams with component texts, tensions and the codings that back them, the
// contradiction followed across rounds, the alignment table and memos.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import type { ActivityComponent } from '../../shared/model/activity-components.ts';
import type { ContradictionStatus } from '../../shared/model/contradictions.ts';
import type { DiagramComponentKind, DiagramGeneration, SystemPartnerRole, TensionLevel } from '../../shared/model/diagrams.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { insertDiagram, touchDiagram } from '../diagrams/diagrams.ts';
import { insertEvidence } from '../diagrams/evidence.ts';
import { diagramQueries } from '../diagrams/queries.ts';
import { insertTension, resolveComponent } from '../diagrams/tensions.ts';
import type { DemoContext, EvidenceRef } from './demo-context.ts';
import { findDemoCoding } from './demo-context.ts';
import { writeDemoNotes } from './demo-notes.ts';

interface DemoComponent {
  text: string;
  evidence: EvidenceRef[];
}

interface DemoTension {
  key: string;
  from: DiagramComponentKind;
  fromSystem?: number;
  to: DiagramComponentKind | null;
  toSystem?: number;
  level: TensionLevel;
  label: string;
  memo: string;
  advancedForm?: string;
  evidence: EvidenceRef[];
}

interface DemoDiagram {
  key: string;
  generation: DiagramGeneration;
  title: string;
  perspective: string;
  phase: string;
  caption: string;
  systems: { name: string; partnerRole?: SystemPartnerRole; components: Partial<Record<ActivityComponent, DemoComponent>> }[];
  sharedObject?: DemoComponent;
  boundaryObjects?: string[];
  tensions: DemoTension[];
}

export interface DemoAnalysis {
  diagrams: DemoDiagram[];
  contradictions: { name: string; memo: string; phases: { tension: string; status: ContradictionStatus }[] }[];
  alignment: { title: string; researchQuestions: string; questions: number[]; components: ActivityComponent[] | null; presentedIn: string; cells: Record<string, string> }[];
  memos: { target: string; title: string; text: string }[];
}

// Reads analysis.json of a demo folder.
export function readDemoAnalysis(dir: string): DemoAnalysis {
  return JSON.parse(readFileSync(join(dir, 'analysis.json'), 'utf8')) as DemoAnalysis;
}

function writeComponents(rec: ActionRecorder, context: DemoContext, diagramId: number, diagram: DemoDiagram): void {
  const rows = diagramQueries(rec.store).components.all(diagramId);
  const systemIds = diagramQueries(rec.store).systemIds.all(diagramId);
  const write = (componentId: number | undefined, component: DemoComponent | undefined) => {
    if (componentId === undefined || !component) return;
    rec.update('diagram_components', componentId, { text: component.text });
    if (component.evidence.length > 0) insertEvidence(rec, diagramId, { componentId }, component.evidence.map((e) => findDemoCoding(context, e)));
  };
  diagram.systems.forEach((system, index) => {
    const systemId = systemIds[index];
    if (systemId === undefined) return;
    if (system.partnerRole) rec.update('diagram_systems', systemId, { partner_role: system.partnerRole });
    for (const [kind, component] of Object.entries(system.components)) write(rows.find((r) => r.system_id === systemId && r.component === kind)?.id, component);
  });
  const shared = rows.find((r) => r.component === 'shared-object');
  write(shared?.id, diagram.sharedObject);
  (diagram.boundaryObjects ?? []).forEach((name, seq) => {
    if (shared) rec.insert('diagram_boundary_objects', { guid: rec.store.newGuid(), diagram_id: diagramId, component_id: shared.id, seq, name });
  });
}

function writeTension(rec: ActionRecorder, context: DemoContext, diagramId: number, t: DemoTension): number {
  const from = resolveComponent(rec.store, diagramId, { component: t.from, system: t.fromSystem });
  const to = t.to === null ? null : resolveComponent(rec.store, diagramId, { component: t.to, system: t.toSystem });
  const tensionId = insertTension(rec, diagramId, from, to, { level: t.level, label: t.label, memo: t.memo, advancedForm: t.advancedForm });
  insertEvidence(rec, diagramId, { tensionId }, t.evidence.map((e) => findDemoCoding(context, e)));
  return tensionId;
}

// Writes the analysis of the demo (a part of the demo's set-up, not offered for undo).
export function writeDemoAnalysis(rec: ActionRecorder, context: DemoContext): void {
  const analysis = readDemoAnalysis(context.dir);
  const diagramIds = new Map<string, number>();
  const tensionIds = new Map<string, number>();
  for (const d of analysis.diagrams) {
    const id = insertDiagram(rec, { generation: d.generation, title: d.title, perspective: d.perspective, phase: d.phase, caption: d.caption, systemNames: d.systems.map((s) => s.name) });
    diagramIds.set(d.key, id);
    writeComponents(rec, context, id, d);
    for (const t of d.tensions) tensionIds.set(t.key, writeTension(rec, context, id, t));
    touchDiagram(rec, id);
  }
  for (const c of analysis.contradictions) {
    const now = rec.store.now().toISOString();
    const id = rec.insert('contradictions', { guid: rec.store.newGuid(), name: c.name, memo: c.memo, created_at: now });
    for (const phase of c.phases) {
      const tensionId = tensionIds.get(phase.tension);
      if (tensionId === undefined) throw new Error(`The demo's contradiction "${c.name}" names an unknown tension: ${phase.tension}`);
      rec.insert('contradiction_phases', { guid: rec.store.newGuid(), contradiction_id: id, tension_id: tensionId, status: phase.status, created_at: now });
    }
  }
  writeDemoNotes(rec, context, analysis, diagramIds);
}
