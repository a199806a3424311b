// Work over many sources reads their texts through without keeping them (so a node view of
// every reference does not fill the process with texts): the results are the same as reading
// them a few sources at a time with the texts kept, and as the project's own text says.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import type { Store } from '../db/store.ts';
import { runSetup } from '../db/undo-log.ts';
import { insertNode } from '../codebook/codebook.ts';
import { createCoding } from '../codings/codings.ts';
import { importTextSource } from '../sources/sources.ts';
import { forgetProjectIndex, projectIndex } from './index-cache.ts';
import { runMatrix } from './matrix.ts';
import { nodeView } from './node-view.ts';
import { PASSING_READ_SOURCES } from './references.ts';

const SOURCES = PASSING_READ_SOURCES + 26;
let store: Store & { close(): void };
let nodes: number[];
let sourceIds: number[];

beforeAll(() => {
  store = memoryStore();
  nodes = runSetup(store, (rec) => [insertNode(rec, { name: 'Tools' }), insertNode(rec, { name: 'Rules' })]);
  sourceIds = [];
  for (let i = 0; i < SOURCES; i++) {
    // every third text has astral characters before its codings, so code points and UTF-16 differ
    const greeting = i % 3 === 0 ? 'Hello 😀 there 🎉' : 'Hello there';
    const text = `Interviewer: ${greeting}, how is the log kept?\n\nP${i + 1}: We keep the coaching log on paper, ${'and then type it up '.repeat(1 + (i % 4))}every fortnight.`;
    const id = importTextSource(store, { name: `Interview ${String(i + 1).padStart(3, '0')}`, kind: 'transcript', text, originFormat: 'txt', round: 1 + (i % 2) }).id;
    sourceIds.push(id);
    createCoding(store, { sourceId: id, nodeId: nodes[0] as number, start: 13, end: 40 });
    createCoding(store, { sourceId: id, nodeId: nodes[i % 2] as number, start: 50, end: 90 + (i % 30) });
  }
});
afterAll(() => store.close());

describe('reading the texts of many sources through', () => {
  it('lists every reference with the text the project holds, as pages of a few sources list them', () => {
    forgetProjectIndex(store);
    const all = nodeView(store, { nodeId: nodes[0] as number, includeDescendants: false, limit: 1000 });
    expect(all.total).toBe(SOURCES + Math.ceil(SOURCES / 2));
    expect(new Set(all.references.map((r) => r.sourceId)).size).toBeGreaterThan(PASSING_READ_SOURCES);
    const substr = store.db.prepare<[number, number, number, number], string>('SELECT substr(s.text, ? + 1, ? - ?) FROM codings c JOIN sources s ON s.id = c.source_id WHERE c.id = ?').pluck();
    for (const r of all.references) expect(r.text, `coding ${r.codingId}`).toBe(substr.get(r.start, r.end, r.start, r.codingId));
    expect(all.references.some((r) => r.text.includes('😀'))).toBe(true);
    const paged = [];
    for (let offset = 0; offset < all.total; offset += 10) paged.push(...nodeView(store, { nodeId: nodes[0] as number, includeDescendants: false, offset, limit: 10 }).references);
    expect(paged).toEqual(all.references);
  });

  it('keeps no text from a list of many sources, and keeps those of a short page', () => {
    forgetProjectIndex(store);
    nodeView(store, { nodeId: nodes[0] as number, includeDescendants: false, limit: 1000 });
    const { texts } = projectIndex(store);
    expect(sourceIds.filter((id) => texts.get(id) !== undefined)).toEqual([]);
    const page = nodeView(store, { nodeId: nodes[0] as number, includeDescendants: false, limit: 5 });
    const shown = [...new Set(page.references.map((r) => r.sourceId))];
    expect(shown.length).toBeGreaterThan(0);
    expect(shown.every((id) => texts.get(id) !== undefined)).toBe(true);
  });

  it('counts the words coded in a matrix over every source as the sum over a few sources at a time', () => {
    forgetProjectIndex(store);
    const def = { rows: { kind: 'nodes' as const, nodeIds: nodes, includeDescendants: false }, columns: 'round' as const, words: true };
    const whole = runMatrix(store, def);
    expect(projectIndex(store).texts.get(sourceIds[0] as number)).toBeUndefined();
    const summed = whole.rows.map(() => whole.columns.map(() => 0));
    for (let i = 0; i < sourceIds.length; i += 20) {
      const part = runMatrix(store, { ...def, scope: { sourceIds: sourceIds.slice(i, i + 20) } });
      part.rows.forEach((row, r) =>
        part.columns.forEach((column, c) => {
          const wr = whole.rows.findIndex((w) => w.key === row.key);
          const wc = whole.columns.findIndex((w) => w.key === column.key);
          (summed[wr] as number[])[wc] = ((summed[wr] as number[])[wc] as number) + ((part.words?.[r]?.[c] as number) ?? 0);
        }),
      );
    }
    expect(whole.words).toEqual(summed);
    expect(whole.words?.flat().filter((n) => n > 0).length).toBeGreaterThanOrEqual(3);
  });
});
