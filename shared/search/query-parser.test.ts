// Table-driven tests of the search syntax, its FTS5 form and JS matching.
import Database from 'better-sqlite3';
import { describe, expect, it } from 'vitest';
import { formatQuery } from './query-ast.ts';
import type { QueryNode } from './query-ast.ts';
import { compileToFts } from './fts-compile.ts';
import { matchText } from './match-tokens.ts';
import { parseQuery } from './query-parser.ts';

function parsed(input: string): QueryNode {
  const result = parseQuery(input);
  if (!result.ok) throw new Error(result.message);
  return result.query;
}

describe('parseQuery', () => {
  it.each([
    ['coaching', 'coaching'],
    ['Coaching LOG', 'coaching AND log'],
    ['"peer coaching"', '"peer coaching"'],
    ['observ*', 'observ*'],
    ['"peer coach"*', '"peer coach"*'],
    ['"peer coach*"', '"peer coach"*'],
    ['co-operation', '"co operation"'],
    ["don't", '"don t"'],
    ['don’t', '"don t"'],
    ['mentor OR mentee', 'mentor OR mentee'],
    ['log NOT form', 'log AND NOT form'],
    ['NOT inspection', 'NOT inspection'],
    ['-inspection log', 'NOT inspection AND log'],
    ['(mentor OR mentee) AND log', '(mentor OR mentee) AND log'],
    ['a OR b c', 'a OR (b AND c)'],
    ['NOT a OR b', 'NOT a OR b'],
    ['and or not', 'and AND or AND not'],
    ['“smart quotes”', '"smart quotes"'],
    ['Café', 'cafe'],
  ])('%s -> %s', (input, expected) => {
    expect(formatQuery(parsed(input))).toBe(expected);
  });

  it.each([
    ['', 'Type a word'],
    ['   ', 'Type a word'],
    ['"unclosed', 'never closed'],
    ['(a OR b', 'never closed'],
    ['a)', 'closing bracket'],
    ['()', 'empty pair of brackets'],
    ['""', 'empty pair of quotes'],
    ['a AND', 'AND needs a search term after it'],
    ['OR a', 'OR needs a search term before it'],
    ['NOT', 'NOT needs a search term after it'],
    ['--', 'has no letters or digits'],
    ['*', 'must follow the start of a word'],
    ['x'.repeat(1001), 'at most 1000 characters'],
    [Array.from({ length: 65 }, (_, i) => `w${i}`).join(' '), 'at most 64 words'],
  ])('refuses %j with a message naming the problem', (input, message) => {
    const result = parseQuery(input);
    expect(result.ok).toBe(false);
    if (!result.ok) expect(result.message).toContain(message);
  });
});

describe('compileToFts', () => {
  it.each([
    ['coaching', 'include', '"coaching"'],
    ['"peer coaching"', 'include', '"peer coaching"'],
    ['observ*', 'include', '"observ"*'],
    ['a b', 'include', '("a" AND "b")'],
    ['a NOT b', 'include', '("a" NOT "b")'],
    ['NOT b a', 'include', '("a" NOT "b")'],
    ['NOT a', 'exclude', '"a"'],
    ['NOT a NOT b', 'exclude', '("a" OR "b")'],
    ['a OR NOT b', 'exclude', '("b" NOT "a")'],
    ['NOT (a OR b)', 'exclude', '("a" OR "b")'],
    ['NOT NOT a', 'include', '"a"'],
  ])('%s -> %s %s', (input, mode, match) => {
    expect(compileToFts(parsed(input))).toEqual({ mode, match });
  });

  it('gives the same rows as evaluating the query in JS (random boolean queries over small texts)', () => {
    const db = new Database(':memory:');
    db.exec("CREATE VIRTUAL TABLE t USING fts5(text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2')");
    const texts = ['a b c', 'a c', 'b', 'c d', "don't a", 'co-operation b', 'peer coaching log', 'a', '', 'd d a b'];
    texts.forEach((t, i) => db.prepare('INSERT INTO t (rowid, text) VALUES (?, ?)').run(i + 1, t));
    const all = texts.map((_, i) => i + 1);
    const queries = ['a', 'a b', 'a OR d', 'NOT a', 'a NOT b', 'NOT a OR b', 'NOT (a OR b) OR c', "don't", 'co-operation', 'coach*', '"peer coach"*', 'NOT a NOT b', 'a OR NOT b OR NOT c', '(a OR NOT c) AND NOT d', 'NOT (NOT a AND NOT d)'];
    for (const q of queries) {
      const plan = compileToFts(parsed(q));
      const matched = new Set(db.prepare('SELECT rowid FROM t WHERE t MATCH ?').pluck().all(plan.match) as number[]);
      const fts = plan.mode === 'include' ? all.filter((id) => matched.has(id)) : all.filter((id) => !matched.has(id));
      const js = all.filter((id) => matchText(parsed(q), texts[id - 1] ?? '').matched);
      expect(fts, q).toEqual(js);
    }
    db.close();
  });
});

describe('matchText', () => {
  it('returns hit ranges in code points, phrases as one hit, nothing under NOT', () => {
    const text = '😀 Peer coaching, peer  Coaching log; no form';
    expect(matchText(parsed('"peer coaching" NOT inspection'), text).hits.map((h) => [h.start, h.end])).toEqual([
      [2, 15],
      [17, 31],
    ]);
    expect(matchText(parsed('log NOT form'), text)).toEqual({ matched: false, hits: [] });
    expect(matchText(parsed('coach* OR log'), text).hits.map((h) => text.slice(h.start + 1, h.end + 1))).toEqual(['coaching', 'Coaching', 'log']);
  });
});
