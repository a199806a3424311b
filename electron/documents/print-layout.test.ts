// The pieces that make our Word documents print as they look: captions numbered once,
// table columns that never break a word, and LibreOffice-safe line spacing.
import { Packer } from 'docx';
import { strFromU8, unzipSync } from 'fflate';
import { describe, expect, it } from 'vitest';
import { textWidth } from '../../shared/diagram/text-metrics.ts';
import { figureCaptionWords, withoutTypedNumber } from './captions.ts';
import { neutralDocument, section } from './docx-common.ts';
import { textWidthTwips } from './page-layout.ts';
import { columnNeeds, planColumns, sizedTable, unbreakablePieces } from './word-table.ts';

describe('figure captions', () => {
  it('drop a number the researcher typed, and keep the diagram title first', () => {
    expect(withoutTypedNumber('Figure 3: Three subjects')).toBe('Three subjects');
    expect(withoutTypedNumber('Fig. 3 - Three subjects')).toBe('Three subjects');
    expect(withoutTypedNumber('Figure 12 Three subjects')).toBe('Three subjects');
    expect(withoutTypedNumber('Figures of speech')).toBe('Figures of speech');
    expect(figureCaptionWords('Before the intervention', null, 'Figure 3: Three subjects, three objects')).toBe('Before the intervention. Three subjects, three objects');
    expect(figureCaptionWords('After two rounds', null, '')).toBe('After two rounds');
    expect(figureCaptionWords('After two rounds', null, 'After two rounds: the collective system')).toBe('After two rounds: the collective system');
    expect(figureCaptionWords('Figure 7: After', 'Vice principal', 'Before and after.')).toBe('After (Vice principal). Before and after.');
  });
});

describe('table columns', () => {
  const matrix = {
    header: ['Node', 'Broker', 'Evaluator', 'Mentee', 'Mentor', 'Strategic enabler', 'Total'],
    rows: [
      ['Q1 Tools and artefacts/Structures, systems and procedures/Forms and paperwork', '4', '2', '3', '1', '3', '13'],
      ['Q4 Division of labour/Tensions between roles', '3', '3', '2', '3', '2', '13'],
    ],
    numeric: true,
  };

  it('are never narrower than their longest word, and fill the text width', () => {
    const plan = planColumns(matrix);
    const needs = columnNeeds(matrix, plan.fontPt);
    plan.widthsPt.forEach((w, c) => expect(w).toBeGreaterThanOrEqual((needs.least[c] ?? 0) - 0.01));
    expect(plan.widthsPt.reduce((a, b) => a + b, 0)).toBeCloseTo(textWidthTwips(plan.orientation) / 20);
    expect(plan.orientation).toBe('portrait');
    // "enabler" in bold fits its column with its margins
    expect(plan.widthsPt[5]).toBeGreaterThan(textWidth('Strategic', plan.fontPt, 'bold') + 10);
  });

  it('break node paths only after a slash, hyphenated words only after a hyphen', () => {
    expect(unbreakablePieces('Q4 Division of labour/Tensions between roles')).toEqual(['Q4', 'Division', 'of', 'labour/', 'Tensions', 'between', 'roles']);
    expect(unbreakablePieces('division-of-labour')).toEqual(['division-', 'of-', 'labour']);
  });

  it('go on a landscape page when a portrait one is too narrow for every word', () => {
    const wide = { header: Array.from({ length: 9 }, (_, i) => `Interorganisational ${i + 1}`), rows: [Array.from({ length: 9 }, () => 'responsibilities')], numeric: false };
    expect(planColumns(wide).orientation).toBe('landscape');
    const table = sizedTable(wide);
    expect(table.widths.reduce((a, b) => a + b, 0)).toBe(textWidthTwips('landscape'));
  });
});

describe('line spacing', () => {
  it('is "auto" everywhere, so LibreOffice never clips a picture to one line', async () => {
    const bytes = await Packer.toBuffer(neutralDocument('Test', [section('Test', [])]));
    const styles = strFromU8(unzipSync(new Uint8Array(bytes))['word/styles.xml'] ?? new Uint8Array());
    const spacings = [...styles.matchAll(/<w:spacing [^>]*w:line="\d+"[^>]*\/>/g)].map((m) => m[0]);
    expect(spacings.length).toBeGreaterThan(0);
    for (const spacing of spacings) expect(spacing).toContain('w:lineRule="auto"');
  });
});
