import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import type { MatchRule } from '../model/anonymise.ts';
import { anonymiseText } from './anonymise-text.ts';
import { scanForLeaks } from './leak-scan.ts';
import { createMatcher, findNames } from './matcher.ts';
import { tokenise } from './tokenise.ts';
import { xmlTextParts } from './xml-text.ts';

const rules: MatchRule[] = [
  { id: 1, kind: 'person', realText: 'Margaret Okafor', replacement: 'Strategic enabler', caseSensitive: false, variants: [], autoVariants: true },
  { id: 2, kind: 'person', realText: 'Hope Lloyd', replacement: 'mentee', caseSensitive: false, variants: [], autoVariants: true },
  { id: 3, kind: 'organisation', realText: 'Hollins Adult Learning Centre', replacement: 'Project 1 partner organisation', caseSensitive: false, variants: [], autoVariants: true },
];
const matcher = createMatcher(rules);

describe('the leak scan', () => {
  it('finds names in every part and says where', () => {
    const report = scanForLeaks(matcher, [
      { where: 'document body', text: 'Quote one. Clean.' },
      { where: 'comment 1', text: 'as OKAFOR said' },
      { where: 'footer', text: 'Hollins' },
    ]);
    expect(report.hits.map((h) => `${h.where}: ${h.found} (${h.ruleText})`)).toEqual(['comment 1: OKAFOR (Margaret Okafor)', 'footer: Hollins (Hollins Adult Learning Centre)']);
    expect(report.total).toBe(2);
  });

  it('finds a name split over Word runs once the runs are joined', () => {
    const xml = '<w:document><w:body><w:p><w:r><w:rPr><w:b/></w:rPr><w:t>Mar</w:t></w:r><w:r><w:rPr><w:i/></w:rPr><w:t xml:space="preserve">garet came</w:t></w:r></w:p><w:p><w:r><w:t>Okafor</w:t></w:r></w:p></w:body></w:document>';
    const parts = xmlTextParts(xml, 'document body', 'word');
    expect(parts[0]?.text.trim().split(/\n+/)).toEqual(['Margaret came', 'Okafor']);
    expect(scanForLeaks(matcher, parts).hits.map((h) => h.found)).toEqual(['Margaret', 'Okafor']);
  });

  it('reads image descriptions, entities and SVG text', () => {
    const doc = '<wp:docPr id="1" name="Figure 1" descr="Drawn by M&#246;rgaret? no: Margaret&apos;s team"/>';
    expect(scanForLeaks(matcher, xmlTextParts(doc, 'document body', 'word')).hits.map((h) => h.where)).toEqual(['document body (docPr descr)']);
    const svg = '<svg><title>System</title><text x="1"><tspan>Ho</tspan><tspan>llins</tspan></text><text>Okafor</text></svg>';
    expect(scanForLeaks(matcher, xmlTextParts(svg, 'figure 1 (SVG)', 'svg')).hits.map((h) => h.found)).toEqual(['Hollins', 'Okafor']);
  });

  it('accepts exactly the occurrences the user marked as not a name', () => {
    const extract = anonymiseText(matcher, 'Hope said: Hope is what we had.', (m) => m.start > 0);
    expect(extract.text).toBe('[mentee] said: Hope is what we had.');
    const clean = scanForLeaks(matcher, [{ where: 'body', text: `Heading\n${extract.text}\nnext` }], extract.allowances);
    expect(clean.total).toBe(0);
    // the same word elsewhere is still a leak
    const leaky = scanForLeaks(matcher, [{ where: 'body', text: `${extract.text}\nHope wrote this` }], extract.allowances);
    expect(leaky.hits).toHaveLength(1);
    expect(leaky.hits[0]?.context).toContain('we had. «Hope» wrote this');
  });
});

describe('matching never throws and keeps its promises on arbitrary Unicode', () => {
  const anyText = fc.string({ unit: 'binary', maxLength: 300 });
  const withNames = fc
    .tuple(anyText, fc.constantFrom('Margaret', 'Okafor', 'Hope', 'Hollins', 'MARGARET OKAFOR', "Okafor's"), anyText)
    .map(([a, name, b]) => `${a} ${name} ${b}`);

  it('tokenise, findNames, anonymiseText and scanForLeaks never throw', () => {
    fc.assert(
      fc.property(anyText, (text) => {
        tokenise(text);
        tokenise(text, { camel: true });
        const matches = findNames(matcher, text);
        for (const m of matches) {
          expect(m.start).toBeGreaterThanOrEqual(0);
          expect(m.end).toBeLessThanOrEqual(text.length);
          expect(m.start).toBeLessThan(m.end);
        }
        anonymiseText(matcher, text);
        scanForLeaks(matcher, [{ where: 'x', text }]);
        xmlTextParts(text, 'x', 'word');
      }),
      { numRuns: 500 },
    );
  });

  it('matches never overlap and come in order', () => {
    fc.assert(
      fc.property(withNames, (text) => {
        const matches = findNames(matcher, text);
        for (let k = 1; k < matches.length; k++) expect((matches[k - 1]?.end ?? 0) <= (matches[k]?.start ?? 0)).toBe(true);
      }),
      { numRuns: 300 },
    );
  });

  it('anonymised text has no leaks left (what the scan would find, the anonymiser replaced)', () => {
    fc.assert(
      fc.property(withNames, (text) => {
        const out = anonymiseText(matcher, text).text;
        expect(scanForLeaks(matcher, [{ where: 'x', text: out }]).total).toBe(0);
      }),
      { numRuns: 300 },
    );
  });
});
