// The spellings of a register entry that people actually write: for a person the full
// name, first name alone, surname alone, "Surname, First", initials with the surname,
// initials alone, common short forms of the first name, and the handles and e-mail
// local parts made of the name ("mokafor", "margaretokafor", "okaform"); for an organisation its
// short name and acronym; plus every spelling the user added. Titles ("Mrs Okafor")
// and possessives ("Okafor's") are handled by the matcher, not listed here.
import type { MatchRule } from '../model/anonymise.ts';
import { tokenise } from './tokenise.ts';
import { GENERIC_ORGANISATION_WORDS, NICKNAMES, ORDINARY_WORD_NAMES, SURNAME_PARTICLES } from './word-lists.ts';

export type VariantForm = 'full' | 'user' | 'first' | 'surname' | 'surname-first' | 'initial-surname' | 'initials' | 'nickname' | 'handle' | 'short-name' | 'acronym';

export interface Variant {
  text: string;
  form: VariantForm;
  caseSensitive: boolean;
}

// Forms that name the entry fully (they win over partial forms when two rules share a spelling).
export const STRONG_FORMS: ReadonlySet<VariantForm> = new Set(['full', 'user', 'surname-first', 'initial-surname', 'handle']);

// the fewest letters a handle made of a name must have to be matched ("rshah", not "tli")
const MIN_HANDLE_LETTERS = 5;

function words(text: string): string[] {
  return text.split(/\s+/u).filter((w) => w.length > 0);
}

function letterCount(text: string): number {
  return tokenise(text).tokens.reduce((n, t) => n + t.lower.length, 0);
}

function isOrdinaryWord(text: string): boolean {
  const tokens = tokenise(text).tokens;
  return tokens.length === 1 && ORDINARY_WORD_NAMES.has(tokens[0]?.lower ?? '');
}

function initialOf(word: string): string {
  const first = tokenise(word).tokens[0];
  return first ? (first.cased[0] ?? '').toUpperCase() : '';
}

function personVariants(name: string): Omit<Variant, 'caseSensitive'>[] {
  const parts = words(name);
  if (parts.length < 2) return [];
  // the surname starts at the first lower-case particle after the first word, else it is the last word
  let surnameAt = parts.length - 1;
  for (let i = 1; i < parts.length - 1; i++) {
    if (SURNAME_PARTICLES.has((parts[i] ?? '').toLowerCase())) {
      surnameAt = i;
      break;
    }
  }
  const given = parts.slice(0, surnameAt);
  const surname = parts.slice(surnameAt).join(' ');
  const first = given[0] ?? '';
  const out: Omit<Variant, 'caseSensitive'>[] = [];
  if (letterCount(first) >= 2) out.push({ text: first, form: 'first' });
  if (letterCount(surname) >= 2) out.push({ text: surname, form: 'surname' });
  out.push({ text: `${surname}, ${given.join(' ')}`, form: 'surname-first' });
  if (given.length > 1) out.push({ text: `${first} ${surname}`, form: 'full' });
  const initials = given.map(initialOf).filter(Boolean);
  const surnameInitials = parts.slice(surnameAt).filter((p) => !SURNAME_PARTICLES.has(p.toLowerCase())).map(initialOf).filter(Boolean);
  if (initials.length > 0) {
    out.push({ text: `${initials.join('. ')}. ${surname}`, form: 'initial-surname' });
    const all = [...initials, ...surnameInitials];
    if (all.length >= 2) {
      out.push({ text: `${all.join('.')}.`, form: 'initials' });
      out.push({ text: all.join(''), form: 'initials' });
    }
  }
  out.push(...handleVariants(first, surname));
  for (const nick of NICKNAMES[first.toLowerCase()] ?? []) {
    out.push({ text: nick.charAt(0).toUpperCase() + nick.slice(1), form: 'nickname' });
    out.push({ text: `${nick.charAt(0).toUpperCase() + nick.slice(1)} ${surname}`, form: 'nickname' });
  }
  return out;
}

function lettersOf(text: string): string {
  return tokenise(text)
    .tokens.map((t) => t.lower)
    .join('');
}

// Handles and e-mail local parts written without a separator: first initial and surname,
// first name and surname, and each the other way round ("@mokafor", "rshah@...").
function handleVariants(first: string, surname: string): Omit<Variant, 'caseSensitive'>[] {
  const given = lettersOf(first);
  const family = lettersOf(surname);
  if (given.length === 0 || family.length === 0) return [];
  const initial = given.charAt(0);
  const handles = [`${initial}${family}`, `${given}${family}`, `${family}${initial}`, `${family}${given}`];
  return [...new Set(handles)].filter((h) => h.length >= MIN_HANDLE_LETTERS && !isOrdinaryWord(h)).map((text): Omit<Variant, 'caseSensitive'> => ({ text, form: 'handle' }));
}

function organisationVariants(name: string): Omit<Variant, 'caseSensitive'>[] {
  const parts = words(name);
  const out: Omit<Variant, 'caseSensitive'>[] = [];
  const distinctive = parts.filter((p) => {
    const t = tokenise(p).tokens;
    return t.length > 0 && !t.every((x) => GENERIC_ORGANISATION_WORDS.has(x.lower));
  });
  if (distinctive.length > 0 && distinctive.length < parts.length && letterCount(distinctive.join(' ')) >= 3) out.push({ text: distinctive.join(' '), form: 'short-name' });
  const significant = parts.filter((p) => !['the', 'of', 'and', 'for', '&'].includes(p.toLowerCase()));
  const acronym = significant.map(initialOf).join('');
  if (acronym.length >= 3) out.push({ text: acronym, form: 'acronym' });
  return out;
}

// Every spelling a rule matches, with whether each is matched case-sensitively.
export function ruleVariants(rule: Pick<MatchRule, 'kind' | 'realText' | 'caseSensitive' | 'variants' | 'autoVariants'>): Variant[] {
  const out: Variant[] = [];
  const seen = new Set<string>();
  const add = (text: string, form: VariantForm, forceCase: boolean) => {
    const trimmed = text.trim();
    if (!trimmed || tokenise(trimmed).tokens.length === 0) return;
    const caseSensitive = rule.caseSensitive || forceCase;
    const key = `${caseSensitive ? 'C' : 'i'}|${caseSensitive ? trimmed : trimmed.toLowerCase()}`;
    if (seen.has(key)) return;
    seen.add(key);
    out.push({ text: trimmed, form, caseSensitive });
  };
  add(rule.realText, 'full', false);
  for (const v of rule.variants) add(v, 'user', false);
  if (rule.autoVariants) {
    const generated = rule.kind === 'person' ? personVariants(rule.realText) : rule.kind === 'organisation' ? organisationVariants(rule.realText) : [];
    for (const v of generated) {
      // single words that are ordinary English words, initials and acronyms are matched only as written
      const forceCase = v.form === 'initials' || v.form === 'acronym' || isOrdinaryWord(v.text) || (tokenise(v.text).tokens.length === 1 && letterCount(v.text) <= 2);
      add(v.text, v.form, forceCase);
    }
  }
  return out;
}

// Tells whether a new rule for this text should default to case-sensitive matching ("Will", "Grace").
export function suggestCaseSensitive(realText: string): boolean {
  return isOrdinaryWord(realText);
}
