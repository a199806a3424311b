// Every Word document we export prints in LibreOffice as it looks in Word: each document
// type - and the demo study's extracts report with every diagram the demo ships - is
// converted to PDF by LibreOffice headless (one conversion for all of them), and
// the PDF is read back: every picture is drawn at its full size and not clipped, every
// caption is there exactly once and numbered once, and no word of a table is broken.
// LibreOffice and poppler-utils must be installed (.ci/run installs them); without them
// this test fails and says so, unless ALENS_SKIP_LIBREOFFICE=1 is set on purpose.
import { execFileSync, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { unzipSync, strFromU8 } from 'fflate';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../electron/db/open-project.ts';
import type { OpenStore } from '../../electron/db/open-project.ts';
import { exportComparisonDocx } from '../../electron/documents/comparison-export.ts';
import { exportContradictionsDocx } from '../../electron/documents/contradictions-export.ts';
import { exportMirrorDataDocx } from '../../electron/documents/mirror-data-export.ts';
import { contradictionsOverview } from '../../electron/contradictions/overview.ts';
import { listEvidence } from '../../electron/diagrams/evidence.ts';
import { getDiagram, listDiagrams } from '../../electron/diagrams/read.ts';
import { diagramFigures } from '../../electron/documents/figures.ts';
import { exportExtractsDocx } from '../../electron/documents/extracts-export.ts';
import { exportCodebookDocx, exportJournalDocx, exportTranscriptDocx } from '../../electron/documents/other-documents.ts';
import { listSources } from '../../electron/sources/sources.ts';
import type { ExportOutcome } from '../../shared/model/anonymise.ts';
import { placedPictures } from '../helpers/pdf-pictures.ts';
import { writePrintStudy } from '../helpers/print-study.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const SKIP = process.env.ALENS_SKIP_LIBREOFFICE === '1';
const DOCUMENTS = ['report', 'demo-report', 'transcript', 'codebook', 'journal', 'comparison', 'contradictions', 'mirror-data'] as const;
type DocumentName = (typeof DOCUMENTS)[number];

let tmp: { dir: string; cleanup: () => void };
let store: OpenStore;
const outcomes = new Map<DocumentName, ExportOutcome>();
let demoDiagrams: number[] = [];

function tool(name: string): string | null {
  for (const dir of (process.env.PATH ?? '').split(':').concat(['/usr/bin', '/usr/local/bin'])) if (existsSync(join(dir, name))) return join(dir, name);
  return null;
}

function missingTools(): string[] {
  return ['soffice', 'pdftotext'].filter((t) => tool(t) === null);
}

function docxPart(name: DocumentName, part: string): string {
  const file = unzipSync(new Uint8Array(readFileSync(join(tmp.dir, `${name}.docx`))))[part];
  return file ? strFromU8(file) : '';
}

// The text of some document XML, line breaks and tabs as spaces.
function xmlText(xml: string): string {
  return [...xml.matchAll(/<w:t(?: [^>]*)?>([^<]*)<\/w:t>|<w:(?:br|tab|cr)\b[^>]*\/>/g)]
    .map((m) => (m[1] === undefined ? ' ' : m[1].replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&')))
    .join('');
}

// The captions the document carries (paragraphs in the Caption style), as text.
function captions(name: DocumentName): string[] {
  const body = docxPart(name, 'word/document.xml');
  return [...body.matchAll(/<w:p>(?:(?!<\/w:p>).)*?<w:pStyle w:val="Caption"\/>(?:(?!<\/w:p>).)*<\/w:p>/gs)].map((m) => xmlText(m[0]));
}

// The size every picture is meant to print at, in points (from the drawing's extent).
function pictureSizes(name: DocumentName): { width: number; height: number }[] {
  return [...docxPart(name, 'word/document.xml').matchAll(/<wp:extent cx="(\d+)" cy="(\d+)"\/>/g)].map((m) => ({ width: Number(m[1]) / 12700, height: Number(m[2]) / 12700 }));
}

// Every word in the document's tables, cut where a line may break (after a hyphen or a slash).
function tableWords(name: DocumentName): string[] {
  const tables = [...docxPart(name, 'word/document.xml').matchAll(/<w:tbl>.*?<\/w:tbl>/gs)].map((m) => m[0]);
  const cells = tables.flatMap((t) => [...t.matchAll(/<w:p>.*?<\/w:p>/gs)].map((p) => xmlText(p[0])));
  return cells.flatMap((c) => c.split(/\s+|(?<=[-/\u200b])/)).map((w) => w.replace(/\u200b/g, '')).filter((w) => w.length > 0);
}

function pdfText(name: DocumentName): string {
  return execFileSync(tool('pdftotext') ?? 'pdftotext', [join(tmp.dir, `${name}.pdf`), '-'], { encoding: 'utf8' }).replace(/\u200b/g, '');
}

function count(haystack: string, needle: string): number {
  let n = 0;
  for (let at = haystack.indexOf(needle); at >= 0; at = haystack.indexOf(needle, at + needle.length)) n++;
  return n;
}

beforeAll(async () => {
  tmp = makeTempDir('alens-print-');
  if (SKIP || missingTools().length > 0) return;
  store = createProject(join(tmp.dir, 'study.alens'), 'Print study');
  const ids = writePrintStudy(store);
  const at = (name: DocumentName) => join(tmp.dir, `${name}.docx`);
  const source = listSources(store).find((s) => s.kind === 'transcript');
  outcomes.set(
    'report',
    await exportExtractsDocx(store, {
      path: at('report'),
      overwrite: false,
      selection: { questions: [4], nodeIds: [], caseIds: [], sourceIds: [], facets: [] },
      attribution: 'role-project',
      memos: 'none',
      anonymiseMemos: false,
      title: 'Coded extracts',
      tableOfContents: false,
      nodeDescriptions: true,
      matrixFacet: 'role',
      alignmentMatrix: true,
      diagramIds: [ids.before, ids.after],
    }),
  );
  // the demo's own diagrams (the print study adds three more of its own)
  demoDiagrams = listDiagrams(store)
    .map((d) => d.id)
    .filter((id) => !Object.values(ids).includes(id))
    .sort((a, b) => a - b);
  outcomes.set(
    'demo-report',
    await exportExtractsDocx(store, {
      path: at('demo-report'),
      overwrite: false,
      selection: { questions: [3, 4], nodeIds: [], caseIds: [], sourceIds: [], facets: [] },
      attribution: 'role-project',
      memos: 'none',
      anonymiseMemos: false,
      title: 'The demo study: community and division of labour',
      tableOfContents: false,
      nodeDescriptions: true,
      matrixFacet: 'role',
      alignmentMatrix: true,
      diagramIds: demoDiagrams,
    }),
  );
  outcomes.set('contradictions', await exportContradictionsDocx(store, { path: at('contradictions'), overwrite: false }));
  const tensions = contradictionsOverview(store).groups.flatMap((g) => g.entries).filter((e) => e.evidenceCount > 0).slice(0, 3);
  const choices = tensions.map((t) => ({ tensionId: t.tensionId, codingIds: listEvidence(store, { tensionId: t.tensionId }).items.slice(0, 3).map((i) => i.codingId) }));
  outcomes.set('mirror-data', await exportMirrorDataDocx(store, { path: at('mirror-data'), overwrite: false, attribution: 'role-project', choices }));
  outcomes.set('transcript', await exportTranscriptDocx(store, { path: at('transcript'), overwrite: false, sourceId: source?.id ?? 0, anonymise: true }));
  outcomes.set('codebook', await exportCodebookDocx(store, { path: at('codebook'), overwrite: false, attribution: 'role-project' }));
  outcomes.set('journal', await exportJournalDocx(store, { path: at('journal'), overwrite: false, anonymise: true }));
  outcomes.set('comparison', await exportComparisonDocx(store, { path: at('comparison'), overwrite: false, leftId: ids.after, rightId: ids.later }));
  // one LibreOffice run for every document, with a profile of its own so runs never collide
  const profile = `file://${join(tmp.dir, 'libreoffice-profile')}`;
  const result = spawnSync(tool('soffice') ?? 'soffice', [`-env:UserInstallation=${profile}`, '--headless', '--norestore', '--convert-to', 'pdf', '--outdir', tmp.dir, ...DOCUMENTS.map(at)], { encoding: 'utf8', timeout: 170_000 });
  if (result.status !== 0) throw new Error(`LibreOffice could not convert the documents: ${result.stderr || result.error?.message || `exit ${result.status}`}`);
}, 200_000);

afterAll(() => {
  store?.close();
  tmp.cleanup();
});

describe('documents printed by LibreOffice', () => {
  it('has LibreOffice and poppler-utils to print with', () => {
    if (SKIP) return;
    expect(missingTools(), 'Install libreoffice-writer and poppler-utils (apt-get install libreoffice-writer poppler-utils; .ci/run does it), or set ALENS_SKIP_LIBREOFFICE=1 to skip this test on purpose.').toEqual([]);
  });

  it.each(DOCUMENTS)('the %s was written and converted to PDF', (name) => {
    if (SKIP || missingTools().length > 0) return;
    expect(outcomes.get(name)?.written).toBe(true);
    expect(existsSync(join(tmp.dir, `${name}.pdf`))).toBe(true);
  });

  it.each(DOCUMENTS)('the %s draws every picture at its full size, nothing clipped', (name) => {
    if (SKIP || missingTools().length > 0) return;
    const expected = pictureSizes(name);
    const drawn = placedPictures(readFileSync(join(tmp.dir, `${name}.pdf`)));
    expect(drawn.length).toBe(expected.length);
    drawn.forEach((picture, i) => {
      const size = expected[i] ?? { width: 0, height: 0 };
      expect(picture.drawn.height, `picture ${i + 1} drawn height`).toBeCloseTo(size.height, 0);
      expect(picture.drawn.width, `picture ${i + 1} drawn width`).toBeCloseTo(size.width, 0);
      expect(picture.visible?.height ?? 0, `picture ${i + 1} is clipped`).toBeGreaterThanOrEqual(picture.drawn.height - 1);
      expect(picture.visible?.width ?? 0, `picture ${i + 1} is clipped`).toBeGreaterThanOrEqual(picture.drawn.width - 1);
    });
    if (name === 'report') expect(drawn.length).toBeGreaterThanOrEqual(2);
    // three triangles before, two collective systems, the two organisations
    if (name === 'demo-report') expect(drawn.length).toBeGreaterThanOrEqual(6);
  });

  it.each(DOCUMENTS)('the %s prints every caption exactly once, numbered once', (name) => {
    if (SKIP || missingTools().length > 0) return;
    const text = pdfText(name).replace(/\s+/g, ' ');
    const list = captions(name);
    for (const caption of list) {
      expect(caption).not.toMatch(/^(Figure|Table) \d+: (Figure|Fig\.|Table) \d+/i);
      expect(count(text, caption.replace(/\s+/g, ' ')), caption).toBe(1);
    }
    const figures = list.filter((c) => c.startsWith('Figure ')).map((c) => Number(/^Figure (\d+):/.exec(c)?.[1]));
    expect(figures).toEqual(figures.map((_, i) => i + 1));
    if (name === 'report') {
      expect(figures.length).toBeGreaterThanOrEqual(2);
      expect(list.some((c) => c.startsWith('Figure 1: Before the intervention') && c.includes('Each subject pursued'))).toBe(true);
      expect(list.filter((c) => c.startsWith('Table '))).toHaveLength(2);
    }
    if (name === 'demo-report') {
      expect(figures.length).toBeGreaterThanOrEqual(6);
      for (const title of ["Before: the vice principal's activity", "Before: the middle leader's activity", "Before: the practitioner's activity", 'After two rounds: the collective activity system']) {
        expect(list.filter((c) => c.startsWith('Figure ') && c.includes(title)), title).toHaveLength(1);
      }
      expect(list.filter((c) => c.startsWith('Table '))).toHaveLength(2);
    }
  });

  it.each(DOCUMENTS)('the %s breaks no word of a table', (name) => {
    if (SKIP || missingTools().length > 0) return;
    const tokens = pdfText(name).split(/\s+/);
    const broken = [...new Set(tableWords(name))].filter((word) => !tokens.some((t) => t.includes(word)));
    expect(broken).toEqual([]);
  });

  it('prints every label of the report\'s figures at 8 pt or more', () => {
    if (SKIP || missingTools().length > 0) return;
    const outcome = outcomes.get('report');
    expect(outcome?.written && outcome.warnings.filter((w) => w.includes('smallest labels'))).toEqual([]);
  });

  it('prints the labels of the demo\'s first- and second-generation figures at 8 pt or more (two facing systems at 7 pt or more)', () => {
    if (SKIP || missingTools().length > 0) return;
    for (const id of demoDiagrams) {
      const generation = getDiagram(store, id).generation;
      for (const figure of diagramFigures(store, [id])) expect(figure.smallestFontPt, figure.caption).toBeGreaterThanOrEqual(generation === 3 ? 7 : 8);
    }
  });
});
