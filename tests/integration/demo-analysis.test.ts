// The demo study shows the method: one first-generation triangle per subject before the
// intervention, the collective second-generation system in round 1 and after round 2 with
// the jagged tension between community and division of labour, a third-generation diagram
// of the two organisations, every label and tension backed by coded evidence, the
// contradiction followed across rounds, the alignment table and memos; co-occurrence and
// the Contradictions view find the community x division-of-labour tension.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../electron/db/open-project.ts';
import type { OpenStore } from '../../electron/db/open-project.ts';
import { getAlignment } from '../../electron/alignment/alignment.ts';
import { contradictionsOverview } from '../../electron/contradictions/overview.ts';
import { manifestationsInProject } from '../../electron/contradictions/manifestations.ts';
import { getDiagram, listDiagrams } from '../../electron/diagrams/read.ts';
import { listMemos } from '../../electron/memos/memos.ts';
import { writeDemoStudy } from '../../electron/projects/demo-study.ts';
import { runCooccurrence } from '../../electron/queries/cooccurrence.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

let tmp: { dir: string; cleanup: () => void };
let store: OpenStore;

beforeAll(() => {
  tmp = makeTempDir();
  store = createProject(join(tmp.dir, 'demo.alens'), 'Demo');
  writeDemoStudy(store);
});
afterAll(() => {
  store.close();
  tmp.cleanup();
});

describe('the demo study shows the method', () => {
  it('has one first-generation triangle per subject and the collective second-generation system', () => {
    const diagrams = listDiagrams(store);
    expect(diagrams.length).toBeGreaterThanOrEqual(4);
    const first = diagrams.filter((d) => d.generation === 1).map((d) => getDiagram(store, d.id));
    expect(first.map((d) => d.systems.map((s) => s.name))).toEqual(expect.arrayContaining([['Vice principal'], ['Middle leader'], ['Practitioner']]));
    const after = diagrams.find((d) => d.generation === 2 && d.phase === 'After round 2');
    expect(after).toBeDefined();
    const detail = getDiagram(store, after?.id ?? 0);
    const kinds = new Map(detail.systems[0]?.components.map((c) => [c.id, c.kind]));
    const tension = detail.tensions.find((t) => kinds.get(t.fromComponentId) === 'community' && kinds.get(t.toComponentId ?? 0) === 'division-of-labour');
    expect(tension?.level).toBe('secondary');
    expect(tension?.evidenceCount).toBeGreaterThanOrEqual(4);
    expect(diagrams.some((d) => d.generation === 3)).toBe(true);
  });

  it('backs every component with text and every tension with coded evidence', () => {
    for (const summary of listDiagrams(store)) {
      const d = getDiagram(store, summary.id);
      expect(d.tensions.length, d.title).toBeGreaterThan(0);
      for (const t of d.tensions) expect(t.evidenceCount, `${d.title}: ${t.label}`).toBeGreaterThanOrEqual(2);
      for (const c of [...d.systems.flatMap((s) => s.components), ...(d.sharedObject ? [d.sharedObject] : [])]) expect(c.text.trim(), `${d.title}: ${c.kind}`).not.toBe('');
      expect(d.systems.flatMap((s) => s.components).some((c) => c.evidenceCount > 0), d.title).toBe(true);
    }
  });

  it('lists every tension in the Contradictions view, by level, with evidence by role and round', () => {
    const overview = contradictionsOverview(store);
    const total = listDiagrams(store).reduce((n, d) => n + d.tensionCount, 0);
    expect(overview.tensionCount).toBe(total);
    expect(new Set(overview.groups.map((g) => g.level))).toEqual(new Set(['primary', 'secondary', 'tertiary', 'quaternary']));
    const pair = overview.groups.find((g) => g.level === 'secondary' && g.pairKey === 'community|division-of-labour');
    expect(pair?.entries.map((e) => e.phase)).toEqual(['Round 1', 'After round 2']);
    const rounds = pair?.entries.map((e) => e.breakdown.round.map((r) => r.value));
    expect(rounds?.[0]).toContain('Round 1');
    expect(rounds?.[1]).toContain('Round 2');
    expect(pair?.entries[0]?.breakdown.role.length).toBeGreaterThanOrEqual(3);
    const tertiary = overview.groups.find((g) => g.level === 'tertiary')?.entries[0];
    expect(tertiary?.advancedForm).toBe('Coaching as development the teacher chooses');
    const quaternary = overview.groups.find((g) => g.level === 'quaternary')?.entries[0];
    expect(quaternary?.neighbourActivity).toBe('Partner organisation (adult learning)');
    expect(quaternary?.breakdown.system.map((s) => s.value)).toEqual(['Lead organisation (college)', 'Partner organisation (adult learning)', 'Neither system']);
  });

  it('follows the community x division-of-labour contradiction from round 1 to round 2', () => {
    const [followed] = contradictionsOverview(store).contradictions;
    expect(followed?.name).toBe('Shared community, unequal release');
    expect(followed?.phases.map((p) => [p.phase, p.status])).toEqual([
      ['Round 1', 'emerging'],
      ['After round 2', 'addressed'],
    ]);
    expect(followed?.evidenceByRound.map((r) => r.value)).toEqual(['Round 1', 'Round 2']);
  });

  it('lets co-occurrence find community against division of labour first', () => {
    const result = runCooccurrence(store, { items: { kind: 'questions' }, mode: 'overlap' });
    const top = [...result.pairs].sort((a, b) => b.count - a.count)[0];
    const names = new Map(result.items.map((i) => [i.key, i.label]));
    expect([names.get(top?.a ?? ''), names.get(top?.b ?? '')].sort()).toEqual(['Q3 Community', 'Q4 Division of labour']);
  });

  it('fills the alignment table, writes memos and codes every discursive manifestation', () => {
    const matrix = getAlignment(store);
    expect(matrix.objectives.length).toBeGreaterThanOrEqual(3);
    for (const o of matrix.objectives) {
      expect(o.researchQuestions.trim()).not.toBe('');
      expect(o.components.length).toBeGreaterThan(0);
      expect(o.presentedIn.trim()).not.toBe('');
    }
    expect(listMemos(store, { targetKind: 'project' }).length).toBeGreaterThanOrEqual(2);
    expect(listMemos(store, { targetKind: 'diagram' }).length).toBeGreaterThanOrEqual(1);
    expect(manifestationsInProject(store).map((m) => [m.kind, m.codingCount > 0])).toEqual([
      ['dilemma', true],
      ['conflict', true],
      ['critical-conflict', true],
      ['double-bind', true],
    ]);
  });
});
