// Text search on the demo study: the JS tokenizer and hit finder agree with FTS5 (every
// segment's tokens, and a fixed set of queries, position by position); restrictions;
// and turning a result set into codings as one undoable action.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { compileToFts } from '../../shared/search/fts-compile.ts';
import { leafOccurrences } from '../../shared/search/match-tokens.ts';
import { matchTokens } from '../../shared/search/match-tokens.ts';
import { positiveLeaves } from '../../shared/search/query-ast.ts';
import { parseQuery } from '../../shared/search/query-parser.ts';
import { tokenize } from '../../shared/search/tokenizer.ts';
import type { QueryNode } from '../../shared/search/query-ast.ts';
import type { Store } from '../db/store.ts';
import { redo, undo } from '../db/undo-log.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { editSourceText } from '../sources/source-edits.ts';
import { searchText } from './search.ts';
import { codeSearchResults } from './search-code.ts';
import { sentenceAround } from './search-code.ts';

let store: Store & { close(): void };
let segments: { id: number; text: string }[];

beforeAll(() => {
  store = memoryStore();
  writeDemoStudy(store);
  store.db.exec('CREATE VIRTUAL TABLE temp.fts_instances USING fts5vocab(main, segments_fts, instance)');
  segments = store.db.prepare('SELECT g.id, substr(s.text, g.start + 1, g.end - g.start) AS text FROM segments g JOIN sources s ON s.id = g.source_id ORDER BY g.id').all() as { id: number; text: string }[];
});
afterAll(() => store.close());

function parsed(q: string): QueryNode {
  const r = parseQuery(q);
  if (!r.ok) throw new Error(r.message);
  return r.query;
}

// term -> segment -> token positions, straight from FTS5's index
function ftsPositions(): Map<string, Map<number, number[]>> {
  const out = new Map<string, Map<number, number[]>>();
  for (const [term, doc, offset] of store.db.prepare('SELECT term, doc, offset FROM temp.fts_instances ORDER BY doc, offset').raw().all() as [string, number, number][]) {
    let docs = out.get(term);
    if (!docs) out.set(term, (docs = new Map()));
    docs.set(doc, [...(docs.get(doc) ?? []), offset]);
  }
  return out;
}

const QUERIES = [
  'coaching',
  '"peer coaching"',
  'observ*',
  '"learning walk*"',
  'mentor OR mentee',
  'log NOT form',
  'NOT the',
  'NOT (coaching OR mentor) AND time',
  "don't",
  "it's",
  'co-operation',
  'inspection AND (grade* OR graded)',
  '"teaching and learning" OR funder',
  'Margaret',
  'portal -online',
  'collaborat* OR partner*',
];

describe('JS hits equal FTS5 on the demo study', () => {
  it('tokenises every segment into the terms and positions FTS5 indexed', () => {
    const index = ftsPositions();
    const fromFts = new Map<number, string[]>();
    for (const [term, docs] of index) for (const [doc, offsets] of docs) for (const o of offsets) (fromFts.get(doc) ?? fromFts.set(doc, []).get(doc) ?? [])[o] = term;
    expect(segments.length).toBeGreaterThan(200);
    for (const s of segments) expect(tokenize(s.text).map((t) => t.term), `segment ${s.id}`).toEqual(fromFts.get(s.id) ?? []);
  });

  it.each(QUERIES)('%s: the same segments match, with hits at the positions FTS5 holds', (q) => {
    const query = parsed(q);
    const plan = compileToFts(query);
    const matched = new Set(store.db.prepare('SELECT rowid FROM segments_fts WHERE segments_fts MATCH ?').pluck().all(plan.match) as number[]);
    const fts = segments.filter((s) => (plan.mode === 'include' ? matched.has(s.id) : !matched.has(s.id))).map((s) => s.id);
    const js = segments.filter((s) => matchTokens(query, tokenize(s.text)).matched).map((s) => s.id);
    expect(js).toEqual(fts);
    // every query but the one whose words the demo never uses finds something, and none finds everything
    if (q !== 'co-operation') expect(js.length).toBeGreaterThan(0);
    expect(js.length).toBeLessThan(segments.length);

    // each word or phrase that counts as a hit: JS occurrences == runs of FTS5 positions
    const index = ftsPositions();
    for (const leaf of positiveLeaves(query)) {
      for (const id of js) {
        const tokens = tokenize(segments.find((s) => s.id === id)?.text ?? '');
        const positionsOf = (k: number) => {
          const want = leaf.terms[k] as string;
          const prefix = leaf.prefix && k === leaf.terms.length - 1;
          const out = new Set<number>();
          for (const [term, docs] of index) if (prefix ? term.startsWith(want) : term === want) for (const p of docs.get(id) ?? []) out.add(p);
          return out;
        };
        const sets = leaf.terms.map((_, k) => positionsOf(k));
        const fromIndex = [...(sets[0] ?? [])].filter((p) => sets.every((set, k) => set.has(p + k))).sort((a, b) => a - b);
        expect(leafOccurrences(leaf, tokens), `${leaf.text} in segment ${id}`).toEqual(fromIndex);
      }
    }
  });
});

describe('searchText', () => {
  it('returns KWIC lines whose match is the hit, and totals', () => {
    const result = searchText(store, { query: '"peer coaching"' });
    expect(result.totalSegments).toBeGreaterThan(3);
    const lines = result.segments.flatMap((s) => s.lines);
    expect(lines.length).toBeGreaterThanOrEqual(result.segments.length);
    for (const line of lines) expect(line.match.toLowerCase()).toBe('peer coaching');
  });

  it('leaves speaker labels out unless asked, and interviewer turns when asked', () => {
    const withLabels = searchText(store, { query: 'Margaret', includeLabels: true, limit: 1000 });
    const without = searchText(store, { query: 'Margaret', limit: 1000 });
    expect(without.totalSegments).toBeLessThan(withLabels.totalSegments);
    for (const s of without.segments) for (const l of s.lines) expect(l.start).toBeGreaterThanOrEqual(s.start + 'Margaret:'.length - 1);
    const noInterviewer = searchText(store, { query: 'coaching', scope: { excludeInterviewer: true }, limit: 1000 });
    expect(noInterviewer.segments.every((s) => !s.isInterviewer)).toBe(true);
    expect(noInterviewer.totalSegments).toBeLessThan(searchText(store, { query: 'coaching' }).totalSegments);
  });

  it('restricts to attribute values and to text coded at a node', () => {
    const brokers = searchText(store, { query: 'coaching', scope: { filters: [{ field: 'role', values: ['broker'] }] }, limit: 1000 });
    expect(brokers.totalSegments).toBeGreaterThan(0);
    expect(brokers.segments.every((s) => s.role === 'broker')).toBe(true);
    const nodeId = Number(store.db.prepare("SELECT id FROM nodes WHERE name = 'Q1 Tools and artefacts'").pluck().get());
    const coded = searchText(store, { query: 'log', codedAt: { nodeId, includeDescendants: true }, limit: 1000 });
    const codings = store.db.prepare('SELECT c.source_id, c.start, c.end FROM codings c JOIN nodes n ON n.id = c.node_id WHERE n.question = 1').all() as { source_id: number; start: number; end: number }[];
    expect(coded.totalSegments).toBeGreaterThan(0);
    for (const s of coded.segments) for (const l of s.lines) expect(codings.some((c) => c.source_id === s.sourceId && c.start <= l.start && c.end >= l.end)).toBe(true);
  });

  it('explains a query it cannot read', () => {
    expect(() => searchText(store, { query: '"unclosed' })).toThrow(/never closed/);
  });
});

describe('codeSearchResults', () => {
  it('codes every hit at a node in one action that undo removes and redo restores exactly', () => {
    const nodeId = Number(store.db.prepare("SELECT id FROM nodes WHERE name = 'Process of the activity'").pluck().get());
    const before = snapshotTables(store.db);
    const result = codeSearchResults(store, { query: '"network meeting"', nodeId, spread: 'hit' });
    expect(result.created).toBeGreaterThan(0);
    const after = snapshotTables(store.db);
    const added = store.db.prepare("SELECT substr(s.text, c.start + 1, c.end - c.start) FROM codings c JOIN sources s ON s.id = c.source_id WHERE c.id > (SELECT max(id) FROM codings) - ?").pluck().all(result.created) as string[];
    expect(added.every((t) => t.toLowerCase() === 'network meeting')).toBe(true);
    expect(undo(store)).toMatch(/^Code \d+ search results? at Process of the activity$/);
    expect(snapshotTables(store.db)).toEqual(before);
    redo(store);
    expect(snapshotTables(store.db)).toEqual(after);
    undo(store);
  });

  it('spreads to sentences or whole turns, and skips passages already coded', () => {
    const nodeId = Number(store.db.prepare("SELECT id FROM nodes WHERE name = 'Power and conflict'").pluck().get());
    const first = codeSearchResults(store, { query: 'grumbles', nodeId, spread: 'segment' });
    const again = codeSearchResults(store, { query: 'grumbles', nodeId, spread: 'sentence' });
    expect(first.created).toBeGreaterThan(0);
    expect(again).toMatchObject({ created: 0, skipped: first.created });
    undo(store);
    undo(store);
  });

  it('finds the sentence around a hit', () => {
    const text = 'First one. The log is a form! Last "one." Done';
    const at = text.indexOf('log');
    expect(text.slice(...Object.values(sentenceAround(text, at, at + 3)) as [number, number])).toBe('The log is a form!');
    const last = text.indexOf('Last');
    expect(text.slice(...Object.values(sentenceAround(text, last, last + 4)) as [number, number])).toBe('Last "one."');
  });
});

describe('search after the project changes', () => {
  it('finds text typed into a source, with the hit where it was typed, and loses it on undo', () => {
    const source = store.db.prepare("SELECT id, revision FROM sources WHERE kind = 'transcript' ORDER BY id LIMIT 1").get() as { id: number; revision: number };
    const turn = store.db.prepare('SELECT start, end FROM segments WHERE source_id = ? AND is_interviewer = 0 AND case_id IS NOT NULL ORDER BY start LIMIT 1').get(source.id) as { start: number; end: number };
    expect(searchText(store, { query: 'zebrafish' }).totalSegments).toBe(0);
    editSourceText(store, source.id, { start: turn.end, end: turn.end, insert: ' Zebrafish', baseRevision: source.revision });
    const found = searchText(store, { query: 'zebrafish' });
    expect(found.totalSegments).toBe(1);
    expect(found.segments[0]?.lines[0]).toMatchObject({ start: turn.end + 1, end: turn.end + 10, match: 'Zebrafish' });
    undo(store);
    expect(searchText(store, { query: 'zebrafish' }).totalSegments).toBe(0);
  });
});
