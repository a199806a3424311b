// The leak scan: every text part of an output is searched for every register name and
// variant (after the tokeniser has folded case, accents, apostrophes and look-alike
// letters and dropped zero-width characters; callers join a document's runs into one
// text per part). Occurrences covered by an allowance (a logged "not a name here")
// are accepted, each allowance once; anything else is a hit that blocks the export.
import type { LeakHit } from '../model/anonymise.ts';
import type { Allowance } from './anonymise-text.ts';
import { findNames } from './matcher.ts';
import type { Matcher, NameMatch } from './matcher.ts';
import { tokenise } from './tokenise.ts';
import type { Token } from './tokenise.ts';

export interface TextPart {
  // where in the output this text is, in words a researcher understands
  where: string;
  text: string;
}

export interface LeakReport {
  hits: LeakHit[];
  // every hit, including those left out of `hits` to keep the report short
  total: number;
  partsScanned: number;
  charactersScanned: number;
}

const MAX_LISTED = 500;

// A short one-line context around a range of a text.
export function contextAround(text: string, start: number, end: number, width = 40): string {
  const from = Math.max(0, start - width);
  const to = Math.min(text.length, end + width);
  const squash = (s: string) => s.replace(/\s+/g, ' ');
  return `${from > 0 ? '…' : ''}${squash(text.slice(from, start))}«${squash(text.slice(start, end))}»${squash(text.slice(end, to))}${to < text.length ? '…' : ''}`;
}

class AllowancePool {
  private readonly byWords = new Map<string, { allowance: Allowance; left: number }[]>();
  constructor(allowances: readonly Allowance[]) {
    for (const a of allowances) {
      const key = a.words.join(' ');
      const list = this.byWords.get(key) ?? [];
      const same = list.find((x) => x.allowance.before.join(' ') === a.before.join(' ') && x.allowance.after.join(' ') === a.after.join(' '));
      if (same) same.left++;
      else list.push({ allowance: a, left: 1 });
      this.byWords.set(key, list);
    }
  }

  // Takes one allowance matching this hit, if any.
  take(tokens: readonly Token[], match: NameMatch, ruleIds: number[]): boolean {
    const inside = tokens.filter((t) => t.start >= match.start && t.end <= match.end);
    const list = this.byWords.get(inside.map((t) => t.lower).join(' '));
    if (!list) return false;
    const firstIndex = tokens.indexOf(inside[0] as Token);
    const lastIndex = tokens.indexOf(inside[inside.length - 1] as Token);
    for (const entry of list) {
      if (entry.left <= 0) continue;
      if (!entry.allowance.ruleIds.some((id) => ruleIds.includes(id))) continue;
      const { before, after } = entry.allowance;
      const beforeOk = before.every((w, k) => tokens[firstIndex - before.length + k]?.lower === w);
      const afterOk = after.every((w, k) => tokens[lastIndex + 1 + k]?.lower === w);
      if (beforeOk && afterOk) {
        entry.left--;
        return true;
      }
    }
    return false;
  }
}

// Scans every part; returns the hits (at most 500 listed) and how much was scanned.
export function scanForLeaks(matcher: Matcher, parts: readonly TextPart[], allowances: readonly Allowance[] = []): LeakReport {
  const pool = new AllowancePool(allowances);
  const hits: LeakHit[] = [];
  let total = 0;
  let characters = 0;
  for (const part of parts) {
    characters += part.text.length;
    const matches = findNames(matcher, part.text);
    if (matches.length === 0) continue;
    const tokens = allowances.length > 0 ? tokenise(part.text).tokens : [];
    for (const match of matches) {
      const ruleIds = match.ruleIndexes.map((i) => matcher.rules[i]?.id ?? -1);
      if (allowances.length > 0 && !match.camelPass && pool.take(tokens, match, ruleIds)) continue;
      total++;
      if (hits.length < MAX_LISTED) {
        hits.push({ where: part.where, found: match.text, ruleText: matcher.rules[match.ruleIndex]?.realText ?? '', context: contextAround(part.text, match.start, match.end) });
      }
    }
  }
  return { hits, total, partsScanned: parts.length, charactersScanned: characters };
}
