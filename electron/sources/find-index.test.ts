// "Find in every source" reads only the sources the trigram index names. That is safe only
// if the index never leaves out a source the text search finds: every two characters the
// search takes as equal ignoring case (JavaScript's /iu) must be folded alike by the
// index's tokenizer (trigram case_sensitive 0), checked here against SQLite for every
// character that has a case partner. And on the demo study and on texts made to be awkward,
// finding through the index gives what reading every text gives.
import Database from 'better-sqlite3';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { createOffsetIndex } from '../../shared/text/code-points.ts';
import type { Store } from '../db/store.ts';
import { hasTrigramCaseGap, TRIGRAM_CASE_GAPS } from './find-case-gaps.ts';
import { findPattern } from '../../shared/text/find-pattern.ts';
import { findText, trigramMatch } from './find-replace.ts';
import { importTextSource } from './sources.ts';

// Every code point with a case partner, with the partners JavaScript's /iu takes as equal to it.
function casePartners(): Map<number, number[]> {
  const out = new Map<number, number[]>();
  for (let c = 0; c <= 0x10ffff; c++) {
    if (c >= 0xd800 && c <= 0xdfff) continue;
    const ch = String.fromCodePoint(c);
    const near = new Set([ch.toLowerCase(), ch.toUpperCase(), ch.toLowerCase().toUpperCase(), ch.toUpperCase().toLowerCase()]);
    const partners: number[] = [];
    for (const other of near) {
      const code = other.codePointAt(0) as number;
      if ([...other].length !== 1 || code === c) continue;
      if (new RegExp(`^${other.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')}$`, 'iu').test(ch)) partners.push(code);
    }
    if (partners.length > 0) out.set(c, partners);
  }
  return out;
}

// How the index's tokenizer folds each code point (from a trigram of it three times over).
function trigramFolds(codePoints: readonly number[]): Map<number, string> {
  const db = new Database(':memory:');
  try {
    db.exec(`CREATE VIRTUAL TABLE probe USING fts5(text, tokenize = 'trigram case_sensitive 0');
             CREATE VIRTUAL TABLE probe_vocab USING fts5vocab(probe, instance);`);
    const insert = db.prepare('INSERT INTO probe (rowid, text) VALUES (?, ?)');
    db.transaction(() => {
      for (const c of codePoints) insert.run(c, String.fromCodePoint(c).repeat(3));
    })();
    return new Map(db.prepare<[], [number, string]>('SELECT doc, term FROM probe_vocab').raw().all());
  } finally {
    db.close();
  }
}

describe('the trigram index folds case as the search does', () => {
  it('folds every pair of characters /iu takes as equal to the same token', () => {
    const partners = casePartners();
    expect(partners.size).toBeGreaterThan(2000);
    const all = new Set<number>();
    for (const [c, list] of partners) for (const p of [c, ...list]) all.add(p);
    const folds = trigramFolds([...all]);
    // both characters of every pair folded apart are listed as gaps, and nothing else is
    const apart = new Set<number>();
    for (const [c, list] of partners) {
      for (const p of list) {
        if (folds.get(c) === folds.get(p)) continue;
        apart.add(c);
        apart.add(p);
      }
    }
    const listed = new Set<number>();
    for (let i = 0; i + 1 < TRIGRAM_CASE_GAPS.length; i += 2) for (let c = TRIGRAM_CASE_GAPS[i] as number; c < (TRIGRAM_CASE_GAPS[i + 1] as number); c++) listed.add(c);
    expect([...apart].filter((c) => !listed.has(c)).map((c) => `U+${c.toString(16)}`)).toEqual([]);
    expect([...listed].filter((c) => !apart.has(c)).map((c) => `U+${c.toString(16)}`)).toEqual([]);
    expect(hasTrigramCaseGap('Ꭰ coaching')).toBe(true);
    expect(hasTrigramCaseGap('coaching café Straße σίσυφος')).toBe(false);
  }, 60_000);
});

// What reading every text finds (the way find worked before the index).
function scanAll(store: Store, options: { query: string; matchCase?: boolean; wholeWord?: boolean }): string[] {
  const pattern = findPattern(options);
  const out: string[] = [];
  for (const s of store.db.prepare<[], { id: number; text: string }>('SELECT id, text FROM sources ORDER BY name, id').all()) {
    pattern.lastIndex = 0;
    for (const m of s.text.matchAll(pattern)) if (m[0].length > 0) out.push(`${s.id}@${m.index}`);
  }
  return out;
}

function found(store: Store, options: { query: string; matchCase?: boolean; wholeWord?: boolean }): string[] {
  const texts = new Map(store.db.prepare<[], { id: number; text: string }>('SELECT id, text FROM sources').all().map((s) => [s.id, createOffsetIndex(s.text)]));
  // back to UTF-16 offsets, as the scan reports them
  return findText(store, { ...options, limit: 100_000 }).matches.map((m) => `${m.sourceId}@${texts.get(m.sourceId)?.toUtf16(m.start) ?? -1}`);
}

describe('finding through the index', () => {
  let store: Store & { close(): void };
  beforeEach(() => {
    store = memoryStore();
    writeDemoStudy(store);
    importTextSource(store, { name: 'Awkward', kind: 'other', text: 'ᎠᎠᎠ ꭰꭰꭰ ſtudent STUDENT Student KELVIN ΣΊΣΥΦΟΣ σίσυφος Straße STRASSE café CAFÉ cafe\u0301 😀 co-operation don’t İstanbul', originFormat: 'txt' });
  });
  afterEach(() => store.close());

  it('asks for every three characters of the query, quoted', () => {
    expect(trigramMatch('ab')).toBeNull();
    expect(trigramMatch('abcd')).toBe('"abc" AND "bcd"');
    expect(trigramMatch('a"bc')).toBe('"a""b" AND """bc"');
  });

  it('finds what reading every text finds', () => {
    const texts = store.db.prepare<[], string>('SELECT text FROM sources').pluck().all();
    const queries = ['Ꭰꭰ', 'ꭰꭰꭰ', 'coaching', 'COACHING', 'peer coaching', 'the', 'ing', 'ab', 'e', 'student', 'kelvin', 'σίσυφος', 'ΣΊΣΥΦΟΣ', 'straße', 'café', 'cafe', '😀 co', 'don’t', "don't", 'istanbul', 'İstanbul', 'zygote', '--', '.*'];
    // and pieces of the texts themselves, in other cases
    let seed = 7;
    for (let i = 0; i < 60; i++) {
      seed = (seed * 1103515245 + 12345) % 2147483648;
      const text = texts[seed % texts.length] ?? '';
      const at = seed % Math.max(1, text.length - 20);
      const piece = text.slice(at, at + 3 + (seed % 12));
      queries.push(i % 3 === 0 ? piece.toUpperCase() : i % 3 === 1 ? piece.toLowerCase() : piece);
    }
    for (const query of queries) {
      for (const options of [{ query }, { query, matchCase: true }, { query, wholeWord: true }]) expect(found(store, options), JSON.stringify(options)).toEqual(scanAll(store, options));
    }
  });

  it('follows corrections and deletions of texts', () => {
    const id = importTextSource(store, { name: 'Short lived', kind: 'other', text: 'a quokka visited', originFormat: 'txt' }).id;
    expect(findText(store, { query: 'quokka' }).matches.map((m) => m.sourceId)).toEqual([id]);
    store.db.prepare("UPDATE sources SET text = 'a wombat visited' WHERE id = ?").run(id);
    expect(findText(store, { query: 'quokka' }).matches).toEqual([]);
    expect(findText(store, { query: 'wombat' }).matches.map((m) => m.sourceId)).toEqual([id]);
  });
});
