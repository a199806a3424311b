// Categories (REFI-QDA isCodable="false") on the round trip QualCoder -> Activity Lens ->
// QualCoder, with a .qdpx written here the way QualCoder's exporter (refi.py, RefiExport)
// writes one: categories as <Code isCodable="false"> holding their codes, texts in
// sources/ with a byte-order mark, one PlainTextSelection per coding.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { listNodes, updateNode } from '../codebook/codebook.ts';
import { mergeNodes } from '../codebook/node-moves.ts';
import { createCoding, listCodings } from '../codings/codings.ts';
import { appMigrations, migrate } from '../db/migrate.ts';
import { openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { childrenNamed } from '../import/qdpx-xml.ts';
import type { XmlElement } from '../import/qdpx-xml.ts';
import { buildXmlTreeFromText } from '../import/xml-stream-tree.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { buildQdpx } from './qdpx-export.ts';
import { codingsQualCoderLoses } from './testing/qualcoder-reader.ts';
import { importQdpxAsNewProject, previewQdpx } from './qdpx-import.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

const TEXT = 'Interviewer: What got in the way?\nAmira: Time, mostly. And the timetable never had a slot for it.\nInterviewer: Anything else?\nAmira: Trust came slowly.\n';
const at = (quote: string) => {
  const start = TEXT.indexOf(quote);
  return `startPosition="${start}" endPosition="${start + quote.length}"`;
};
const USER = 'a1b2c3d4-0000-4000-8000-000000000001';
const selection = (n: number, quote: string, code: string) =>
  `<PlainTextSelection guid="5e100000-0000-4000-8000-00000000000${n}" ${at(quote)} name="${quote}" creatingUser="${USER}" creationDateTime="2025-03-01T10:00:0${n}Z">\n` +
  `<Coding guid="c0d10000-0000-4000-8000-00000000000${n}" creatingUser="${USER}" >\n<CodeRef targetGUID="${code}" />\n</Coding>\n</PlainTextSelection>\n`;

// What QualCoder 3.6 writes: a top-level code, a category "Barriers" holding a code of the same
// name (QualCoder keeps categories and codes in separate tables, so names may repeat across them),
// a code "Time" and a sub-category "Relationships" with "Trust".
const CODES = {
  general: 'c0de0000-0000-4000-8000-000000000001',
  barriersCategory: 'ca700000-0000-4000-8000-000000000001',
  barriers: 'c0de0000-0000-4000-8000-000000000002',
  time: 'c0de0000-0000-4000-8000-000000000003',
  relationships: 'ca700000-0000-4000-8000-000000000002',
  trust: 'c0de0000-0000-4000-8000-000000000004',
};
const SOURCE_FILE = '9a000000-0000-4000-8000-000000000002.txt';
const QUALCODER_QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns:xsd="http://www.w3.org/2001/XMLSchema" xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" name="Barriers.qda" origin="3.6" creatingUserGUID="${USER}" creationDateTime="2025-03-01T09:00:00Z" xmlns="urn:QDA-XML:project:1.0">
<Users>
<User guid="${USER}" name="amira" />
</Users>
<CodeBook>
<Codes>
<Code guid="${CODES.general}" name="General" isCodable="true" color="#F1C40F" />
<Code guid="${CODES.barriersCategory}" name="Barriers" isCodable="false">
<Description>What stands in the way</Description>
<Code guid="${CODES.barriers}" name="Barriers" isCodable="true" color="#E74C3C" />
<Code guid="${CODES.time}" name="Time" isCodable="true" color="#3498DB" />
<Code guid="${CODES.relationships}" name="Relationships" isCodable="false">
<Code guid="${CODES.trust}" name="Trust" isCodable="true" color="#2ECC71" />
</Code>
</Code>
</Codes>
</CodeBook>
<Sources>
<TextSource plainTextPath="internal://${SOURCE_FILE}" creatingUser="${USER}" creationDateTime="2025-03-01T09:30:00Z" guid="9a000000-0000-4000-8000-000000000001" name="amira.txt">
${selection(1, 'What got in the way?', CODES.general)}${selection(2, 'Time, mostly', CODES.time)}${selection(3, 'the timetable never had a slot for it', CODES.barriers)}${selection(4, 'Trust came slowly', CODES.trust)}</TextSource>
</Sources>
<Description></Description>
</Project>`;

function qualcoderQdpx(qde = QUALCODER_QDE): Uint8Array {
  // QualCoder writes its texts with encoding="utf-8-sig" (a byte-order mark)
  return zipSync({ 'project.qde': strToU8(qde), [`sources/${SOURCE_FILE}`]: strToU8(`\uFEFF${TEXT}`) });
}

async function importFile(bytes: Uint8Array): Promise<OpenStore> {
  const { dir, cleanup } = makeTempDir('alens-categories-');
  const path = join(dir, 'imported.alens');
  await importQdpxAsNewProject(bytes, 'barriers.qdpx', path);
  const store = openProject(path);
  cleanups.push(() => {
    store.close();
    cleanup();
  });
  return store;
}

function codesOf(root: XmlElement): XmlElement[] {
  const out: XmlElement[] = [];
  const walk = (list: readonly XmlElement[]) => {
    for (const code of list) {
      out.push(code);
      walk(childrenNamed(code, 'Code'));
    }
  };
  for (const book of childrenNamed(root, 'CodeBook')) for (const codes of childrenNamed(book, 'Codes')) walk(childrenNamed(codes, 'Code'));
  return out;
}

function exportedQde(store: OpenStore): { xml: string; root: XmlElement } {
  const files = unzipSync(buildQdpx(store).bytes);
  const xml = strFromU8(files['project.qde'] ?? new Uint8Array());
  return { xml, root: buildXmlTreeFromText('project.qde', xml) };
}

describe('categories (codes that group codes but cannot be coded) on the QualCoder round trip', () => {
  it('keeps isCodable="false" on import and writes it back, so QualCoder gets its categories and every coding its code', async () => {
    const store = await importFile(qualcoderQdpx());
    const nodes = listNodes(store);
    expect(nodes.map((n) => [n.path, n.isCodable])).toEqual([
      ['General', true],
      ['Barriers', false],
      ['Barriers/Barriers', true],
      ['Barriers/Time', true],
      ['Barriers/Relationships', false],
      ['Barriers/Relationships/Trust', true],
    ]);
    expect(listCodings(store)).toHaveLength(4);

    const { xml, root } = exportedQde(store);
    expect(codesOf(root).map((c) => [c.attrs.name, c.attrs.isCodable])).toEqual([
      ['General', 'true'],
      ['Barriers', 'false'],
      ['Barriers', 'true'],
      ['Time', 'true'],
      ['Relationships', 'false'],
      ['Trust', 'true'],
    ]);
    expect(codingsQualCoderLoses(root)).toBe(0);
    const schema = readFileSync(join(import.meta.dirname, '../../../shared/refi-qda/Project.xsd'), 'utf8');
    const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: xml }], schema: [schema] });
    expect(result.errors.map((e) => e.rawMessage)).toEqual([]);
  });

  it('shows why codings lost their code before: with every category written as codable, the code named like its category loses its codings in QualCoder', async () => {
    const store = await importFile(qualcoderQdpx());
    const { xml } = exportedQde(store);
    const allCodable = buildXmlTreeFromText('project.qde', xml.replace(/isCodable="false"/g, 'isCodable="true"'));
    expect(codingsQualCoderLoses(allCodable)).toBe(1);
  });

  it('refuses coding at a category, making a coded node a category, and merging codings into one, in words, changing nothing', async () => {
    const store = await importFile(qualcoderQdpx());
    const byPath = new Map(listNodes(store).map((n) => [n.path, n]));
    const category = byPath.get('Barriers')?.id ?? 0;
    const time = byPath.get('Barriers/Time')?.id ?? 0;
    const sourceId = listCodings(store)[0]?.sourceId ?? 0;
    const before = listCodings(store);
    expect(() => createCoding(store, { sourceId, nodeId: category, start: 0, end: 5 })).toThrow('"Barriers" is a category: it groups codes but cannot be coded itself. Code the passage at one of the codes inside it.');
    expect(() => updateNode(store, time, { isCodable: false })).toThrow(/"Time" has 1 coding, so it cannot become a category/);
    expect(() => mergeNodes(store, time, category)).toThrow(/"Barriers" is a category.*The codings of "Time" cannot move into it/);
    expect(listCodings(store)).toEqual(before);
    expect(listNodes(store).find((n) => n.id === time)?.isCodable).toBe(true);
    // a category made codable can be coded at
    expect(updateNode(store, category, { isCodable: true }).isCodable).toBe(true);
    expect(createCoding(store, { sourceId, nodeId: category, start: 0, end: 5 }).nodeId).toBe(category);
  });

  it('keeps a code codable when the file marks it not codable yet codes text at it, and says so', async () => {
    const qde = QUALCODER_QDE.replace(`<CodeRef targetGUID="${CODES.trust}" />`, `<CodeRef targetGUID="${CODES.relationships}" />`);
    const preview = await previewQdpx(qualcoderQdpx(qde), 'barriers.qdpx');
    expect(preview.notes.join(' ')).toContain('1 code is marked in the file as not codable (a category) but has codings, so it stays codable and the codings are kept: Relationships.');
    const store = await importFile(qualcoderQdpx(qde));
    expect(listNodes(store).find((n) => n.name === 'Relationships')?.isCodable).toBe(true);
    expect(listCodings(store)).toHaveLength(4);
  });

  it('a project made before categories existed opens with every node codable', () => {
    const db = new Database(':memory:');
    const migrations = appMigrations();
    const withCategories = migrations.findIndex((m) => m.sql.includes('is_codable'));
    migrate(db, migrations.slice(0, withCategories));
    db.prepare("INSERT INTO nodes (id, guid, name, created_at) VALUES (1, 'n1', 'Old node', '2025-01-01')").run();
    migrate(db, migrations);
    expect(db.prepare('SELECT name, is_codable FROM nodes').all()).toEqual([{ name: 'Old node', is_codable: 1 }]);
    db.close();
  });
});
