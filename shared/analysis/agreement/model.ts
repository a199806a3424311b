// The input every agreement measure reads, the choice of coders, sources and nodes to
// compare, and the figure type the measures return.
//
// A source is known by its length in code points; a coding is one coder's half-open range
// [start, end) of code points in a source at a node. Nothing else about the text matters to
// the measures, so they run anywhere (no Node, no DOM, no I/O).

// Sources, nodes and coders are named by the app's ids (row ids, or names for coders).
export type AgreementId = number | string;

// A source to compare on, with its length in code points.
export interface AgreementSource {
  readonly id: AgreementId;
  readonly length: number;
}

// One coder's coding of [start, end) in a source at a node.
export interface AgreementCoding {
  readonly coder: AgreementId;
  readonly source: AgreementId;
  readonly node: AgreementId;
  readonly start: number;
  readonly end: number;
}

// Everything the measures read.
export interface AgreementInput {
  readonly sources: readonly AgreementSource[];
  readonly codings: readonly AgreementCoding[];
}

// What to compare: two or more coders, and optionally only some sources and nodes (all the
// input's sources, and every node the chosen coders used in them, when left out).
export interface AgreementSelection {
  readonly coders: readonly AgreementId[];
  readonly sources?: readonly AgreementId[];
  readonly nodes?: readonly AgreementId[];
}

// A figure of a table: a number, or null with the reason it cannot be computed (e.g. a
// kappa whose chance agreement is 1 is 0/0).
export type Figure = { readonly value: number; readonly reason: null } | { readonly value: null; readonly reason: string };

// A figure that could be computed.
export function known(value: number): Figure {
  return { value, reason: null };
}

// A figure that could not be computed, with why.
export function unknown(reason: string): Figure {
  return { value: null, reason };
}

// numerator / denominator, or null with the reason when the denominator is 0.
export function share(numerator: number, denominator: number, reasonWhenEmpty: string): Figure {
  return denominator > 0 ? known(numerator / denominator) : unknown(reasonWhenEmpty);
}

// Orders ids: numbers before strings, numbers by value, strings by code unit.
export function compareIds(a: AgreementId, b: AgreementId): number {
  if (typeof a === 'number' && typeof b === 'number') return a - b;
  if (typeof a === 'number') return -1;
  if (typeof b === 'number') return 1;
  return a < b ? -1 : a > b ? 1 : 0;
}

// Every unordered pair of coders, in the order they were chosen.
export function coderPairs(coders: readonly AgreementId[]): [AgreementId, AgreementId][] {
  const pairs: [AgreementId, AgreementId][] = [];
  coders.forEach((a, i) => {
    for (const b of coders.slice(i + 1)) pairs.push([a, b]);
  });
  return pairs;
}
