// Replaces the register's names in a text with their replacements in square brackets
// ("Rachel coordinates" -> "[Broker, Project 1, Lead] coordinates"). Occurrences the
// user marked as not a name are kept as written and returned as allowances, so the leak
// scan of the finished file accepts exactly those occurrences and nothing else.
import type { RuleKind } from '../model/anonymise.ts';
import { findNames } from './matcher.ts';
import type { Matcher, NameMatch } from './matcher.ts';
import { tokenise } from './tokenise.ts';

export interface AnonymisedPiece {
  text: string;
  // set when this piece replaced a name
  replaced?: { ruleId: number; original: string };
  // set when this piece is a name kept as written because the user said it is not one here
  kept?: { ruleId: number };
}

// An occurrence the leak scan accepts: its words and up to four words either side.
export interface Allowance {
  ruleIds: number[];
  before: string[];
  words: string[];
  after: string[];
}

export interface AnonymisedText {
  text: string;
  pieces: AnonymisedPiece[];
  replacements: number;
  allowances: Allowance[];
}

const GENERIC: Record<RuleKind, string> = { person: 'name', organisation: 'organisation', place: 'place', other: 'identifier' };
const CONTEXT_WORDS = 4;

// The text that stands in for a rule's name in output, with its square brackets.
export function bracketed(replacement: string): string {
  const inner = replacement.trim().replace(/^\[+|\]+$/g, '').trim();
  return `[${inner || 'name'}]`;
}

// Replacements worked out for a list of rules (the same list object comes back for every
// occurrence of an ambiguous name, which can name thousands of people; see choose in matcher.ts).
const replacementsFor = new WeakMap<readonly number[], { text: string; ruleId: number }>();

function replacementFor(matcher: Matcher, match: NameMatch): { text: string; ruleId: number } {
  const main = matcher.rules[match.ruleIndex];
  if (!main) return { text: '[name]', ruleId: -1 };
  const known = replacementsFor.get(match.ruleIndexes);
  if (known && known.ruleId === main.id) return known;
  const rules = match.ruleIndexes.map((i) => matcher.rules[i]).filter((r) => r !== undefined);
  const distinct = new Set(rules.map((r) => bracketed(r.replacement)));
  let result: { text: string; ruleId: number };
  if (distinct.size > 1) {
    const kinds = new Set(rules.map((r) => r.kind));
    result = { text: `[${kinds.size === 1 ? GENERIC[main.kind] : 'name'}]`, ruleId: main.id };
  } else result = { text: bracketed(main.replacement), ruleId: main.id };
  if (match.ruleIndexes.length > 8) replacementsFor.set(match.ruleIndexes, result);
  return result;
}

// Words around an output range (lower-cased, folded) for an allowance.
function allowanceAt(output: string, start: number, end: number, ruleIds: number[]): Allowance {
  const { tokens } = tokenise(output);
  const inside = tokens.filter((t) => t.start >= start && t.end <= end);
  const before = tokens.filter((t) => t.end <= start).slice(-CONTEXT_WORDS);
  const after = tokens.filter((t) => t.start >= end).slice(0, CONTEXT_WORDS);
  return { ruleIds, before: before.map((t) => t.lower), words: inside.map((t) => t.lower), after: after.map((t) => t.lower) };
}

// Replaces every name in text; `keep(match)` says an occurrence is not a name (an override).
export function anonymiseText(matcher: Matcher, text: string, keep?: (match: NameMatch) => boolean): AnonymisedText {
  const matches = findNames(matcher, text);
  if (matches.length === 0) return { text, pieces: [{ text }], replacements: 0, allowances: [] };
  const pieces: AnonymisedPiece[] = [];
  const keptRanges: { start: number; end: number; ruleIds: number[] }[] = [];
  let at = 0;
  let out = '';
  let replacements = 0;
  for (const match of matches) {
    if (match.start > at) {
      pieces.push({ text: text.slice(at, match.start) });
      out += text.slice(at, match.start);
    }
    const ruleIds = match.ruleIndexes.map((i) => matcher.rules[i]?.id ?? -1);
    if (keep?.(match)) {
      pieces.push({ text: match.text, kept: { ruleId: ruleIds[0] ?? -1 } });
      keptRanges.push({ start: out.length, end: out.length + match.text.length, ruleIds });
      out += match.text;
    } else {
      const r = replacementFor(matcher, match);
      pieces.push({ text: r.text, replaced: { ruleId: r.ruleId, original: match.text } });
      out += r.text;
      replacements++;
    }
    at = match.end;
  }
  if (at < text.length) {
    pieces.push({ text: text.slice(at) });
    out += text.slice(at);
  }
  return { text: out, pieces, replacements, allowances: keptRanges.map((k) => allowanceAt(out, k.start, k.end, k.ruleIds)) };
}

// Allowances for the kept occurrences of a text that is written as it is (a memo checked, not rewritten).
export function allowancesInPlace(matcher: Matcher, text: string, keep: (match: NameMatch) => boolean): Allowance[] {
  return findNames(matcher, text)
    .filter(keep)
    .map((m) => allowanceAt(text, m.start, m.end, m.ruleIndexes.map((i) => matcher.rules[i]?.id ?? -1)));
}
