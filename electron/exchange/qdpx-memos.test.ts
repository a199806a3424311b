// Memos on the round trip QualCoder -> Activity Lens -> QualCoder, with a .qdpx written here the
// way QualCoder's exporter (refi.py, RefiExport) writes one: a coding's memo as its selection's
// Description, journals as notes whose text is a file in sources/ (plainTextPath, with a
// byte-order mark), an annotation as a note holding its PlainTextSelection with a NoteRef from
// its TextSource (only the first of a source's annotations gets one), a formatted .docx beside
// the plain text (richTextPath). Then what our export writes for QualCoder's reader, and what
// comes back when it is imported again.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { strFromU8, strToU8, unzipSync, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { validateXML } from 'xmllint-wasm';
import { listCodingDetails } from '../codings/coding-report.ts';
import { appMigrations, migrate } from '../db/migrate.ts';
import { openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import type { Store } from '../db/store.ts';
import { listMemos } from '../memos/memos.ts';
import { childrenNamed } from '../import/qdpx-xml.ts';
import type { XmlElement } from '../import/qdpx-xml.ts';
import { buildXmlTreeFromText } from '../import/xml-stream-tree.ts';
import { editSourceText } from '../sources/source-edits.ts';
import { getSource, listSources } from '../sources/sources.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { buildQdpx } from './qdpx-export.ts';
import { importQdpxAsNewProject } from './qdpx-import.ts';
import type { QdpxImportReport } from '../../shared/model/exchange.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

const TEXT = 'Interviewer: How did the first term go?\nNadia: Slowly. The rota changed every week.\nInterviewer: And the mentoring?\nNadia: It only worked once we met on Thursdays.\n';
const span = (quote: string) => {
  const start = TEXT.indexOf(quote);
  return { start, end: start + quote.length };
};
const at = (quote: string) => `startPosition="${span(quote).start}" endPosition="${span(quote).end}"`;
const USER = 'a1b2c3d4-0000-4000-8000-000000000001';
const CODE = 'c0de0000-0000-4000-8000-000000000001';
const SOURCE = '9a000000-0000-4000-8000-000000000001';
const SOURCE_FILE = '9a000000-0000-4000-8000-000000000002.txt';
const JOURNAL_FILE = '10a00000-0000-4000-8000-000000000001.txt';
const JOURNAL_TEXT = 'Week 2: the rota keeps coming up.\nAsk about Thursdays next time.';
const CODING_MEMO = 'The rota is the barrier she names first.';
const ANNOTATION = 'Thursdays: check the timetable.';
const UNPLACED = 'Second annotation: QualCoder gives it no NoteRef.';

const QUALCODER_QDE = `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Rota.qda" origin="3.6" creatingUserGUID="${USER}" creationDateTime="2025-04-01T09:00:00Z">
<Users><User guid="${USER}" name="nadia-team" /></Users>
<CodeBook><Codes><Code guid="${CODE}" name="Barriers" isCodable="true" color="#E74C3C" /></Codes></CodeBook>
<Sources>
<TextSource plainTextPath="internal://${SOURCE_FILE}" richTextPath="internal://9a000000-0000-4000-8000-000000000003.docx" creatingUser="${USER}" creationDateTime="2025-04-01T09:30:00Z" guid="${SOURCE}" name="nadia.docx">
<PlainTextSelection guid="5e100000-0000-4000-8000-000000000001" ${at('The rota changed every week.')} name="The rota changed every week." creatingUser="${USER}" creationDateTime="2025-04-01T10:00:00Z">
<Description>${CODING_MEMO}</Description>
<Coding guid="c0d10000-0000-4000-8000-000000000001" creatingUser="${USER}"><CodeRef targetGUID="${CODE}" /></Coding>
</PlainTextSelection>
<NoteRef targetGUID="a0000000-0000-4000-8000-000000000001" />
</TextSource>
</Sources>
<Notes>
<Note guid="10a00000-0000-4000-8000-000000000001" name="Journal week 2" plainTextPath="internal://${JOURNAL_FILE}" creatingUser="${USER}" creationDateTime="2025-04-02T18:00:00Z"><Description></Description></Note>
<Note guid="a0000000-0000-4000-8000-000000000001" creatingUser="${USER}" creationDateTime="2025-04-01T11:00:00Z"><PlainTextContent>${ANNOTATION}</PlainTextContent><PlainTextSelection guid="a5e10000-0000-4000-8000-000000000001" ${at('we met on Thursdays')} /></Note>
<Note guid="a0000000-0000-4000-8000-000000000002" creatingUser="${USER}" creationDateTime="2025-04-01T11:05:00Z"><PlainTextContent>${UNPLACED}</PlainTextContent><PlainTextSelection guid="a5e10000-0000-4000-8000-000000000002" ${at('Slowly.')} /></Note>
</Notes>
<Description></Description>
</Project>`;

function qualcoderQdpx(qde = QUALCODER_QDE, extra: Record<string, Uint8Array> = {}): Uint8Array {
  return zipSync({ 'project.qde': strToU8(qde), [`sources/${SOURCE_FILE}`]: strToU8(`\uFEFF${TEXT}`), [`sources/${JOURNAL_FILE}`]: strToU8(`\uFEFF${JOURNAL_TEXT}`), ...extra });
}

async function importFile(bytes: Uint8Array, name = 'rota.qdpx'): Promise<{ store: OpenStore; report: QdpxImportReport }> {
  const { dir, cleanup } = makeTempDir('alens-memos-');
  const path = join(dir, 'imported.alens');
  const report = await importQdpxAsNewProject(bytes, name, path);
  const store = openProject(path);
  cleanups.push(() => {
    store.close();
    cleanup();
  });
  return { store, report };
}

// Every memo as the researcher sees it: where it is, its title and text, and the passage it is on.
function memoContents(store: Store): string[] {
  const codingText = new Map(listCodingDetails(store).map((c) => [c.id, `${c.nodePath}: ${c.text}`]));
  return listMemos(store)
    .map((m) => {
      const where = m.targetKind === 'coding' ? codingText.get(m.targetId ?? 0) : m.targetKind === 'source' ? getSource(store, m.targetId ?? 0).name : '';
      const passage = m.range ? ` @ "${Array.from(getSource(store, m.targetId ?? 0).text).slice(m.range.start, m.range.end).join('')}"` : '';
      return `${m.targetKind} | ${where ?? ''} | ${m.title} | ${m.plainText}${passage}`;
    })
    .sort();
}

function exported(store: Store): { xml: string; root: XmlElement; files: Record<string, Uint8Array>; bytes: Uint8Array } {
  const bytes = buildQdpx(store).bytes;
  const files = unzipSync(bytes);
  const xml = strFromU8(files['project.qde'] ?? new Uint8Array());
  return { xml, root: buildXmlTreeFromText('project.qde', xml), files, bytes };
}

async function schemaErrors(xml: string): Promise<string[]> {
  const schema = readFileSync(join(import.meta.dirname, '../../../shared/refi-qda/Project.xsd'), 'utf8');
  const result = await validateXML({ xml: [{ fileName: 'project.qde', contents: xml }], schema: [schema] });
  return result.errors.map((e) => e.rawMessage);
}

const all = (root: XmlElement, list: string, item: string) => childrenNamed(root, list).flatMap((l) => childrenNamed(l, item));
const textOf = (el: XmlElement | undefined) => (el === undefined ? undefined : el.text);

// What QualCoder's reader (refi.py) takes from our project.qde: a coding's memo from its
// selection's Description (load_codings_for_text); a journal from each note with plainTextPath
// and a name, its text from sources/ (parse_notes, which also needs creationDateTime); an
// annotation from a selection with a Description and no coding.
function whatQualCoderReads(root: XmlElement, files: Record<string, Uint8Array>) {
  const sources = all(root, 'Sources', 'TextSource');
  const selections = sources.flatMap((s) => childrenNamed(s, 'PlainTextSelection'));
  const codingMemos = selections.filter((s) => childrenNamed(s, 'Coding').length > 0).map((s) => textOf(childrenNamed(s, 'Description')[0]) ?? '');
  const annotations = selections.filter((s) => childrenNamed(s, 'Coding').length === 0).map((s) => [Number(s.attrs.startPosition), Number(s.attrs.endPosition), textOf(childrenNamed(s, 'Description')[0])]);
  const journals = all(root, 'Notes', 'Note')
    .filter((n) => n.attrs.plainTextPath !== undefined && (n.attrs.name ?? '') !== '' && n.attrs.creationDateTime !== undefined)
    .map((n) => [n.attrs.name, strFromU8(files[`sources/${(n.attrs.plainTextPath ?? '').replace('internal://', '')}`] ?? strToU8('(missing)')).replace(/^\uFEFF/, '')]);
  return { codingMemos, annotations, journals };
}

describe('memos on the QualCoder round trip', () => {
  it('imports a coding memo from its Description, a journal from its file, an annotation with its passage, and lists what it cannot place', async () => {
    const { store, report } = await importFile(qualcoderQdpx());
    expect(memoContents(store)).toEqual([
      `coding | Barriers: The rota changed every week. | Comment on a coding | ${CODING_MEMO}`,
      `project |  | Journal week 2 | ${JOURNAL_TEXT}`,
      `project |  | ${UNPLACED} | ${UNPLACED}`,
      `source | nadia.docx | ${ANNOTATION} | ${ANNOTATION} @ "we met on Thursdays"`,
    ]);
    const left = Object.fromEntries(report.leftOut.map((l) => [l.what, [l.count, l.examples]]));
    expect(left['Formatted versions of sources (rich text)']).toEqual([1, ['nadia.docx']]);
    // the second annotation has no NoteRef in QualCoder's file, so its passage cannot be placed
    expect(left['Selections and codings inside notes']).toEqual([1, ['Untitled note']]);
  });

  it('writes what QualCoder reads: coding memos as Description, journals as files in sources/, annotations as uncoded selections; valid against Project.xsd', async () => {
    const { store } = await importFile(qualcoderQdpx());
    const { xml, root, files } = exported(store);
    expect(await schemaErrors(xml)).toEqual([]);
    const read = whatQualCoderReads(root, files);
    expect(read.codingMemos).toEqual([CODING_MEMO]);
    // the note no source refers to is a project memo here, so it goes back as a journal too
    expect(read.journals).toEqual([['Journal week 2', JOURNAL_TEXT], [UNPLACED, UNPLACED]]);
    expect(read.annotations).toEqual([[span('we met on Thursdays').start, span('we met on Thursdays').end, ANNOTATION]]);
    // Project.xsd: a note's text inline or as a file, never both
    for (const note of all(root, 'Notes', 'Note')) expect(note.attrs.plainTextPath !== undefined && childrenNamed(note, 'PlainTextContent').length > 0).toBe(false);
  });

  it('imports its own export again with every memo once, on the same thing and passage', async () => {
    const { store } = await importFile(qualcoderQdpx());
    const { store: back, report } = await importFile(exported(store).bytes, 'back.qdpx');
    expect(memoContents(back)).toEqual(memoContents(store));
    expect(report.leftOut.map((l) => l.what)).not.toContain('Selections and codings inside notes');
    // and the second trip gives the same file
    const again = exported(back);
    expect(whatQualCoderReads(again.root, again.files)).toEqual(whatQualCoderReads(exported(store).root, exported(store).files));
  });

  it('keeps a Description that says something other than the note it refers to, and reads a note given both inline and as a file once', async () => {
    const qde = QUALCODER_QDE.replace(`<Coding guid="c0d10000-0000-4000-8000-000000000001" creatingUser="${USER}"><CodeRef targetGUID="${CODE}" /></Coding>`, `<Coding guid="c0d10000-0000-4000-8000-000000000001" creatingUser="${USER}"><CodeRef targetGUID="${CODE}" /><NoteRef targetGUID="b0000000-0000-4000-8000-000000000001" /></Coding>`)
      .replace('</Notes>', `<Note guid="b0000000-0000-4000-8000-000000000001" name="Why" plainTextPath="internal://${JOURNAL_FILE}" creationDateTime="2025-04-01T10:00:00Z"><PlainTextContent>The note's own words.</PlainTextContent></Note></Notes>`);
    const { store } = await importFile(qualcoderQdpx(qde));
    const onCoding = memoContents(store).filter((m) => m.startsWith('coding'));
    expect(onCoding).toEqual([`coding | Barriers: The rota changed every week. | Comment on a coding | ${CODING_MEMO}`, "coding | Barriers: The rota changed every week. | Why | The note's own words."]);
  });

  it('moves an annotation with its passage when the text is corrected, and exports the moved passage', async () => {
    const { store } = await importFile(qualcoderQdpx());
    const source = listSources(store)[0];
    if (!source) throw new Error('no source');
    const insertAt = span('Slowly.').start;
    editSourceText(store, source.id, { start: insertAt, end: insertAt, insert: 'Very ', baseRevision: getSource(store, source.id).revision });
    expect(memoContents(store).find((m) => m.startsWith('source'))).toBe(`source | nadia.docx | ${ANNOTATION} | ${ANNOTATION} @ "we met on Thursdays"`);
    const moved = listMemos(store).find((m) => m.range);
    expect(moved?.range).toEqual({ start: span('we met on Thursdays').start + 5, end: span('we met on Thursdays').end + 5 });
    const { root, files } = exported(store);
    expect(whatQualCoderReads(root, files).annotations).toEqual([[span('we met on Thursdays').start + 5, span('we met on Thursdays').end + 5, ANNOTATION]]);
  });

  it('a project made before memos had passages opens with its memos on no passage', () => {
    const db = new Database(':memory:');
    const migrations = appMigrations();
    const withRanges = migrations.findIndex((m) => m.sql.includes('range_start'));
    migrate(db, migrations.slice(0, withRanges));
    db.prepare("INSERT INTO memos (guid, target_kind, target_id, title, content_json, plain_text, created_at, updated_at) VALUES ('m1', 'project', NULL, 'Old', '{}', 'Old memo', '2025-01-01', '2025-01-01')").run();
    migrate(db, migrations);
    expect(db.prepare('SELECT title, range_start, range_end FROM memos').all()).toEqual([{ title: 'Old', range_start: null, range_end: null }]);
    expect(() => db.prepare("UPDATE memos SET range_start = 5, range_end = 2").run()).toThrow(/CHECK/);
    db.close();
  });
});
