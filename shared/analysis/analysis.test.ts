// The pure aggregation behind queries: matrix counts, co-occurrence, ranges, word use,
// the Porter stemmer, keyword in context and CSV.
import { describe, expect, it } from 'vitest';
import { countCooccurrences, forEachCooccurrence } from './cooccurrence.ts';
import type { CoCoding } from './cooccurrence.ts';
import { toCsv } from './csv.ts';
import { kwic } from './kwic.ts';
import { aggregateMatrix, gridMax, shadeLevel } from './matrix.ts';
import { porterStem } from './porter-stemmer.ts';
import { countStartsIn, intersect, mergeRanges, overlaps } from './ranges.ts';
import { DEFAULT_STOP_WORDS, normaliseStopWords } from './stop-words.ts';
import { wordFrequency, wordMatchesKey } from './word-frequency.ts';
import { countWordsIn, foldWord, wordKey, wordsWithPositions } from './words.ts';

describe('ranges', () => {
  it('merges overlapping and touching ranges, drops empty ones', () => {
    expect(mergeRanges([{ start: 5, end: 9 }, { start: 0, end: 3 }, { start: 3, end: 4 }, { start: 8, end: 12 }, { start: 20, end: 20 }])).toEqual([
      { start: 0, end: 4 },
      { start: 5, end: 12 },
    ]);
  });
  it('tells overlap and intersection of half-open ranges', () => {
    expect(overlaps({ start: 0, end: 5 }, { start: 5, end: 9 })).toBe(false);
    expect(overlaps({ start: 0, end: 6 }, { start: 5, end: 9 })).toBe(true);
    expect(intersect({ start: 0, end: 6 }, { start: 5, end: 9 })).toEqual({ start: 5, end: 6 });
    expect(intersect({ start: 0, end: 5 }, { start: 5, end: 9 })).toBeNull();
  });
  it('counts sorted starts inside a range', () => {
    expect(countStartsIn([1, 4, 4, 9, 12], 4, 10)).toBe(3);
    expect(countStartsIn([1, 4, 4, 9, 12], 10, 4)).toBe(0);
  });
});

describe('aggregateMatrix', () => {
  const refs = [
    { rows: [0], column: 0, sourceId: 1, start: 0, end: 10 },
    { rows: [0], column: 0, sourceId: 1, start: 5, end: 15 },
    { rows: [0, 1], column: 1, sourceId: 2, start: 0, end: 4 },
    { rows: [1], column: 1, sourceId: 3, start: 0, end: 4 },
    { rows: [1], column: 7, sourceId: 3, start: 0, end: 4 },
  ];
  it('counts references and distinct sources per cell, ignoring columns out of range', () => {
    const m = aggregateMatrix(refs, 2, 2);
    expect(m.references).toEqual([
      [2, 1],
      [0, 2],
    ]);
    expect(m.sources).toEqual([
      [1, 1],
      [0, 2],
    ]);
    expect(m.words).toBeNull();
  });
  it('counts words in the union of ranges per source (overlaps once)', () => {
    const seen: string[] = [];
    const m = aggregateMatrix(refs, 2, 2, (sourceId, ranges) => {
      seen.push(`${sourceId}:${ranges.map((r) => `${r.start}-${r.end}`).join(',')}`);
      return ranges.reduce((n, r) => n + (r.end - r.start), 0);
    });
    expect(m.words).toEqual([
      [15, 4],
      [0, 8],
    ]);
    expect(seen).toContain('1:0-15');
  });
  it('shades relative to the largest cell', () => {
    expect(gridMax([[1, 7], [3, 0]])).toBe(7);
    expect([0, 1, 3, 7].map((v) => shadeLevel(v, 7))).toEqual([0, 1, 3, 5]);
    expect(shadeLevel(3, 0)).toBe(0);
  });
});

describe('co-occurrence', () => {
  const c = (id: number, items: number[], sourceId: number, start: number, end: number, segmentIds: number[]): CoCoding => ({ id, items, sourceId, start, end, segmentIds });
  const codings = [
    c(1, [0], 1, 0, 10, [100]),
    c(2, [1], 1, 5, 20, [100, 101]),
    c(3, [2], 1, 20, 30, [101]),
    c(4, [1], 2, 0, 5, [200]),
    c(5, [0], 2, 3, 4, [200]),
    c(6, [0, 1], 2, 50, 60, [201]),
    c(7, [0, 1], 2, 55, 58, [201]),
  ];
  it('counts overlapping coding pairs once per item pair (touching ranges do not overlap)', () => {
    expect(countCooccurrences(codings, 'overlap')).toEqual([
      { a: 0, b: 1, count: 3, sources: 2 },
    ]);
  });
  it('counts segments holding both items in same-segment mode', () => {
    expect(countCooccurrences(codings, 'same-segment')).toEqual([
      { a: 0, b: 1, count: 3, sources: 2 },
      { a: 1, b: 2, count: 1, sources: 1 },
    ]);
  });
  it('hands each instance its two codings, in item order', () => {
    const seen: string[] = [];
    forEachCooccurrence(codings.slice(0, 2), 'overlap', (i) => seen.push(`${i.a}:${i.codingA.id} ${i.b}:${i.codingB.id}`));
    expect(seen).toEqual(['0:1 1:2']);
  });
});

describe('Porter stemmer', () => {
  it.each([
    ['caresses', 'caress'], ['ponies', 'poni'], ['ties', 'ti'], ['caress', 'caress'], ['cats', 'cat'], ['feed', 'feed'],
    ['agreed', 'agre'], ['plastered', 'plaster'], ['bled', 'bled'], ['motoring', 'motor'], ['sing', 'sing'], ['conflated', 'conflat'],
    ['troubled', 'troubl'], ['sized', 'size'], ['hopping', 'hop'], ['tanned', 'tan'], ['falling', 'fall'], ['hissing', 'hiss'],
    ['fizzed', 'fizz'], ['failing', 'fail'], ['filing', 'file'], ['happy', 'happi'], ['sky', 'sky'], ['relational', 'relat'],
    ['conditional', 'condit'], ['rational', 'ration'], ['valenci', 'valenc'], ['hesitanci', 'hesit'], ['digitizer', 'digit'],
    ['conformabli', 'conform'], ['radicalli', 'radic'], ['differentli', 'differ'], ['vileli', 'vile'], ['analogousli', 'analog'],
    ['vietnamization', 'vietnam'], ['predication', 'predic'], ['operator', 'oper'], ['feudalism', 'feudal'], ['decisiveness', 'decis'],
    ['hopefulness', 'hope'], ['callousness', 'callous'], ['formaliti', 'formal'], ['sensitiviti', 'sensit'], ['sensibiliti', 'sensibl'],
    ['triplicate', 'triplic'], ['formative', 'form'], ['formalize', 'formal'], ['electriciti', 'electr'], ['electrical', 'electr'],
    ['hopeful', 'hope'], ['goodness', 'good'], ['revival', 'reviv'], ['allowance', 'allow'], ['inference', 'infer'], ['airliner', 'airlin'],
    ['gyroscopic', 'gyroscop'], ['adjustable', 'adjust'], ['defensible', 'defens'], ['irritant', 'irrit'], ['replacement', 'replac'],
    ['adjustment', 'adjust'], ['dependent', 'depend'], ['adoption', 'adopt'], ['homologou', 'homolog'], ['communism', 'commun'],
    ['activate', 'activ'], ['angulariti', 'angular'], ['homologous', 'homolog'], ['effective', 'effect'], ['bowdlerize', 'bowdler'],
    ['probate', 'probat'], ['rate', 'rate'], ['cease', 'ceas'], ['controll', 'control'], ['roll', 'roll'], ['generalizations', 'gener'],
    ['collaborative', 'collabor'], ['collaboration', 'collabor'], ['collaborate', 'collabor'], ['is', 'is'], ['don\'t', 'don\'t'],
  ])('%s -> %s', (word, stem) => {
    expect(porterStem(word)).toBe(stem);
  });
});

describe('words', () => {
  it('keeps inner apostrophes and hyphens, folds case and accents', () => {
    expect(wordsWithPositions('😀 Don’t co-operate, café -- 2025!').map((w) => [w.text, w.start, w.end])).toEqual([
      ['Don’t', 2, 7],
      ['co-operate', 8, 18],
      ['café', 20, 24],
      ['2025', 28, 32],
    ]);
    expect(foldWord('Don’t')).toBe("don't");
    expect(foldWord('CAFÉ')).toBe('cafe');
    expect(wordKey('Collaborative', true)).toBe('collabor');
    expect(countWordsIn('one two-three, four')).toBe(3);
  });
  it('normalises an edited stop-word list', () => {
    expect(normaliseStopWords([' The', 'the', 'Don’t', '', 'and'])).toEqual(['and', "don't", 'the']);
    expect(DEFAULT_STOP_WORDS).toContain('the');
  });
});

describe('wordFrequency', () => {
  const texts = [
    { sourceId: 1, text: 'The collaborative work was collaborative. Collaboration, um, takes time.' },
    { sourceId: 2, text: 'We collaborate; the 2025 plan is a plan.' },
  ];
  it('counts words, sources and forms without stop words', () => {
    const r = wordFrequency(texts, { stem: false, stopWords: new Set(['the', 'um', 'is', 'a', 'we', 'was']), minLength: 1, limit: 3 });
    expect(r.totalWords).toBe(17);
    expect(r.words.map((w) => [w.key, w.count, w.sources])).toEqual([
      ['collaborative', 2, 1],
      ['plan', 2, 1],
      ['collaborate', 1, 1],
    ]);
  });
  it('groups forms under one stem when stemming', () => {
    const r = wordFrequency(texts, { stem: true, stopWords: null, minLength: 4, limit: 1 });
    expect(r.words[0]).toEqual({ key: 'collabor', display: 'collaborative', count: 4, sources: 2, forms: ['collaborative', 'collaborate', 'collaboration'] });
    expect(wordMatchesKey('Collaboration', 'collabor', true)).toBe(true);
    expect(wordMatchesKey('Collaboration', 'collabor', false)).toBe(false);
  });
});

describe('kwic', () => {
  it('gives the match with whole words around it on one line', () => {
    const text = 'We met every fortnight.\nThe coaching log was a form nobody liked filling in at all.';
    const at = text.indexOf('coaching log');
    expect(kwic(text, at, at + 12, 20)).toEqual({ left: '…fortnight. The ', match: 'coaching log', also: [], right: ' was a form nobody…' });
  });
  it('counts positions in code points', () => {
    expect(kwic('😀 hello world', 2, 7, 10)).toEqual({ left: '😀 ', match: 'hello', also: [], right: ' world' });
  });
});

describe('toCsv', () => {
  it('quotes, escapes, guards formulas and adds a BOM', () => {
    expect(toCsv([['a', 'b,c', 'say "hi"', 3, null], ['=SUM(A1)', '-2', '@x', 'line\nbreak', ' pad']])).toBe(
      '\uFEFFa,"b,c","say ""hi""",3,\r\n\'=SUM(A1),-2,\'@x,"line\nbreak"," pad"\r\n',
    );
  });
});
