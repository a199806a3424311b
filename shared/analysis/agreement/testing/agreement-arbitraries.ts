// Test support for the agreement measures: random small inputs (fast-check) and slow
// character-by-character references that the sweeps are checked against.

import fc from 'fast-check';
import type { Span } from '../../ranges.ts';
import type { AgreementCoding, AgreementId, AgreementInput } from '../model.ts';

export const CODERS = ['ann', 'ben', 'cat'] as const;
export const NODES = [1, 2, 3] as const;

// A random input: 1-3 sources of up to maxLength code points, codings by up to three coders at three nodes.
export function arbitraryInput(maxLength = 40, maxCodings = 14): fc.Arbitrary<AgreementInput> {
  return fc.array(fc.nat(maxLength), { minLength: 1, maxLength: 3 }).chain((lengths) => {
    const sources = lengths.map((length, i) => ({ id: 100 + i, length }));
    const coding = fc
      .tuple(fc.constantFrom(...CODERS), fc.nat(sources.length - 1), fc.constantFrom(...NODES), fc.nat(maxLength), fc.nat(maxLength))
      .map(([coder, index, node, x, y]): AgreementCoding => {
        const length = lengths[index] ?? 0;
        const start = Math.min(x, y) % (length + 1);
        const end = Math.min(length, start + Math.abs(x - y));
        return { coder, source: 100 + index, node, start, end };
      });
    return fc.array(coding, { maxLength: maxCodings }).map((codings) => ({ sources, codings }));
  });
}

// Whether each character of a source is coded by a coder at a node (or at any of some nodes).
export function coverage(input: AgreementInput, coder: AgreementId, source: AgreementId, nodes: readonly AgreementId[]): boolean[] {
  const length = input.sources.find((s) => s.id === source)?.length ?? 0;
  const covered = Array.from({ length }, () => false);
  for (const c of input.codings) {
    if (c.coder !== coder || c.source !== source || !nodes.includes(c.node)) continue;
    for (let x = c.start; x < c.end; x++) covered[x] = true;
  }
  return covered;
}

// The maximal runs of true in a list of flags.
export function runsFromFlags(flags: readonly boolean[]): Span[] {
  const runs: Span[] = [];
  flags.forEach((flag, x) => {
    if (!flag) return;
    const last = runs[runs.length - 1];
    if (last && last.end === x) runs[runs.length - 1] = { start: last.start, end: x + 1 };
    else runs.push({ start: x, end: x + 1 });
  });
  return runs;
}

// The same input with every range moved right by `shift` and every source `extraLength` longer.
export function shifted(input: AgreementInput, shift: number, extraLength: number): AgreementInput {
  return {
    sources: input.sources.map((s) => ({ id: s.id, length: s.length + extraLength })),
    codings: input.codings.map((c) => ({ ...c, start: c.start + shift, end: c.end + shift })),
  };
}

// The input with coder `copy` given exactly the codings of coder `original` (its own dropped).
export function copiedCoder(input: AgreementInput, original: AgreementId, copy: AgreementId): AgreementInput {
  const kept = input.codings.filter((c) => c.coder !== copy);
  return { sources: input.sources, codings: [...kept, ...kept.filter((c) => c.coder === original).map((c) => ({ ...c, coder: copy }))] };
}
