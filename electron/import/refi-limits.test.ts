// A REFI-QDA file with more codes, sources or selections than this version reads is refused
// with what it holds, before anything is imported.
import { describe, expect, it } from 'vitest';
import { strToU8 } from 'fflate';
import { LIMITS } from './limits.ts';
import { readRefiCodebook } from './read-qdpx.ts';
import { checkRefiCounts, countCodes } from './refi-limits.ts';

describe('limits on REFI-QDA files', () => {
  it('refuses counts over the limits with a clear message', () => {
    expect(() => checkRefiCounts('big.qdpx', { codes: LIMITS.refi.maxCodes, sources: LIMITS.refi.maxSources, selections: LIMITS.refi.maxSelections })).not.toThrow();
    expect(() => checkRefiCounts('big.qdpx', { sources: LIMITS.refi.maxSources + 1 })).toThrow(/big\.qdpx holds more than 50,000 sources, more than this version reads\. Nothing was imported\./);
    expect(() => checkRefiCounts('big.qdpx', { selections: LIMITS.refi.maxSelections + 1 })).toThrow(/more than 2,000,000 coded or marked selections/);
  });

  it('counts nested codes and refuses a codebook with too many', () => {
    const leaf = { guid: 'g', name: 'n', isCodable: true, noteRefs: [], children: [] };
    expect(countCodes([{ ...leaf, children: [leaf, { ...leaf, children: [leaf] }] }])).toBe(4);
    const codes = Array.from({ length: LIMITS.refi.maxCodes + 1 }, (_, i) => `<Code guid="c${i}" name="Code ${i}" isCodable="true"/>`).join('');
    expect(() => readRefiCodebook(strToU8(`<CodeBook><Codes>${codes}</Codes></CodeBook>`), 'huge.qdc')).toThrow(/huge\.qdc holds more than 50,000 codes/);
  });
});
