// Writes Word copies of the demo study's sources (fixtures/demo/sources/*.txt) to
// fixtures/demo/docx/*.docx: speaker labels in bold, numbered titles as headings, runs of
// "a | b | c" lines as tables, other lines as paragraphs with line breaks. The output is
// byte-for-byte repeatable (fixed dates), so re-running it on unchanged sources changes nothing.
//
// Re-run after editing a demo source:   npx tsx scripts/build-demo-docx.ts
// electron/import/demo-docx.test.ts fails while a copy is stale.
import { mkdirSync, readdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { Document, HeadingLevel, Packer, Paragraph, Table, TableCell, TableRow, TextRun, WidthType } from 'docx';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { normaliseText } from '../shared/text/normalise.ts';
import { createSpeakerTest, matchSpeakerLabel } from '../shared/text/speaker-labels.ts';
import { parseSegments } from '../shared/text/speaker-turns.ts';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const sourcesDir = join(root, 'fixtures', 'demo', 'sources');
const outDir = join(root, 'fixtures', 'demo', 'docx');
const FIXED_DATE = '2025-09-01T09:00:00Z';
const isSpeaker = createSpeakerTest();

type Block = Paragraph | Table;

function tableRows(lines: readonly string[]): string[][] | null {
  if (lines.length < 2 || !lines.every((l) => l.includes(' | '))) return null;
  const rows = lines.map((l) => l.split(' | ').map((c) => c.trim()));
  return rows.every((r) => r.length === rows[0]?.length) ? rows : null;
}

function lineRuns(line: string, breakBefore: boolean): TextRun[] {
  const label = matchSpeakerLabel(line, isSpeaker);
  const runs: TextRun[] = [];
  const brk = breakBefore ? { break: 1 } : {};
  if (label && label.labelStart === 0) {
    runs.push(new TextRun({ text: line.slice(0, label.labelEnd), bold: true, ...brk }));
    if (label.labelEnd < line.length) runs.push(new TextRun({ text: line.slice(label.labelEnd) }));
  } else runs.push(new TextRun({ text: line, ...brk }));
  return runs;
}

// Turns one source's text into Word blocks.
export function blocksOf(text: string): Block[] {
  const headings = new Set(
    parseSegments(text)
      .filter((s) => s.kind === 'heading')
      .map((s) => [...text].slice(s.start, s.end).join('')),
  );
  const blocks: Block[] = [];
  for (const chunk of text.split(/\n[ \t]*\n/u)) {
    const lines = chunk.split('\n').filter((l) => l.length > 0);
    if (lines.length === 0) continue;
    const rows = tableRows(lines);
    if (rows) {
      blocks.push(new Table({ width: { size: 100, type: WidthType.PERCENTAGE }, rows: rows.map((r) => new TableRow({ children: r.map((c) => new TableCell({ children: [new Paragraph(c)] })) })) }));
      continue;
    }
    const only = lines[0] ?? '';
    if (lines.length === 1 && headings.has(only.trim())) {
      blocks.push(new Paragraph({ text: only.trim(), heading: /^\d+\.\d+/u.test(only.trim()) ? HeadingLevel.HEADING_2 : HeadingLevel.HEADING_1 }));
      continue;
    }
    blocks.push(new Paragraph({ children: lines.flatMap((line, i) => lineRuns(line, i > 0)) }));
  }
  return blocks;
}

// Rewrites a .docx with fixed dates so the same text always gives the same bytes.
function repeatable(bytes: Uint8Array): Uint8Array {
  const files = unzipSync(bytes);
  const core = files['docProps/core.xml'];
  if (core) files['docProps/core.xml'] = strToU8(strFromU8(core).replace(/(<dcterms:(?:created|modified)[^>]*>)[^<]*(<\/dcterms:)/gu, `$1${FIXED_DATE}$2`));
  const names = Object.keys(files).sort((a, b) => (a === '[Content_Types].xml' ? -1 : b === '[Content_Types].xml' ? 1 : a.localeCompare(b)));
  return zipSync(Object.fromEntries(names.map((n) => [n, files[n] ?? new Uint8Array()])), { level: 6, mtime: new Date(FIXED_DATE) });
}

// Builds the .docx copy of one source text.
export async function demoDocx(text: string, title: string): Promise<Uint8Array> {
  const doc = new Document({ creator: 'Activity Lens demo study', title, sections: [{ children: blocksOf(normaliseText(text)) }] });
  return repeatable(new Uint8Array(await Packer.toBuffer(doc)));
}

async function main(): Promise<void> {
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  const files = readdirSync(sourcesDir).filter((f) => f.endsWith('.txt')).sort();
  for (const file of files) {
    const text = readFileSync(join(sourcesDir, file), 'utf8');
    const out = join(outDir, file.replace(/\.txt$/u, '.docx'));
    writeFileSync(out, await demoDocx(text, file.replace(/\.txt$/u, '')));
  }
  console.log(`build-demo-docx: wrote ${files.length} Word copies to ${outDir}`);
}

if (process.argv[1] && fileURLToPath(import.meta.url) === process.argv[1]) await main();
