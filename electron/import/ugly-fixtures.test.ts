// Every file in fixtures/import (ugly inputs) through the reader process and into a
// project, as the CLI imports them: what is read, and what is refused with which reason.
import { readdirSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import type { Store } from '../db/store.ts';
import { getSource } from '../sources/sources.ts';
import { importFilesAutomatically } from '../sources/import-auto.ts';
import type { AutoOutcome } from '../sources/import-auto.ts';
import { createParseRunner, forkWorker } from '../infra/reader-runner.ts';
import type { ParseRunner } from '../infra/reader-runner.ts';

const DIR = join(import.meta.dirname, '../../fixtures/import');

type Expectation = { speakers: string[]; text?: RegExp; warning?: RegExp; kinds?: string[] } | { refused: RegExp } | { duplicateOf: string };

const EXPECTED: Record<string, Expectation> = {
  'cp1252-notes.txt': { speakers: ['Interviewer', 'Margaret'], text: /three things – focus, what we tried, and “what changed”\. It cost €40 .* Café chats/u, warning: /Windows-1252/ },
  'utf16le-bom.txt': { speakers: ['Interviewer', 'Zoë Adeyemi'] },
  'utf16be-bom.txt': { speakers: ['Interviewer', 'Łukasz Nowak'] },
  'utf16le-no-bom.txt': { speakers: ['Interviewer', 'Sinéad Byrne'], warning: /byte-order mark/ },
  'x-copy-of-teams-meeting.vtt': { duplicateOf: 'teams-meeting' },
  'utf8-bom-crlf-nfd.txt': { speakers: ['Interviewer', 'Renée Martin'], text: /^Interviewer: Where did the café meetings happen\?\n\nRenée Martin: In the learning café/u },
  'mac-cr-line-ends.txt': { speakers: ['Interviewer', 'Gareth'], text: /^Interviewer: Old Mac line ends\?\n\nGareth: Yes/u },
  'otter-export.txt': { speakers: ['Speaker 1', 'Speaker 2'] },
  'teams-meeting.vtt': { speakers: ['Interviewer', 'Imran Shah'], text: /\[00:00:04\] Imran Shah: Yes, loud and clear\. Shall I start with the trios\?$/u },
  'zoom-recording.vtt': { speakers: ['Interviewer', 'David Bennett'] },
  'subtitles.srt': { speakers: ['INTERVIEWER', 'JOANNE'], text: /JOANNE: Every fortnight, on a Wednesday\.$/u },
  'report-with-table.docx': { speakers: [], kinds: ['heading', 'paragraph', 'table-row', 'table-row', 'table-row', 'heading', 'paragraph'], warning: /One image was left out/ },
  'bold-speakers.odt': { speakers: ['Interviewer', 'Claire'], kinds: ['heading', 'turn', 'turn'] },
  'evaluation-summary.pdf': { speakers: [], kinds: ['heading', 'paragraph', 'paragraph'], text: /joined the online trios in January\./u },
  'vtt-without-header.vtt': { refused: /must start with "WEBVTT"/ },
  'binary-renamed.txt': { refused: /binary data/ },
  'empty.txt': { refused: /empty \(0 bytes\)/ },
  'whitespace-only.md': { refused: /no text/ },
  'renamed-text.docx': { refused: /not a zip container/ },
  'truncated.docx': { refused: /damaged or incomplete/ },
  'password-protected.docx': { refused: /password-protected/ },
  'password-protected.pdf': { refused: /password-protected/ },
  'not-a-pdf.pdf': { refused: /not a PDF/ },
  'damaged.pdf': { refused: /not a readable PDF|no text layer/ },
  'scanned.pdf': { refused: /no text layer.*OCR/ },
  'legacy.doc': { refused: /old Word format \(\.doc\)/ },
};

let store: Store & { close(): void };
let runner: ParseRunner;
let outcomes: Map<string, AutoOutcome>;
let before: Record<string, unknown[]>;

beforeAll(async () => {
  store = memoryStore();
  runner = createParseRunner(forkWorker());
  before = snapshotTables(store.db);
  const files = readdirSync(DIR).filter((f) => f !== 'README.md').sort();
  const results = await importFilesAutomatically(store, runner, files.map((f) => join(DIR, f)), {});
  outcomes = new Map(results.map((o) => [o.fileName, o]));
}, 60_000);
afterAll(() => {
  runner.close();
  store.close();
});

describe('ugly inputs in fixtures/import', () => {
  it('has an expectation for every file', () => {
    expect([...outcomes.keys()].sort()).toEqual(Object.keys(EXPECTED).sort());
  });

  it.each(Object.entries(EXPECTED))('%s', (file, expected) => {
    const outcome = outcomes.get(file);
    if ('refused' in expected) {
      expect(outcome).toMatchObject({ status: 'failed', message: expect.stringMatching(expected.refused) });
      if (outcome?.status === 'failed') expect(outcome.message).toContain(file);
      return;
    }
    if ('duplicateOf' in expected) {
      expect(outcome).toMatchObject({ status: 'duplicate', duplicateOf: { name: expected.duplicateOf } });
      return;
    }
    if (outcome?.status !== 'imported') throw new Error(`${file} was not imported: ${JSON.stringify(outcome)}`);
    const source = getSource(store, outcome.source.id);
    expect([...new Set(source.segments.flatMap((s) => (s.kind === 'turn' && s.labelStart !== null && s.speakerLabel ? [s.speakerLabel] : [])))]).toEqual(expected.speakers);
    if (expected.text) expect(source.text).toMatch(expected.text);
    if (expected.warning) expect(source.description).toMatch(expected.warning);
    if (expected.kinds) expect(source.segments.map((s) => s.kind)).toEqual(expected.kinds);
    expect(source.text).not.toMatch(/\r|\ufeff/u);
    expect(source.text).toBe(source.text.normalize('NFC'));
  });

  it('stored nothing of the refused files', () => {
    const refused = Object.values(EXPECTED).filter((e) => 'refused' in e).length;
    expect([...outcomes.values()].filter((o) => o.status === 'failed')).toHaveLength(refused);
    const names = (store.db.prepare('SELECT origin_file_name FROM sources').pluck().all() as string[]).sort();
    expect(names).toEqual(Object.keys(EXPECTED).filter((f) => 'speakers' in (EXPECTED[f] ?? {})).sort());
    expect(before).toBeDefined();
  });
});
