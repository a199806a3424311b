// Extracts the advance widths and Latin kerning pairs of the bundled diagram fonts
// (assets/fonts/DejaVuSans.ttf and DejaVuSans-Bold.ttf) into
// shared/diagram/dejavu-sans-metrics.json, so the pure diagram code measures text
// exactly as resvg and the renderer draw it, without reading a font file.
// Usage: node scripts/extract-diagram-font-metrics.mjs
import { readFileSync, writeFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const require = createRequire(import.meta.url);
const opentype = require('opentype.js');

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const FONTS = {
  regular: path.join(root, 'assets', 'fonts', 'DejaVuSans.ttf'),
  bold: path.join(root, 'assets', 'fonts', 'DejaVuSans-Bold.ttf'),
};
const OUT = path.join(root, 'shared', 'diagram', 'dejavu-sans-metrics.json');

// Code points whose pairs are checked for kerning: printable ASCII and Latin-1, curly quotes and dashes.
function kerningCandidates() {
  const list = [];
  for (let cp = 0x21; cp <= 0x7e; cp++) list.push(cp);
  for (let cp = 0xc0; cp <= 0xff; cp++) list.push(cp);
  list.push(0x2018, 0x2019, 0x201c, 0x201d, 0x2013, 0x2014);
  return list;
}

// Widths of every mapped code point in the Basic Multilingual Plane, as runs of consecutive code points.
function widthRuns(font) {
  const map = font.tables.cmap.glyphIndexMap;
  const cps = Object.keys(map)
    .map(Number)
    .filter((cp) => cp <= 0xffff)
    .sort((a, b) => a - b);
  const runs = [];
  let current = null;
  for (const cp of cps) {
    const width = font.glyphs.get(map[cp]).advanceWidth;
    if (current && cp === current[0] + current[1].length) current[1].push(width);
    else {
      current = [cp, [width]];
      runs.push(current);
    }
  }
  return runs;
}

function kerning(font) {
  const tables = font.position.getKerningTables('latn');
  const map = font.tables.cmap.glyphIndexMap;
  const pairs = [];
  const candidates = kerningCandidates().filter((cp) => map[cp] !== undefined);
  for (const left of candidates) {
    for (const right of candidates) {
      const value = font.position.getKerningValue(tables, map[left], map[right]);
      if (value) pairs.push([String.fromCodePoint(left) + String.fromCodePoint(right), value]);
    }
  }
  return pairs;
}

function metrics(file) {
  const bytes = readFileSync(file);
  const font = opentype.parse(bytes.buffer.slice(bytes.byteOffset, bytes.byteOffset + bytes.byteLength));
  const notdef = font.glyphs.get(0).advanceWidth;
  return {
    unitsPerEm: font.unitsPerEm,
    ascender: font.ascender,
    descender: font.descender,
    missingWidth: notdef,
    widthRuns: widthRuns(font),
    kerning: kerning(font),
  };
}

const out = {
  font: 'DejaVu Sans 2.37 (assets/fonts, licence in assets/fonts/LICENSE-DejaVu.txt)',
  regular: metrics(FONTS.regular),
  bold: metrics(FONTS.bold),
};
writeFileSync(OUT, JSON.stringify(out) + '\n');
console.log(`Wrote ${path.relative(root, OUT)}: ${out.regular.widthRuns.length} + ${out.bold.widthRuns.length} width runs, ${out.regular.kerning.length} + ${out.bold.kerning.length} kerning pairs.`);
