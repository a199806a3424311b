import fc from 'fast-check';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { sliceByCodePoints } from '../../shared/text/code-points.ts';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import type { Store } from '../db/store.ts';
import { createNode } from '../codebook/codebook.ts';
import { createCoding, listCodings } from '../codings/codings.ts';
import { editSourceText } from './source-edits.ts';
import { getSource, importTextSource } from './sources.ts';

let store: Store & { close(): void };
beforeEach(() => (store = memoryStore()));
afterEach(() => store.close());

function setup(text: string, ranges: [number, number][]) {
  const source = importTextSource(store, { name: 'S', kind: 'transcript', text, originFormat: 'txt' });
  const node = createNode(store, { name: 'N' });
  const codings = ranges.map(([start, end]) => createCoding(store, { sourceId: source.id, nodeId: node.id, start, end }));
  return { sourceId: source.id, codings };
}

function codedText(sourceId: number, id: number): string {
  const text = getSource(store, sourceId).text;
  const c = listCodings(store, { sourceId }).find((x) => x.id === id);
  if (!c) throw new Error('coding gone');
  return sliceByCodePoints(text, c.start, c.end);
}

describe('correcting a transcript keeps its codings on their text', () => {
  const text = 'Interviewer: What changed?\n\nPriya: The learners started to speak up in class.';
  const start = text.indexOf('learners');
  const end = start + 'learners started to speak'.length;

  it('an insertion before a coding shifts it', () => {
    const { sourceId, codings } = setup(text, [[start, end]]);
    editSourceText(store, sourceId, { start: 0, end: 0, insert: '[00:01] ', baseRevision: 0 });
    expect(codedText(sourceId, codings[0]?.id ?? 0)).toBe('learners started to speak');
  });

  it('an edit inside a coding resizes it', () => {
    const { sourceId, codings } = setup(text, [[start, end]]);
    const at = text.indexOf('started');
    editSourceText(store, sourceId, { start: at, end: at + 'started'.length, insert: 'began, slowly,', baseRevision: 0 });
    expect(codedText(sourceId, codings[0]?.id ?? 0)).toBe('learners began, slowly, to speak');
  });

  it('text typed at a coding\'s edges stays outside it', () => {
    const { sourceId, codings } = setup(text, [[start, end]]);
    editSourceText(store, sourceId, { start: end, end: end, insert: ' out', baseRevision: 0 });
    editSourceText(store, sourceId, { start, end: start, insert: 'quiet ', baseRevision: 1 });
    expect(codedText(sourceId, codings[0]?.id ?? 0)).toBe('learners started to speak');
    expect(getSource(store, sourceId).text).toContain('quiet learners started to speak out up');
  });

  it('a coding whose text is wholly deleted is reported and kept, not dropped', () => {
    const { sourceId, codings } = setup(text, [[start, end]]);
    const result = editSourceText(store, sourceId, { start: start - 4, end: end + 3, insert: '', baseRevision: 0 });
    expect(result.emptiedCodings).toEqual([codings[0]?.id]);
    expect(listCodings(store, { sourceId })).toHaveLength(1);
  });

  it('an edit against an old revision is refused and changes nothing', () => {
    const { sourceId } = setup(text, [[start, end]]);
    editSourceText(store, sourceId, { start: 0, end: 0, insert: 'x', baseRevision: 0 });
    expect(() => editSourceText(store, sourceId, { start: 0, end: 0, insert: 'y', baseRevision: 0 })).toThrow(/changed since/);
    expect(getSource(store, sourceId).text.startsWith('xInterviewer')).toBe(true);
  });

  it('the full-text index follows corrected text', () => {
    const { sourceId } = setup(text, []);
    const at = text.indexOf('learners');
    editSourceText(store, sourceId, { start: at, end: at + 'learners'.length, insert: 'apprentices', baseRevision: 0 });
    const hits = (word: string) => store.db.prepare('SELECT count(*) FROM segments_fts WHERE segments_fts MATCH ?').pluck().get(word);
    expect(hits('apprentices')).toBe(1);
    expect(hits('learners')).toBe(0);
  });

  it('property: any edit that does not touch a coding leaves its text unchanged', () => {
    const base = 'Ruth: We met on Wednesdays – café, naïve plans, 👩‍🏫 notes and more.\n\nInterviewer: And then?';
    fc.assert(
      fc.property(
        fc.nat({ max: 40 }),
        fc.nat({ max: 20 }),
        fc.nat({ max: 80 }),
        fc.nat({ max: 10 }),
        fc.string({ maxLength: 12 }),
        (cStart, cLen, eStart, eLen, insert) => {
          const local = memoryStore();
          const prev = store;
          store = local;
          try {
            const length = [...base].length;
            const s = Math.min(cStart, length - 1);
            const e = Math.min(length, s + 1 + cLen);
            const { sourceId, codings } = setup(base, [[s, e]]);
            const before = codedText(sourceId, codings[0]?.id ?? 0);
            const es = Math.min(eStart, length);
            const ee = Math.min(length, es + eLen);
            const touches = es < e && ee > s;
            const atEdge = es === s || es === e || ee === s;
            editSourceText(store, sourceId, { start: es, end: ee, insert, baseRevision: 0 });
            const after = listCodings(store, { sourceId })[0];
            const newLength = [...getSource(store, sourceId).text].length;
            expect(after && after.start <= after.end && after.end <= newLength).toBe(true);
            if (!touches && !atEdge && insert.normalize('NFC') === insert && !/^[\u0300-\u036f]/.test(insert)) {
              expect(codedText(sourceId, codings[0]?.id ?? 0)).toBe(before);
            }
          } finally {
            store = prev;
            local.close();
          }
        },
      ),
      { numRuns: 200 },
    );
  });
});
