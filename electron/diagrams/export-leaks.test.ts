// A diagram's SVG or PNG leaves the project only without real names in its text.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import type { Store } from '../db/store.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { exportDiagram } from './export.ts';
import { createDiagram, setComponentText } from './diagrams.ts';

let store: Store & { close(): void };
beforeEach(() => {
  store = memoryStore();
  writeDemoStudy(store);
});
afterEach(() => store.close());

describe('diagram exports are leak-checked', () => {
  it('exports a diagram without names, and refuses one whose component text names a participant', () => {
    const diagram = createDiagram(store, { generation: 2, title: 'After round two' });
    const community = diagram.systems[0]?.components.find((c) => c.kind === 'community');
    if (!community) throw new Error('no community component');
    setComponentText(store, community.id, 'mentors, mentees, brokers');
    expect(exportDiagram(store, diagram.id, { format: 'svg' }).bytes.length).toBeGreaterThan(100);
    setComponentText(store, community.id, 'mentors, mentees, Imran');
    for (const format of ['svg', 'png'] as const) {
      expect(() => exportDiagram(store, diagram.id, { format })).toThrow(/blocked.*Imran/);
    }
  });
});
