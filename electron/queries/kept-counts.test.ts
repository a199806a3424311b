// The fast paths of the queries give exactly what the general ones give, on the demo study
// and on random scopes: word frequency from kept counts against reading the text (also after
// corrections, imports, undo and reopening, which must drop or reuse the kept counts), the
// matrix's counts against shared/analysis/matrix.ts, and co-occurrence counts against
// shared/analysis/cooccurrence.ts.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { countCooccurrences } from '../../shared/analysis/cooccurrence.ts';
import type { CoCoding } from '../../shared/analysis/cooccurrence.ts';
import { aggregateMatrix } from '../../shared/analysis/matrix.ts';
import { countWordsIn } from '../../shared/analysis/words.ts';
import type { MatrixDefinition, NodeSet, QueryScope, WordFrequencyDefinition } from '../../shared/model/queries.ts';
import { createProject, openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { undo } from '../db/undo-log.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { applyEdits, previewEdits } from '../sources/corrections.ts';
import { getSource, importTextSource } from '../sources/sources.ts';
import { runCooccurrence } from './cooccurrence.ts';
import { queryFacets } from './facets.ts';
import { projectIndex } from './index-cache.ts';
import { fieldValue, isSourceField, loadLookups } from './lookup.ts';
import { nodeSetRows, rowsByNode, runMatrix } from './matrix.ts';
import { referenceRows } from './reference-rows.ts';
import { loadSourceTexts } from './references.ts';
import { runWordFrequency, wordFrequencyFromText } from './word-use.ts';

let tmp: ReturnType<typeof makeTempDir>;
let path: string;
let store: OpenStore;

beforeAll(() => {
  tmp = makeTempDir('alens-kept-counts-');
  path = join(tmp.dir, 'demo.alens');
  store = createProject(path, 'Demo');
  writeDemoStudy(store);
  importTextSource(store, {
    name: 'Awkward words',
    kind: 'other',
    text: 'Don’t don\'t DON’T co-operation Co-Operation café CAFÉ cafe\u0301 naïve 😀 émigré Émigré 2025 x1 ab ab-cd -ab- \u00ADsoft ﬁne ǅemal Straße STRASSE ſtudent',
    originFormat: 'txt',
  });
});
afterAll(() => {
  store.close();
  tmp.cleanup();
});

// A small seeded random generator.
function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

// A random scope from the project's own cases, sources and attribute values.
function randomScope(rand: () => number): QueryScope | undefined {
  if (rand() < 0.15) return undefined;
  const facets = queryFacets(store);
  const scope: QueryScope = {};
  const some = <T>(list: readonly T[]) => list.filter(() => rand() < 0.5);
  if (rand() < 0.3) scope.sourceIds = some(facets.sources.map((s) => s.id));
  if (rand() < 0.3) scope.caseIds = some(facets.cases.map((c) => c.id));
  if (rand() < 0.5) scope.filters = some(facets.fields).map((f) => ({ field: f.field, values: some(f.values) }));
  if (rand() < 0.4) scope.excludeInterviewer = true;
  if (rand() < 0.2) scope.dateFrom = '2025-06-01';
  return scope;
}

function randomWordQuery(rand: () => number): WordFrequencyDefinition {
  return { selection: { kind: 'sources', scope: randomScope(rand) }, stem: rand() < 0.5, stopWords: rand() < 0.6, minLength: 1 + Math.floor(rand() * 5), limit: [5, 50, 500, 100_000][Math.floor(rand() * 4)] ?? 50 };
}

describe('word frequency from kept counts', () => {
  it('is what reading the text gives, on random scopes', () => {
    const rand = random(11);
    for (let i = 0; i < 60; i++) {
      const def = randomWordQuery(rand);
      expect(runWordFrequency(store, def), JSON.stringify(def)).toEqual(wordFrequencyFromText(store, def));
    }
  });

  it('follows corrections (also previewed and rolled back), imports, undo and reopening', () => {
    const rand = random(12);
    const check = (label: string) => {
      for (let i = 0; i < 8; i++) {
        const def = randomWordQuery(rand);
        expect(runWordFrequency(store, def), `${label} ${JSON.stringify(def)}`).toEqual(wordFrequencyFromText(store, def));
      }
    };
    const source = getSource(store, Number(store.db.prepare("SELECT id FROM sources WHERE kind = 'transcript' ORDER BY id LIMIT 1").pluck().get()));
    // a same-length correction moves no segment but changes words
    const at = source.text.indexOf('the ');
    previewEdits(store, source.id, source.revision, [{ start: at, end: at + 3, insert: 'xyz' }]);
    check('after a preview');
    applyEdits(store, source.id, source.revision, [{ start: at, end: at + 3, insert: 'xyz' }], []);
    check('after a correction');
    importTextSource(store, { name: 'Late arrival', kind: 'other', text: 'Interviewer: Why?\n\nSam: Because the timetable changed, again and again.', originFormat: 'txt' });
    check('after an import');
    undo(store);
    undo(store);
    check('after undo');
    store.close();
    store = openProject(path);
    expect(Number(store.db.prepare('SELECT count(*) FROM query_index_segments WHERE word_counts IS NOT NULL').pluck().get())).toBeGreaterThan(5);
    check('after reopening');
  });
});

function randomNodeSet(rand: () => number): NodeSet {
  if (rand() < 0.3) return { kind: 'questions' };
  const nodes = [...loadLookups(store).nodes.keys()];
  return { kind: 'nodes', nodeIds: nodes.filter(() => rand() < 0.4).concat(nodes.slice(0, 2)), includeDescendants: rand() < 0.5 };
}

describe('matrix counts', () => {
  it('are what shared/analysis/matrix.ts counts, on random rows, columns and scopes', () => {
    const rand = random(21);
    const columns = ['case', 'role', 'project', 'partnerRole', 'round', 'mode', 'kind'] as const;
    for (let i = 0; i < 40; i++) {
      const def: MatrixDefinition = { rows: randomNodeSet(rand), columns: columns[Math.floor(rand() * columns.length)] ?? 'role', scope: randomScope(rand), words: rand() < 0.4 };
      const result = runMatrix(store, def);
      // the same references through the general aggregation
      const lookups = loadLookups(store);
      const byNode = rowsByNode(nodeSetRows(lookups, def.rows));
      const { codings: c } = projectIndex(store);
      const columnOf = new Map(result.columns.map((h, k) => [h.key, k]));
      const keyOf = (i: number): string => {
        const caseId = c.caseId[i] as number;
        if (def.columns === 'case') return `c${caseId < 0 ? 0 : caseId}`;
        const value = isSourceField(def.columns) ? fieldValue(def.columns, undefined, lookups.sources.get(c.sourceId[i] as number)) : fieldValue(def.columns, caseId < 0 ? undefined : lookups.cases.get(caseId), undefined);
        return `v:${value ?? '(no value)'}`;
      };
      const refs = Array.from(referenceRows(store, lookups, { nodeIds: [...byNode.keys()], scope: def.scope }), (i) => ({ rows: byNode.get(c.nodeId[i] as number) ?? [], column: columnOf.get(keyOf(i)) ?? -1, sourceId: c.sourceId[i] as number, start: c.start[i] as number, end: c.end[i] as number }));
      const texts = loadSourceTexts(store, refs.map((r) => r.sourceId));
      const words = (sourceId: number, ranges: { start: number; end: number }[]) => {
        const text = texts.get(sourceId);
        return text ? ranges.reduce((n, r) => n + countWordsIn(text.slice(Math.min(r.start, text.codePointLength), Math.min(r.end, text.codePointLength))), 0) : 0;
      };
      const expected = aggregateMatrix(refs, result.rows.length, result.columns.length, def.words ? words : undefined);
      expect({ references: result.references, sources: result.sources, words: result.words }, JSON.stringify(def)).toEqual(expected);
    }
  });
});

describe('co-occurrence counts', () => {
  it('are what shared/analysis/cooccurrence.ts counts, in both modes, on random items and scopes', () => {
    const rand = random(31);
    for (let i = 0; i < 40; i++) {
      const def = { items: randomNodeSet(rand), mode: rand() < 0.5 ? ('overlap' as const) : ('same-segment' as const), scope: randomScope(rand) };
      const lookups = loadLookups(store);
      const items = nodeSetRows(lookups, def.items);
      if (items.length < 2) continue;
      const byNode = rowsByNode(items);
      const { codings: c, segments: seg } = projectIndex(store);
      const codings: CoCoding[] = Array.from(referenceRows(store, lookups, { nodeIds: [...byNode.keys()], scope: def.scope }), (i) => {
        const sourceId = c.sourceId[i] as number;
        const start = c.start[i] as number;
        const end = c.end[i] as number;
        const segmentIds = Array.from(seg.bySource.get(sourceId) ?? [])
          .filter((r) => (seg.end[r] as number) > start && (seg.start[r] as number) < Math.max(end, start + 1))
          .map((r) => seg.id[r] as number);
        return { id: c.id[i] as number, items: byNode.get(c.nodeId[i] as number) ?? [], sourceId, start, end, segmentIds };
      });
      const expected = countCooccurrences(codings, def.mode).map((p) => ({ a: items[p.a]?.key ?? '', b: items[p.b]?.key ?? '', count: p.count, sources: p.sources }));
      expect(runCooccurrence(store, def).pairs, JSON.stringify(def)).toEqual(expected);
    }
  });
});
