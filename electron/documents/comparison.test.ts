import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import type { Store } from '../db/store.ts';
import { createDiagram, duplicateDiagram, setComponentText } from '../diagrams/diagrams.ts';
import { getDiagram } from '../diagrams/read.ts';
import { createTension } from '../diagrams/tensions.ts';
import { compareDiagrams } from './comparison.ts';
import { exportComparisonDocx } from './comparison-export.ts';

let store: Store & { close(): void };
beforeEach(() => (store = memoryStore()));
afterEach(() => store.close());

function twoPhases() {
  const before = createDiagram(store, { generation: 2, title: 'Round 1', phase: 'Round 1' });
  const community = before.systems[0]?.components.find((c) => c.kind === 'community');
  setComponentText(store, community?.id ?? 0, 'Mentors and mentees');
  createTension(store, { diagramId: before.id, from: { component: 'community' }, to: { component: 'division-of-labour' }, label: 'Who owns the time?' });
  const after = duplicateDiagram(store, before.id, { title: 'Round 2', phase: 'Round 2' });
  setComponentText(store, after.systems[0]?.components.find((c) => c.kind === 'community')?.id ?? 0, 'Mentors, mentees and managers');
  return { before: getDiagram(store, before.id), after: getDiagram(store, after.id) };
}

describe('two diagrams compared', () => {
  it('lines up their components and tensions, with the text and evidence count of each side', () => {
    const { before, after } = twoPhases();
    const comparison = compareDiagrams(before, after);
    expect(comparison.components.map((r) => r.label)).toEqual(['Subject', 'Object', 'Outcome', 'Tools and artefacts', 'Rules', 'Community', 'Division of labour']);
    expect(comparison.components.find((r) => r.label === 'Community')).toEqual({ label: 'Community', left: { text: 'Mentors and mentees', evidence: 0 }, right: { text: 'Mentors, mentees and managers', evidence: 0 } });
    expect(comparison.tensions).toEqual([{ label: 'Community and Division of labour (secondary)', left: { text: 'Who owns the time?', evidence: 0 }, right: { text: 'Who owns the time?', evidence: 0 } }]);
  });

  it('names each triangle of first-generation diagrams, and marks what one diagram lacks', () => {
    const triangles = createDiagram(store, { generation: 1, title: 'Before', systemNames: ['Vice principal', 'Middle leader'] });
    const system = getDiagram(store, createDiagram(store, { generation: 2, title: 'After' }).id);
    const comparison = compareDiagrams(getDiagram(store, triangles.id), system);
    expect(comparison.components.map((r) => r.label).slice(0, 5)).toEqual(['Subject (Vice principal)', 'Object (Vice principal)', 'Outcome (Vice principal)', 'Tools (Vice principal)', 'Rules (system 1)']);
    expect(comparison.components.find((r) => r.label === 'Subject (Middle leader)')?.right.text).toBeNull();
  });

  it('exports the comparison to Word as tables', async () => {
    const { before, after } = twoPhases();
    const tmp = makeTempDir();
    try {
      const path = join(tmp.dir, 'compared.docx');
      const outcome = await exportComparisonDocx(store, { path, overwrite: false, leftId: before.id, rightId: after.id });
      expect(outcome.written).toBe(true);
      const html = (await mammoth.convertToHtml({ path })).value;
      expect(html).toContain('Round 1 and Round 2 compared');
      expect(html).toContain('Table 1: Round 1 and Round 2, component by component.');
      expect(html).toContain('Mentors, mentees and managers');
      expect(html).toContain('Table 2: Tensions of Round 1 and Round 2.');
    } finally {
      tmp.cleanup();
    }
  });
});
