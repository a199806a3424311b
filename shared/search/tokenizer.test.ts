// The JS tokenizer agrees with SQLite's FTS5 tokenizer of segments_fts: every code point
// (token or separator, and what it folds to), and whole random texts token by token.
import Database from 'better-sqlite3';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { MAX_CODE_POINT, probeFtsTokenizer } from '../../electron/queries/fts-probe.ts';
import type { TokenizerProbe } from '../../electron/queries/fts-probe.ts';
import { foldCodePoint, isTokenCodePoint, tokenize } from './tokenizer.ts';

describe('tokenize', () => {
  it.each([
    ['co-operation', ['co', 'operation']],
    ["don't", ['don', 't']],
    ['don’t', ['don', 't']],
    ['Café NAÏVE Zoë', ['cafe', 'naive', 'zoe']],
    ['e\u0301x', ['ex']],
    ['a \u0301 b', ['a', 'b']],
    ['snake_case 3.14 £5', ['snake', 'case', '3', '14', '5']],
    ['İstanbul straße', ['istanbul', 'straße']],
    ['emoji😀x', ['emoji', 'x']],
    ['', []],
    ['  -- !! ', []],
  ])('%j -> %j', (text, terms) => {
    expect(tokenize(text).map((t) => t.term)).toEqual(terms);
  });

  it('gives code-point ranges (an astral character counts once)', () => {
    expect(tokenize('😀 ab 𝐀b')).toEqual([
      { term: 'ab', start: 2, end: 4 },
      { term: '𝐀b', start: 5, end: 7 },
    ]);
  });
});

describe('agreement with FTS5 (unicode61 remove_diacritics 2)', () => {
  let probe: TokenizerProbe;
  let db: Database.Database;
  beforeAll(() => {
    probe = probeFtsTokenizer();
    db = new Database(':memory:');
    db.exec(`CREATE VIRTUAL TABLE t USING fts5(text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');
             CREATE VIRTUAL TABLE v USING fts5vocab(t, instance);`);
  }, 60_000);
  afterAll(() => db.close());

  it('classifies and folds every code point as FTS5 does', () => {
    const wrong: string[] = [];
    for (let c = 1; c <= MAX_CODE_POINT && wrong.length < 20; c++) {
      if (c >= 0xd800 && c <= 0xdfff) continue;
      const token = probe.isToken[c] === 1;
      if (isTokenCodePoint(c) !== token) wrong.push(`U+${c.toString(16)} token=${String(token)}`);
      else if (token) {
        const expected = probe.fold[c] === 0 ? -1 : probe.fold[c];
        if (foldCodePoint(c) !== expected) wrong.push(`U+${c.toString(16)} folds to ${String(expected)}, not ${foldCodePoint(c)}`);
      }
    }
    expect(wrong).toEqual([]);
  });

  it('splits random texts into the same terms at the same positions', () => {
    const alphabet = [...'aZ09 -\'’.,;:!?"()[]_\n\tÉéÀçñÖøßİıŁ\u0301\u0308\u200b\u00a0—–…Σςσ日本😀𝐀ǅﬁ½²'];
    const insert = db.prepare('INSERT INTO t (rowid, text) VALUES (?, ?)');
    const read = db.prepare('SELECT term FROM v WHERE doc = ? ORDER BY offset').pluck();
    let rowid = 0;
    fc.assert(
      fc.property(fc.array(fc.constantFrom(...alphabet), { maxLength: 60 }), (chars) => {
        const text = chars.join('');
        rowid++;
        insert.run(rowid, text);
        expect(tokenize(text).map((t) => t.term)).toEqual(read.all(rowid));
      }),
      { numRuns: 500 },
    );
  });
});
