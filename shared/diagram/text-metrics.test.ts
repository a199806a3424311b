import { readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { fontExtent, hasGlyph, textWidth } from './text-metrics.ts';
import { wrapText } from './wrap-text.ts';

interface OtGlyph {
  index: number;
  advanceWidth: number;
}
interface OtFont {
  unitsPerEm: number;
  charToGlyph(ch: string): OtGlyph;
  position: { getKerningTables(script: string): unknown; getKerningValue(tables: unknown, left: number, right: number): number };
}

const require = createRequire(import.meta.url);
const opentype = require('opentype.js') as { parse(buffer: ArrayBuffer): OtFont };
const FONTS = join(import.meta.dirname, '..', '..', 'assets', 'fonts');

function load(file: string): OtFont {
  const bytes = readFileSync(join(FONTS, file));
  return opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
}

// The width the font file itself gives (advances plus GPOS kerning).
function fontWidth(font: OtFont, text: string, size: number): number {
  const tables = font.position.getKerningTables('latn');
  const glyphs = [...text].map((ch) => font.charToGlyph(ch));
  let units = 0;
  glyphs.forEach((g, i) => {
    units += g.advanceWidth;
    const next = glyphs[i + 1];
    if (next) units += font.position.getKerningValue(tables, g.index, next.index);
  });
  return (units / font.unitsPerEm) * size;
}

const SAMPLES = ['Division of labour', 'AVATAR Tools, "quotes" — and dashes', 'Rôle: broker; café naïve', 'Wo Ta Yo Te 1234567890', 'Ffi ffl WAVE'];

describe('the committed font metrics', () => {
  it.each([
    ['DejaVuSans.ttf', 'regular'],
    ['DejaVuSans-Bold.ttf', 'bold'],
  ] as const)('match %s', (file, weight) => {
    const font = load(file);
    for (const sample of SAMPLES) expect(textWidth(sample, 13, weight)).toBeCloseTo(fontWidth(font, sample, 13), 6);
  });

  it('has the ascent and descent of DejaVu Sans', () => {
    const { ascent, descent } = fontExtent(2048);
    expect(ascent).toBe(1901);
    expect(descent).toBe(483);
  });

  it('knows which characters the font draws', () => {
    expect(hasGlyph('é')).toBe(true);
    expect(hasGlyph('\u{1F600}')).toBe(false);
  });
});

describe('wrapping labels', () => {
  it('keeps the researcher\'s line ends and wraps long lines at spaces', () => {
    const lines = wrapText('Brokers: match, chase and report to the steering group\nMentors: observe', 120, 13);
    expect(lines.length).toBeGreaterThan(2);
    expect(lines[lines.length - 1]).toBe('Mentors: observe');
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(120);
    expect(lines.join(' ')).toBe('Brokers: match, chase and report to the steering group Mentors: observe');
  });

  it('breaks a word longer than the line', () => {
    const lines = wrapText('Supercalifragilisticexpialidocious', 60, 13);
    expect(lines.length).toBeGreaterThan(1);
    expect(lines.join('')).toBe('Supercalifragilisticexpialidocious');
    for (const line of lines) expect(textWidth(line, 13)).toBeLessThanOrEqual(60);
  });

  it('drops blank lines at the ends, keeps one inside', () => {
    expect(wrapText('\n\nA\n\nB\n\n', 200, 13)).toEqual(['A', '', 'B']);
    expect(wrapText('   ', 200, 13)).toEqual([]);
  });
});
