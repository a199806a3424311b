// Benchmarks of retrieval and queries on the working copy of the corpus:
//   - text search over a fixed mix of word, phrase, prefix and boolean queries (target p95 < 100 ms)
//   - node view of a node with 10,000 references, all listed with text (target < 300 ms)
//   - matrix of 50 nodes x 10 attribute values (target < 500 ms)
//   - the node view, matrix and co-occurrence right after coding a passage, and the first
//     query after opening (queries-words.ts adds co-occurrence, word use and find)
// The corpus has the 26 nodes of the codebook; this bench adds 24 nodes and moves existing
// codings onto them in proportion to the corpus (one node gets 10% of the codings: 10,000 at
// 1,000 transcripts, the size the targets are set for; each other new node 1%), so every size
// has the same shape and the growth column compares like with like. Every case gets a
// 10-valued attribute.
import { runSetup, undo as undoLast } from '../../../electron/db/undo-log.ts';
import { createCoding } from '../../../electron/codings/codings.ts';
import { forgetProjectIndex, projectIndex } from '../../../electron/queries/index-cache.ts';
import { insertNode } from '../../../electron/codebook/codebook.ts';
import { runCooccurrence } from '../../../electron/queries/cooccurrence.ts';
import { runMatrix } from '../../../electron/queries/matrix.ts';
import { nodeView } from '../../../electron/queries/node-view.ts';
import { searchText } from '../../../electron/queries/search.ts';
import type { MatrixDefinition } from '../../../shared/model/queries.ts';
import { seededRandom } from '../synthetic-corpus.ts';
import { quantile, repeatMs, timeMs } from '../bench-context.ts';
import type { BenchArea, BenchContext } from '../bench-context.ts';
import { findBench, highWaterMark, searchAfterWarmUpBench, wordUseBench } from './queries-words.ts';

export const SEARCH_MIX: Record<'word' | 'phrase' | 'prefix' | 'boolean', string[]> = {
  word: ['coaching', 'timetable', 'learners', 'inspection', 'remission'],
  phrase: ['"coaching log"', '"peer visits"', '"remission hours"', '"the funding conditions"', '"across both sites"'],
  prefix: ['observ*', 'insp*', 'co*', '"feedback on prac*"', 'reflect*'],
  boolean: ['mentors AND timetable', 'log OR form', 'feedback NOT inspection', 'NOT fortnight', '(broker OR tutors) AND "graded observations"'],
};

const BIG = 'a node with 10% of the codings (10,000 at 1,000 transcripts)';

interface Prepared {
  bigNode: number;
  bigNodeReferences: number;
  nodeIds: number[];
}

// Adds nodes up to 50 (moving existing codings onto them) and a 10-valued case attribute.
function prepareWorkingCopy(ctx: BenchContext): Prepared {
  const { store } = ctx;
  const rand = seededRandom(5);
  const existing = store.db.prepare('SELECT id FROM nodes ORDER BY id').pluck().all() as number[];
  const added = runSetup(store, (rec) => Array.from({ length: 50 - existing.length }, (_, i) => insertNode(rec, { name: `Bench node ${i + 1}` })));
  const codingIds = store.db.prepare('SELECT id FROM codings ORDER BY id').pluck().all() as number[];
  // shuffle the codings, then hand out 10% to the first new node and 1% to each other
  for (let i = codingIds.length - 1; i > 0; i--) {
    const j = Math.floor(rand() * (i + 1));
    [codingIds[i], codingIds[j]] = [codingIds[j] as number, codingIds[i] as number];
  }
  const move = store.db.prepare('UPDATE codings SET node_id = ? WHERE id = ?');
  const attribute = store.db.prepare("INSERT INTO attributes (guid, applies_to, name, value_type, choices_json, sort_order) VALUES ('bench-group', 'case', 'Bench group', 'text', '[]', 99)");
  const value = store.db.prepare('INSERT INTO case_attribute_values (case_id, attribute_id, value) VALUES (?, ?, ?)');
  const bigNodeReferences = Math.floor(codingIds.length / 10);
  store.db.transaction(() => {
    let at = 0;
    added.forEach((nodeId, k) => {
      const count = k === 0 ? bigNodeReferences : Math.floor(codingIds.length / 100);
      for (let i = 0; i < count && at < codingIds.length; i++, at++) move.run(nodeId, codingIds[at]);
    });
    const attributeId = Number(attribute.run().lastInsertRowid);
    (store.db.prepare('SELECT id FROM cases ORDER BY id').pluck().all() as number[]).forEach((caseId, i) => value.run(caseId, attributeId, `Group ${(i % 10) + 1}`));
  })();
  return { bigNode: added[0] as number, bigNodeReferences, nodeIds: [...existing, ...added] };
}

// Text search: each query of the mix once (its first run), then the mix six times over.
function searchBench(ctx: BenchContext): void {
  const { store, add } = ctx;
  searchText(store, { query: 'zzzz' }); // reads the index and warms the statement cache
  const firsts = Object.values(SEARCH_MIX)
    .flat()
    .map((q) => timeMs(() => searchText(store, { query: q })));
  add('search: whole mix, first run of each query', 'median', quantile(firsts, 0.5), 'ms');
  add('search: whole mix, first run of each query', 'p95', quantile(firsts, 0.95), 'ms');
  const all: number[] = [];
  for (const [kind, queries] of Object.entries(SEARCH_MIX)) {
    searchText(store, { query: queries[0] ?? '' }); // warm the statement cache
    const times = repeatMs(queries.length * 6, (i) => searchText(store, { query: queries[i % queries.length] ?? '' }));
    all.push(...times);
    add(`search: ${kind} queries`, 'median', quantile(times, 0.5), 'ms');
    add(`search: ${kind} queries`, 'p95', quantile(times, 0.95), 'ms');
  }
  add('search: whole mix (target p95 < 100 ms)', 'median', quantile(all, 0.5), 'ms');
  add('search: whole mix (target p95 < 100 ms)', 'p95', quantile(all, 0.95), 'ms');
}

// The node view of the big node (every reference with text, and the first page) and the matrices.
function viewsBench(ctx: BenchContext, p: Prepared, def: MatrixDefinition): void {
  const { store, add } = ctx;
  const bigView = { nodeId: p.bigNode, includeDescendants: false, limit: p.bigNodeReferences };
  const first = nodeView(store, bigView);
  if (first.total !== p.bigNodeReferences || first.references.length !== p.bigNodeReferences) throw new Error(`the big node has ${first.total} references`);
  const views = repeatMs(10, () => nodeView(store, bigView));
  add(`node view of ${BIG}, all with text (target < 300 ms)`, 'median', quantile(views, 0.5), 'ms');
  add(`node view of ${BIG}, all with text (target < 300 ms)`, 'p95', quantile(views, 0.95), 'ms');
  const pages = repeatMs(10, () => nodeView(store, { ...bigView, limit: 200 }));
  add(`node view of ${BIG}, first page of 200`, 'median', quantile(pages, 0.5), 'ms');
  add(`node view of ${BIG}, first page of 200`, 'p95', quantile(pages, 0.95), 'ms');

  const m = runMatrix(store, def);
  if (m.rows.length !== 50 || m.columns.length !== 10) throw new Error(`matrix is ${m.rows.length} x ${m.columns.length}`);
  const matrices = repeatMs(10, () => runMatrix(store, def));
  add('matrix 50 nodes x 10 values, references + sources (target < 500 ms)', 'median', quantile(matrices, 0.5), 'ms');
  add('matrix 50 nodes x 10 values, references + sources (target < 500 ms)', 'p95', quantile(matrices, 0.95), 'ms');
  const withWords = repeatMs(3, () => runMatrix(store, { ...def, words: true }));
  add('matrix 50 nodes x 10 values, with words coded', 'median', quantile(withWords, 0.5), 'ms');
  const questions = repeatMs(10, () => runMatrix(store, { rows: { kind: 'questions' }, columns: 'role' }));
  add('matrix six questions x role', 'median', quantile(questions, 0.5), 'ms');
  const cooccurrences = repeatMs(5, () => runCooccurrence(store, { items: def.rows, mode: 'overlap' }));
  add('co-occurrence of 50 nodes, overlapping text', 'median', quantile(cooccurrences, 0.5), 'ms');
  add('co-occurrence of 50 nodes, overlapping text', 'p95', quantile(cooccurrences, 0.95), 'ms');
}

// The same queries right after coding a passage (and undoing it), and right after opening.
function afterChangeBench(ctx: BenchContext, p: Prepared, def: MatrixDefinition): void {
  const { store, add } = ctx;
  const bigView = { nodeId: p.bigNode, includeDescendants: false, limit: p.bigNodeReferences };
  const nodeForWrites = p.nodeIds[0] as number;
  const sourceForWrites = Number(store.db.prepare('SELECT id FROM sources ORDER BY id LIMIT 1').pluck().get());
  const afterChange = (fn: () => unknown) =>
    Array.from({ length: 10 }, () => {
      createCoding(store, { sourceId: sourceForWrites, nodeId: nodeForWrites, start: 10, end: 20 });
      undoLast(store);
      return timeMs(fn);
    });
  const cooccurrence = () => runCooccurrence(store, { items: def.rows, mode: 'overlap' });
  for (const [name, fn] of [
    ['re-reading the codings alone', () => projectIndex(store).codings],
    ['search (mixed queries)', () => searchText(store, { query: SEARCH_MIX.boolean[4] ?? '' })],
    [`node view of ${BIG}`, () => nodeView(store, bigView)],
    [`node view of ${BIG}, first page of 200`, () => nodeView(store, { ...bigView, limit: 200 })],
    ['matrix 50 nodes x 10 values', () => runMatrix(store, def)],
    ['co-occurrence of 50 nodes, overlapping text', cooccurrence],
  ] as const) {
    const times = afterChange(fn);
    add(`first query after a change: ${name}`, 'median', quantile(times, 0.5), 'ms');
    add(`first query after a change: ${name}`, 'p95', quantile(times, 0.95), 'ms');
  }

  // the first query after opening the project reads the whole index (lookups, segments, codings)
  for (const [name, fn] of [
    ['search', () => searchText(store, { query: SEARCH_MIX.word[0] ?? '' })],
    [`node view of ${BIG}`, () => nodeView(store, bigView)],
    [`node view of ${BIG}, first page of 200`, () => nodeView(store, { ...bigView, limit: 200 })],
    ['matrix 50 nodes x 10 values', () => runMatrix(store, def)],
    ['co-occurrence of 50 nodes, overlapping text', cooccurrence],
  ] as const) {
    const times = Array.from({ length: 5 }, () => {
      forgetProjectIndex(store);
      return timeMs(fn);
    });
    add(`first query after opening: ${name}`, 'median', quantile(times, 0.5), 'ms');
    add(`first query after opening: ${name}`, 'p95', quantile(times, 0.95), 'ms');
  }
}

export const queriesBench: BenchArea = {
  name: 'queries',
  async run(ctx) {
    const prepared = prepareWorkingCopy(ctx);
    const def: MatrixDefinition = { rows: { kind: 'nodes', nodeIds: prepared.nodeIds, includeDescendants: false }, columns: 'case:Bench group' };
    searchBench(ctx);
    highWaterMark(ctx, 'search');
    viewsBench(ctx, prepared, def);
    highWaterMark(ctx, 'node view, matrix and co-occurrence');
    afterChangeBench(ctx, prepared, def);
    highWaterMark(ctx, 'queries after a change and after opening');
    ctx.add('co-occurrence of the six questions, same turn', 'value', timeMs(() => runCooccurrence(ctx.store, { items: { kind: 'questions' }, mode: 'same-segment' })), 'ms');
    await wordUseBench(ctx, prepared.bigNode);
    await searchAfterWarmUpBench(ctx, SEARCH_MIX.word[0] ?? '');
    highWaterMark(ctx, 'word use');
    findBench(ctx);
    highWaterMark(ctx, 'find in every source');
  },
};
