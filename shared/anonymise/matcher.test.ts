import { describe, expect, it } from 'vitest';
import type { MatchRule } from '../model/anonymise.ts';
import { anonymiseText } from './anonymise-text.ts';
import { createMatcher, findNames } from './matcher.ts';
import { ruleVariants } from './variants.ts';

function rule(id: number, realText: string, replacement: string, extra: Partial<MatchRule> = {}): MatchRule {
  return { id, kind: 'person', realText, replacement, caseSensitive: false, variants: [], autoVariants: true, ...extra };
}

const register = createMatcher([
  rule(1, 'Margaret Okafor', 'Strategic enabler, Project 1'),
  rule(2, 'Rachel Ainsworth', 'Broker, Project 1'),
  rule(3, 'Will Baker', 'mentor', { variants: ['Wil Baker', 'Bakker'] }),
  rule(4, 'Grace', 'mentee', { caseSensitive: true }),
  rule(5, 'Ashdown College', 'Project 1 lead organisation', { kind: 'organisation' }),
  rule(6, 'Whitworth Road', 'site', { kind: 'place' }),
  rule(7, "Siobhán O'Neill", 'facilitator'),
  rule(8, 'Anna van der Berg', 'evaluator'),
]);

const anon = (text: string) => anonymiseText(register, text).text;

describe('the matcher finds the forms people write', () => {
  it.each([
    ['Margaret Okafor came in', '[Strategic enabler, Project 1] came in'],
    ["Margaret's view was", "[Strategic enabler, Project 1]'s view was"],
    ['Margaret’s view', '[Strategic enabler, Project 1]’s view'],
    ['the Okafors and Rachels', 'the [Strategic enabler, Project 1]s and [Broker, Project 1]s'],
    ['I told Margaret.', 'I told [Strategic enabler, Project 1].'],
    ['ask Mrs Okafor', 'ask [Strategic enabler, Project 1]'],
    ['ask Dr. Okafor', 'ask [Strategic enabler, Project 1]'],
    ['Okafor, Margaret (VP)', '[Strategic enabler, Project 1] (VP)'],
    ['signed M. Okafor', 'signed [Strategic enabler, Project 1]'],
    ['initials M.O. on the form', 'initials [Strategic enabler, Project 1]. on the form'],
    ['MARGARET OKAFOR', '[Strategic enabler, Project 1]'],
    ['margaret okafor', '[Strategic enabler, Project 1]'],
    ['Maggie said', '[Strategic enabler, Project 1] said'],
    ['saved as okafor_notes_v2.docx', 'saved as [Strategic enabler, Project 1]_notes_v2.docx'],
    ['file MargaretOkafor.docx', 'file [Strategic enabler, Project 1].docx'],
    ['Margaret\nOkafor', '[Strategic enabler, Project 1]'],
    ['Will said he will come', '[mentor] said he will come'],
    ['Wil Baker and Bakker', '[mentor] and [mentor]'],
    ['by the grace of Grace', 'by the grace of [mentee]'],
    ['at Ashdown College and Ashdown', 'at [Project 1 lead organisation] and [Project 1 lead organisation]'],
    ['at Whitworth Road', 'at [site]'],
    ["Siobhan O'Neill and O’Neill", '[facilitator] and [facilitator]'],
    ['Mrs van der Berg wrote', '[evaluator] wrote'],
  ])('%s', (input, expected) => {
    expect(anon(input)).toBe(expected);
  });

  it('matches whole words only', () => {
    expect(anon('Rachelle and Okaforian and Ashdowne are not names here')).toBe('Rachelle and Okaforian and Ashdowne are not names here');
  });

  it('normalises accents, zero-width characters and look-alike letters', () => {
    expect(anon('Márgarét')).toBe('[Strategic enabler, Project 1]');
    expect(anon('Mar\u200bgaret')).toBe('[Strategic enabler, Project 1]');
    expect(anon('R\u0430chel')).toBe('[Broker, Project 1]'); // Cyrillic a
    expect(anon('Ｒａｃｈｅｌ')).toBe('[Broker, Project 1]'); // full-width
    expect(anon('Ra\u0301chel')).toBe('[Broker, Project 1]'); // combining accent
  });

  it('reports ranges in the original text', () => {
    const text = '😀 Mar\u200bgaret!';
    const [m] = findNames(register, text);
    expect(m && text.slice(m.start, m.end)).toBe('Mar\u200bgaret');
  });

  it('gives a generic replacement when two rules share a spelling', () => {
    const m = createMatcher([rule(1, 'Tom Hale', 'mentor'), rule(2, 'Tom Price', 'mentee')]);
    expect(anonymiseText(m, 'Tom and Hale and Tom Price').text).toBe('[name] and [mentor] and [mentee]');
  });

  it('keeps occurrences the user marked as not a name and returns an allowance for them', () => {
    const result = anonymiseText(register, 'Grace said: Grace period ends.', (m) => m.start > 5);
    expect(result.text).toBe('[mentee] said: Grace period ends.');
    expect(result.allowances).toEqual([{ ruleIds: [4], before: ['mentee', 'said'], words: ['grace'], after: ['period', 'ends'] }]);
  });

  it('lists the variants of a person', () => {
    const forms = ruleVariants(rule(1, 'Margaret Okafor', 'x')).map((v) => `${v.form}:${v.text}:${v.caseSensitive ? 'C' : 'i'}`);
    expect(forms).toEqual(
      expect.arrayContaining(['full:Margaret Okafor:i', 'first:Margaret:i', 'surname:Okafor:i', 'surname-first:Okafor, Margaret:i', 'initial-surname:M. Okafor:i', 'initials:M.O.:C', 'initials:MO:C', 'nickname:Maggie:i']),
    );
    const will = ruleVariants(rule(3, 'Will Baker', 'x')).filter((v) => v.form === 'first' || v.form === 'surname');
    expect(will.every((v) => v.caseSensitive)).toBe(true);
  });

  it('does not expand variants when automatic variants are off', () => {
    const m = createMatcher([rule(1, 'Margaret Okafor', 'x', { autoVariants: false })]);
    expect(anonymiseText(m, 'Margaret and Margaret Okafor').text).toBe('Margaret and [x]');
  });
});

describe('the matcher finds names written to get past it', () => {
  const redTeam = createMatcher([rule(1, 'Margaret Okafor', 'enabler'), rule(2, 'Rita Shah', 'broker'), rule(3, 'David Pryce', 'mentor')]);
  const hide = (text: string) => anonymiseText(redTeam, text).text;

  it.each([
    ['hyphenated across a line break', 'asked Oka-\nfor twice', 'asked [enabler] twice'],
    ['hyphenated, the line break gone', 'asked Oka-for twice', 'asked [enabler] twice'],
    ['hyphenated inside a full name', 'Margaret Oka-\n  for came', '[enabler] came'],
    ['hyphenated, with a possessive', "Oka-for's plan", "[enabler]'s plan"],
    ['U+02BC as the apostrophe', 'Shahʼs view', '[broker]ʼs view'],
    ['U+02BB, U+A78C and U+2032 as the apostrophe', 'Shahʻs, Shahꞌs and Shah′s', '[broker]ʻs, [broker]ꞌs and [broker]′s'],
    ['a handle of initial and surname', 'ping @mokafor', 'ping @[enabler]'],
    ['an e-mail local part', 'write to rshah@example.org', 'write to [broker]@example.org'],
    ['a handle of first name and surname, with digits', 'davidpryce99 posted', '[mentor]99 posted'],
    ['a handle of surname and initial', 'okaform replied', '[enabler] replied'],
    ['enclosed letters', 'Ⓞⓚⓐⓕⓞⓡ', '[enabler]'],
    ['negative circled letters', '🅞🅚🅐🅕🅞🅡', '[enabler]'],
    ['squared letters', '🄿🅁🅈🄲🄴', '[mentor]'],
    ['mathematical letters', '𝑺𝒉𝒂𝒉 said', '[broker] said'],
    ['small capitals', 'ᴘʀʏᴄᴇ said', '[mentor] said'],
    ['spelled out with hyphens', 'O-K-A-F-O-R', '[enabler]'],
    ['spelled out with dots', 'P.R.Y.C.E.', '[mentor].'],
    ['spelled out with dots and spaces', 'P. R. Y. C. E. wrote', '[mentor]. wrote'],
    ['spelled out with spaces', 'O K A F O R', '[enabler]'],
  ])('%s', (_label, input, expected) => {
    expect(hide(input)).toBe(expected);
  });

  it('leaves ordinary hyphenated words, stray letters and short handles alone', () => {
    const text = 'A well-known co-ordinator (self-taught, part-time): I a m sure, a-ok, T. L. I.';
    expect(hide(text)).toBe(text);
    const short = createMatcher([rule(1, 'Tom Li', 'x')]);
    expect(anonymiseText(short, 'tli and tomli').text).toBe('tli and [x]');
  });

  it('lists the handle forms of a person', () => {
    const handles = ruleVariants(rule(1, 'Margaret Okafor', 'x'))
      .filter((v) => v.form === 'handle')
      .map((v) => `${v.text}:${v.caseSensitive ? 'C' : 'i'}`);
    expect(handles).toEqual(['mokafor:i', 'margaretokafor:i', 'okaform:i', 'okaformargaret:i']);
  });
});
