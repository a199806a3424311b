// What an import cannot bring in is listed by kind and count under "Not imported", never
// dropped silently: formatted versions of sources, picture, audio and video files, sets,
// graphs; and in a hostile file, paths that climb out of the archive (../), point outside it
// or name missing files, and a note too long for a memo. Each gets a clear line and
// everything else comes in exactly as from the same file without them.
import { join } from 'node:path';
import { strToU8, zipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { listCodingDetails } from '../codings/coding-report.ts';
import { openProject } from '../db/open-project.ts';
import type { Store } from '../db/store.ts';
import { listMemos } from '../memos/memos.ts';
import { getSource, listSources } from '../sources/sources.ts';
import { MAX_NOTE_TEXT } from '../../shared/exchange/import-plan-notes.ts';
import type { QdpxImportReport } from '../../shared/model/exchange.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { importQdpxAsNewProject, previewQdpx } from './qdpx-import.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

const TEXT = 'Interviewer: What changed?\nOmar: We share the planning now.\n';
const CODE = 'c0de0000-0000-4000-8000-0000000000a1';
const quote = 'We share the planning now.';
const SOURCE = `<TextSource guid="9a000000-0000-4000-8000-0000000000a1" name="omar.txt" plainTextPath="internal://omar.txt">
<PlainTextSelection guid="5e100000-0000-4000-8000-0000000000a1" startPosition="${TEXT.indexOf(quote)}" endPosition="${TEXT.indexOf(quote) + quote.length}"><Coding guid="c0d10000-0000-4000-8000-0000000000a1"><CodeRef targetGUID="${CODE}"/></Coding></PlainTextSelection>
</TextSource>`;
const GOOD_NOTE = '<Note guid="10a00000-0000-4000-8000-0000000000a1" name="Journal" plainTextPath="internal://journal.txt" creationDateTime="2025-05-01T09:00:00Z"/>';

const qde = (sources: string, notes: string, rest = '') => `<?xml version="1.0" encoding="utf-8"?>
<Project xmlns="urn:QDA-XML:project:1.0" name="Planning" origin="hand-built test file">
<CodeBook><Codes><Code guid="${CODE}" name="Planning" isCodable="true"/></Codes></CodeBook>
<Sources>${sources}</Sources>
<Notes>${notes}</Notes>${rest}
</Project>`;

// Letters that do not compress like a zip bomb (a huge run of one letter would be refused as one).
function longText(length: number): string {
  let seed = 7;
  let out = '';
  while (out.length < length) {
    seed = (seed * 1103515245 + 12345) % 2147483648;
    out += 'abcdefghij klmnopqrst uvwxyz.'[seed % 29];
  }
  return out;
}

const CLEAN = zipSync({ 'project.qde': strToU8(qde(SOURCE, GOOD_NOTE)), 'sources/omar.txt': strToU8(TEXT), 'sources/journal.txt': strToU8('Week 1 notes.') });

const HOSTILE_SOURCES = `${SOURCE}
<TextSource guid="9a000000-0000-4000-8000-0000000000a2" name="Climbs out" plainTextPath="internal://../project.qde"/>
<TextSource guid="9a000000-0000-4000-8000-0000000000a3" name="Elsewhere" plainTextPath="absolute:///etc/passwd"/>
<TextSource guid="9a000000-0000-4000-8000-0000000000a4" name="Not there" plainTextPath="internal://missing.txt" richTextPath="internal://missing.docx"/>
<PictureSource guid="9a000000-0000-4000-8000-0000000000a5" name="Whiteboard.png" path="internal://whiteboard.png"/>
<AudioSource guid="9a000000-0000-4000-8000-0000000000a6" name="Walk.m4a" path="relative:///../../walk.m4a"/>`;
const HOSTILE_NOTES = `${GOOD_NOTE}
<Note guid="10a00000-0000-4000-8000-0000000000a2" name="Sneaky" plainTextPath="internal://../../../etc/passwd"/>
<Note guid="10a00000-0000-4000-8000-0000000000a3" name="Lost" plainTextPath="internal://gone.txt"/>
<Note guid="10a00000-0000-4000-8000-0000000000a4" name="Outside" plainTextPath="file:///etc/passwd"/>
<Note guid="10a00000-0000-4000-8000-0000000000a5" name="Endless" plainTextPath="internal://endless.txt"/>`;
const HOSTILE_REST = `<Sets><Set guid="5e700000-0000-4000-8000-0000000000a1" name="Round 1"><MemberSource targetGUID="9a000000-0000-4000-8000-0000000000a1"/></Set></Sets>
<Graphs><Graph guid="9f000000-0000-4000-8000-0000000000a1" name="Network"><Vertex guid="9f000000-0000-4000-8000-0000000000a2" representedGUID="${CODE}" firstX="1" firstY="2"/></Graph></Graphs>`;
const HOSTILE = zipSync({
  'project.qde': strToU8(qde(HOSTILE_SOURCES, HOSTILE_NOTES, HOSTILE_REST)),
  'sources/omar.txt': strToU8(TEXT),
  'sources/journal.txt': strToU8('Week 1 notes.'),
  'sources/endless.txt': strToU8(longText(MAX_NOTE_TEXT + 1)),
  'whiteboard.png': new Uint8Array([0x89, 0x50, 0x4e, 0x47]),
});

async function importFile(bytes: Uint8Array): Promise<{ store: Store; report: QdpxImportReport }> {
  const { dir, cleanup } = makeTempDir('alens-left-out-');
  const path = join(dir, 'imported.alens');
  const report = await importQdpxAsNewProject(bytes, 'planning.qdpx', path);
  const store = openProject(path);
  cleanups.push(() => {
    store.close();
    cleanup();
  });
  return { store, report };
}

// The text sources, codings and memos, without row ids.
function contents(store: Store) {
  return {
    sources: listSources(store).map((s) => [s.name, getSource(store, s.id).text]),
    codings: listCodingDetails(store).map((c) => `${c.sourceName} | ${c.nodePath} | ${c.text}`),
    memos: listMemos(store).map((m) => `${m.targetKind} | ${m.title} | ${m.plainText}`),
  };
}

describe('what an import cannot bring in', () => {
  it('lists every kind it leaves out, with counts and a reason, and brings in the rest as from the clean file', async () => {
    const clean = await importFile(CLEAN);
    expect(clean.report.leftOut).toEqual([]);
    const { store, report } = await importFile(HOSTILE);
    expect(contents(store)).toEqual(contents(clean.store));
    const left = Object.fromEntries(report.leftOut.map((l) => [l.what, l]));
    expect(Object.fromEntries(report.leftOut.map((l) => [l.what, l.count]))).toEqual({
      'Sources whose text is missing': 3,
      'Pictures': 1,
      'Audio files': 1,
      'Notes whose text cannot be read': 4,
      'Graphs (network views)': 1,
      'Source and note sets': 1,
    });
    for (const item of report.leftOut) expect(item.reason.length).toBeGreaterThan(20);
    expect(left['Sources whose text is missing']?.examples).toEqual([
      "Climbs out (its path internal://../project.qde climbs out of the archive's folders (..), so it is not read)",
      'Elsewhere (its text is outside the .qdpx (absolute:///etc/passwd); files outside the archive are not read)',
      'Not there (its file missing.txt is missing from the .qdpx)',
    ]);
    expect(left['Notes whose text cannot be read']?.examples).toEqual([
      "Sneaky (its path internal://../../../etc/passwd climbs out of the archive's folders (..), so it is not read)",
      'Lost (its file gone.txt is missing from the .qdpx)',
      'Outside (its text is outside the .qdpx (file:///etc/passwd); files outside the archive are not read)',
      `Endless (its text is ${(MAX_NOTE_TEXT + 1).toLocaleString('en')} characters long, more than the ${MAX_NOTE_TEXT.toLocaleString('en')} a memo takes)`,
    ]);
    // the picture and the audio stay as references by name and path, nothing more
    expect(store.db.prepare('SELECT kind, name, path FROM exchange_references ORDER BY name').all()).toEqual([
      { kind: 'audio', name: 'Walk.m4a', path: 'relative:///../../walk.m4a' },
      { kind: 'picture', name: 'Whiteboard.png', path: 'internal://whiteboard.png' },
    ]);
  });

  it('says the same in the preview, before anything is written', async () => {
    const preview = await previewQdpx(HOSTILE, 'planning.qdpx');
    expect(preview.leftOut.map((l) => l.what)).toContain('Notes whose text cannot be read');
    expect(preview.comingIn).toMatchObject({ sources: 1, codings: 1, memos: 1, references: 2 });
  });
});
