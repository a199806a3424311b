// Finds the register's names in a text: whole words only, every variant of every rule,
// the longest match first, case-insensitive unless the variant is case-sensitive,
// a title before a person's name taken into the match ("Mrs Okafor"), a possessive
// left outside it ("Okafor['s]", and "Okafors" as typed without the apostrophe), and a
// second pass that splits camel-case words ("MargaretOkafor.docx"), and a third that joins
// names written in pieces ("Oka-\nfor", "O-K-A-F-O-R": split-words.ts).
import type { MatchRule } from '../model/anonymise.ts';
import { joinSplitWords } from './split-words.ts';
import { tokenise } from './tokenise.ts';
import type { Token } from './tokenise.ts';
import { ruleVariants, STRONG_FORMS } from './variants.ts';
import type { VariantForm } from './variants.ts';
import { TITLES } from './word-lists.ts';

interface Pattern {
  ruleIndex: number;
  form: VariantForm;
  text: string;
  cased: string[];
  gaps: string[];
  caseSensitive: boolean;
}

interface TrieNode {
  next: Map<string, TrieNode>;
  patterns: Pattern[];
}

export interface Matcher {
  readonly rules: readonly MatchRule[];
  readonly root: TrieNode;
  // number of patterns compiled (for diagnostics)
  readonly size: number;
  // every word of every pattern, folded and lower-cased (what split pieces may join into)
  readonly vocabulary: ReadonlySet<string>;
  // the most words a pattern has
  readonly depth: number;
}

export interface NameMatch {
  // UTF-16 range in the text
  start: number;
  end: number;
  // the rule (index into matcher.rules) or, when several rules share this spelling, the first of them
  ruleIndex: number;
  // every rule this spelling belongs to (more than one when ambiguous)
  ruleIndexes: number[];
  form: VariantForm;
  // the text as written
  text: string;
  // index range of the matched words in the tokenisation that found it
  firstToken: number;
  lastToken: number;
  camelPass: boolean;
}

const PLAIN_GAP = /^[ .,\-_/]{1,4}$/;

function newNode(): TrieNode {
  return { next: new Map(), patterns: [] };
}

// Compiles the rules' variants into a word trie (rules with no matchable text are skipped).
export function createMatcher(rules: readonly MatchRule[]): Matcher {
  const root = newNode();
  const vocabulary = new Set<string>();
  let size = 0;
  let depth = 1;
  rules.forEach((rule, ruleIndex) => {
    for (const variant of ruleVariants(rule)) {
      const { tokens } = tokenise(variant.text);
      if (tokens.length === 0) continue;
      depth = Math.max(depth, tokens.length);
      let node = root;
      for (const t of tokens) {
        vocabulary.add(t.lower);
        let child = node.next.get(t.lower);
        if (!child) {
          child = newNode();
          node.next.set(t.lower, child);
        }
        node = child;
      }
      node.patterns.push({
        ruleIndex,
        form: variant.form,
        text: variant.text,
        cased: tokens.map((t) => t.cased),
        gaps: tokens.map((t) => t.gap),
        caseSensitive: variant.caseSensitive,
      });
      size++;
    }
  });
  return { rules, root, size, vocabulary, depth };
}

function caseMatches(pattern: Pattern, tokens: readonly Token[], from: number, partialLast: boolean): boolean {
  if (!pattern.caseSensitive) return true;
  for (let k = 0; k < pattern.cased.length; k++) {
    const want = pattern.cased[k] ?? '';
    const token = tokens[from + k];
    if (!token) return false;
    let got = token.cased;
    if (partialLast && k === pattern.cased.length - 1) got = got.slice(0, -1);
    if (got !== want && !(want.length > 1 && got === want.toUpperCase())) return false;
  }
  return true;
}

// Words of a multi-word name may be separated as in the pattern, by a little space or
// punctuation (". ", ", ", "_", "-"), or by nothing at a camel-case split.
function gapAllowed(textGap: string, patternGap: string): boolean {
  return textGap === patternGap || textGap === '' || PLAIN_GAP.test(textGap.replace(/ +/g, ' '));
}

interface Candidate {
  endToken: number;
  partialLast: boolean;
  patterns: Pattern[];
}

// The longest pattern starting at token i (null when none).
function longestAt(matcher: Matcher, tokens: readonly Token[], i: number): Candidate | null {
  let node: TrieNode | undefined = matcher.root;
  let best: Candidate | null = null;
  for (let j = i; j < tokens.length && node; j++) {
    const token = tokens[j] as Token;
    // possessive or plural written without an apostrophe: "Okafors"
    if (token.lower.length > 3 && token.lower.endsWith('s')) {
      const stem = node.next.get(token.lower.slice(0, -1));
      if (stem && stem.patterns.length > 0) {
        const ok = stem.patterns.filter((p) => caseMatches(p, tokens, i, true) && gapsOk(p, tokens, i));
        if (ok.length > 0) best = { endToken: j, partialLast: true, patterns: ok };
      }
    }
    node = node.next.get(token.lower);
    if (node && node.patterns.length > 0) {
      const ok = node.patterns.filter((p) => caseMatches(p, tokens, i, false) && gapsOk(p, tokens, i));
      // the node's own list when all fit, so the choice among them is made once (see choose)
      if (ok.length > 0) best = { endToken: j, partialLast: false, patterns: ok.length === node.patterns.length ? node.patterns : ok };
    }
  }
  return best;
}

function gapsOk(pattern: Pattern, tokens: readonly Token[], from: number): boolean {
  for (let k = 1; k < pattern.gaps.length; k++) {
    const token = tokens[from + k];
    if (!token || !gapAllowed(token.gap, pattern.gaps[k] ?? ' ')) return false;
  }
  return true;
}

type Choice = { ruleIndex: number; ruleIndexes: number[]; form: VariantForm };

// choose() of a trie node's whole pattern list, made once: a first name shared by thousands of
// people has thousands of patterns, and the choice among them is the same at every occurrence
const chosenForNode = new WeakMap<Pattern[], Choice>();

function choose(patterns: Pattern[]): Choice {
  const known = chosenForNode.get(patterns);
  if (known) return known;
  const choice = chooseAmong(patterns);
  if (patterns.length > 8) chosenForNode.set(patterns, choice);
  return choice;
}

function chooseAmong(patterns: Pattern[]): Choice {
  const strong = patterns.filter((p) => STRONG_FORMS.has(p.form));
  const pool = strong.length > 0 ? strong : patterns;
  const ruleIndexes = [...new Set(pool.map((p) => p.ruleIndex))].sort((a, b) => a - b);
  const first = pool.find((p) => p.ruleIndex === ruleIndexes[0]) ?? (pool[0] as Pattern);
  return { ruleIndex: first.ruleIndex, ruleIndexes, form: first.form };
}

// Finds names left to right; with `starts`, a match is looked for only where it says one may start.
function scan(matcher: Matcher, text: string, tokens: readonly Token[], camelPass: boolean, starts?: Uint8Array): NameMatch[] {
  const out: NameMatch[] = [];
  let i = 0;
  while (i < tokens.length) {
    const found = starts && starts[i] === 0 ? null : longestAt(matcher, tokens, i);
    if (!found) {
      i++;
      continue;
    }
    const picked = choose(found.patterns);
    let firstToken = i;
    const rule = matcher.rules[picked.ruleIndex];
    const before = tokens[i - 1];
    const here = tokens[i] as Token;
    // a title right before a person's name belongs to the match ("Mrs Okafor", "Dr. Okafor")
    if (rule?.kind === 'person' && before && TITLES.has(before.lower) && /^\.? ?$/.test(here.gap) && (out.length === 0 || (out[out.length - 1] as NameMatch).lastToken < i - 1)) firstToken = i - 1;
    const last = tokens[found.endToken] as Token;
    const start = (tokens[firstToken] as Token).start;
    const end = found.partialLast ? last.end - (text.charCodeAt(last.end - 1) === 0x73 || text.charCodeAt(last.end - 1) === 0x53 ? 1 : 0) : last.end;
    out.push({ start, end, ruleIndex: picked.ruleIndex, ruleIndexes: picked.ruleIndexes, form: picked.form, text: text.slice(start, end), firstToken, lastToken: found.endToken, camelPass });
    i = found.endToken + 1;
  }
  return out;
}

// Adds the matches of names written in pieces (both lists are in text order, without
// overlaps): one that covers matches of a piece ("Margaret" in "Margaret Oka-for") takes
// their place; one that overlaps a match only in part is left out.
function withJoinedMatches(matches: readonly NameMatch[], joined: readonly NameMatch[]): NameMatch[] {
  const out: NameMatch[] = [];
  let i = 0;
  for (const c of joined) {
    while (i < matches.length && (matches[i] as NameMatch).end <= c.start) out.push(matches[i++] as NameMatch);
    let j = i;
    let covered = true;
    let same = false;
    for (; j < matches.length && (matches[j] as NameMatch).start < c.end; j++) {
      const m = matches[j] as NameMatch;
      if (m.start < c.start || m.end > c.end) covered = false;
      if (m.start === c.start && m.end === c.end) same = true;
    }
    if (covered && !same) {
      out.push(c);
      i = j;
    }
  }
  while (i < matches.length) out.push(matches[i++] as NameMatch);
  return out;
}

// Finds every register name in a text, left to right, without overlaps.
export function findNames(matcher: Matcher, text: string): NameMatch[] {
  if (matcher.size === 0 || text.length === 0) return [];
  const first = tokenise(text);
  let matches = scan(matcher, text, first.tokens, false);
  if (first.hasCamel) {
    const camel = scan(matcher, text, tokenise(text, { camel: true }).tokens, true);
    const extra = camel.filter((c) => !matches.some((m) => m.start < c.end && c.start < m.end));
    if (extra.length > 0) matches = [...matches, ...extra].sort((a, b) => a.start - b.start);
  }
  const joined = joinSplitWords(first.tokens, matcher.vocabulary);
  if (!joined) return matches;
  // only matches that take in a joined word are new: they start at most depth - 1 words before one
  const starts = new Uint8Array(joined.tokens.length);
  for (const at of joined.joinedAt) starts.fill(1, Math.max(0, at - matcher.depth + 1), at + 1);
  return withJoinedMatches(matches, scan(matcher, text, joined.tokens, false, starts));
}
