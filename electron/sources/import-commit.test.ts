// Writing staged files: one transaction and one undo step per file, speakers attributed
// as confirmed, duplicates skipped, and a file that fails leaves no trace while the
// batch goes on; cancel stops between files.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommitItem, SpeakerAssignment } from '../../shared/model/import.ts';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { getSource } from './sources.ts';
import { createCase, listCases } from '../cases/cases.ts';
import type { Store } from '../db/store.ts';
import { redo, undo, undoState } from '../db/undo-log.ts';
import { commitBatch } from './import-batch.ts';
import { commitStaged } from './import-commit.ts';
import { assignSpeaker, setSourceCases } from './source-links.ts';
import { StagingArea } from './import-staging.ts';
import type { StagedEntry } from './import-staging.ts';
import { stageText } from './testing/stage-text.ts';

const TRANSCRIPT = 'Interview 3\nDate: 14 October 2025\nMode: telephone\n\nInterviewer: How did the trios start?\n\nGareth: Online, in January.\n\nMore about that later.\n\nInterviewer: Thanks.';

let store: Store & { close(): void };
beforeEach(() => {
  store = memoryStore();
});
afterEach(() => store.close());

function stage(fileName: string, text: string): Promise<StagedEntry> {
  return stageText(store, fileName, text);
}

function item(entry: StagedEntry, speakers: Record<string, SpeakerAssignment>, extra: Partial<CommitItem> = {}): CommitItem {
  return {
    token: entry.file.token,
    name: entry.file.suggested.name,
    kind: 'transcript',
    round: 1,
    mode: entry.file.suggested.mode,
    interviewDate: entry.file.suggested.interviewDate,
    caseIds: [],
    speakers: Object.entries(speakers).map(([label, assign]) => ({ label, assign })),
    mediaPath: null,
    ...extra,
  };
}

const never = new AbortController().signal;

describe('staging', () => {
  it('suggests the interviewer, cases by name, and details from the header', async () => {
    createCase(store, { realName: 'Gareth Lloyd', label: 'Tutor, Project 1' });
    const entry = await stage('lloyd-round2.txt', TRANSCRIPT);
    expect(entry.file.speakers.map((s) => [s.label, s.turns, s.suggestion.kind])).toEqual([
      ['Interviewer', 2, 'interviewer'],
      ['Gareth', 1, 'case'],
    ]);
    expect(entry.file.suggested).toMatchObject({ name: 'lloyd-round2', kind: 'transcript', round: 2, interviewDate: '2025-10-14', mode: 'telephone' });
    expect(entry.file.counts).toEqual({ turns: 3, paragraphs: 2, headings: 0, tableRows: 0 });
    expect(entry.file.duplicateOf).toBeNull();
  });
});

describe('committing one file', () => {
  it('writes the source, its turns with speakers, a new case, and one undo step that undoes exactly', async () => {
    const before = snapshotTables(store.db);
    const entry = await stage('lloyd.txt', TRANSCRIPT);
    const outcome = commitStaged(store, entry, item(entry, { Interviewer: { kind: 'interviewer' }, Gareth: { kind: 'new-case', name: 'Gareth Lloyd', role: 'mentee' } }));
    expect(outcome).toMatchObject({ status: 'imported', newCases: ['Gareth Lloyd'] });
    if (outcome.status !== 'imported') return;
    const source = getSource(store, outcome.source.id);
    expect(source).toMatchObject({ kind: 'transcript', round: 1, mode: 'telephone', interviewDate: '2025-10-14', originFormat: 'txt', originFileName: 'lloyd.txt', caseNames: ['Gareth Lloyd'] });
    const gareth = listCases(store).find((c) => c.realName === 'Gareth Lloyd');
    expect(gareth?.role).toBe('mentee');
    const turns = source.segments.filter((s) => s.kind === 'turn').map((s) => [s.speakerLabel, s.isInterviewer, s.caseId === gareth?.id]);
    // the unlabelled paragraph after Gareth's turn is his too
    expect(turns).toEqual([
      ['Interviewer', true, false],
      ['Gareth', false, true],
      ['Gareth', false, true],
      ['Interviewer', true, false],
    ]);
    expect(undoState(store).undoLabel).toBe('Import lloyd');
    const after = snapshotTables(store.db);
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
    redo(store);
    expect(snapshotTables(store.db)).toEqual(after);
  });

  it('skips a file whose text is already in the project, writing nothing', async () => {
    const first = await stage('a.txt', TRANSCRIPT);
    commitStaged(store, first, item(first, {}));
    const before = snapshotTables(store.db);
    const undoBefore = undoState(store);
    const again = await stage('copy of a.txt', TRANSCRIPT);
    expect(again.file.duplicateOf?.name).toBe('a');
    expect(commitStaged(store, again, item(again, {}))).toMatchObject({ status: 'duplicate', duplicateOf: { name: 'a' } });
    expect(snapshotTables(store.db)).toEqual(before);
    expect(undoState(store)).toEqual(undoBefore);
  });

  it('keeps a speaker marked "not a speaker" as plain text, and one without a case as a turn', async () => {
    const entry = await stage('t.txt', 'Interviewer: Hi.\n\nAgenda Item: budget.\n\nAnn: Hello.');
    const outcome = commitStaged(store, entry, item(entry, { Interviewer: { kind: 'interviewer' }, 'Agenda Item': { kind: 'none' }, Ann: { kind: 'unassigned' } }, { kind: 'other' }));
    if (outcome.status !== 'imported') throw new Error(outcome.status);
    const segs = getSource(store, outcome.source.id).segments.map((s) => `${s.kind}:${s.speakerLabel ?? ''}:${s.caseId ?? ''}`);
    expect(segs).toEqual(['turn:Interviewer:', 'paragraph::', 'turn:Ann:']);
    expect(listCases(store)).toEqual([]);
  });

  it('leaves no trace of a file that fails', async () => {
    const before = snapshotTables(store.db);
    const entry = await stage('t.txt', TRANSCRIPT);
    expect(() => commitStaged(store, entry, item(entry, { Gareth: { kind: 'new-case', name: 'Gareth' } }, { caseIds: [999] }))).toThrow(/no longer exists/);
    expect(snapshotTables(store.db)).toEqual(before);
  });
});

describe('a batch', () => {
  it('imports file by file with progress, goes on after a failure, and shares new cases between files', async () => {
    const staging = new StagingArea();
    const a = await stage('round1.txt', 'Interviewer: One?\n\nJane: Yes.');
    const bad = await stage('bad.txt', 'Interviewer: Two?\n\nJane: Maybe.');
    const b = await stage('round2.txt', 'Interviewer: Three?\n\nJane: No.');
    for (const e of [a, bad, b]) staging.put(e);
    const progress: string[] = [];
    const jane = { kind: 'new-case', name: 'Jane' } as const;
    const result = await commitBatch(store, staging, [item(a, { Jane: jane }), item(bad, { Jane: jane }, { caseIds: [12345] }), item(b, { Jane: jane })], {
      progress: (done, total, message) => progress.push(`${done}/${total} ${message}`),
      signal: never,
    });
    expect(result.outcomes.map((o) => o.status)).toEqual(['imported', 'failed', 'imported']);
    expect(result.outcomes[1]).toMatchObject({ fileName: 'bad.txt', message: expect.stringMatching(/no longer exists/) });
    expect(progress).toContain('0/3 Importing file 1 of 3: round1.txt');
    expect(progress).toContain('3/3 Imported 3 of 3');
    expect(listCases(store).map((c) => c.realName)).toEqual(['Jane']);
    expect(store.db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(2);
    // imported files are no longer held; the failed one is, for another try
    expect(staging.get(a.file.token)).toBeUndefined();
    expect(staging.get(bad.file.token)).toBeDefined();
  });

  it('stops at a cancel between files; the rest are reported as not imported', async () => {
    const staging = new StagingArea();
    const entries = await Promise.all(['1', '2', '3'].map((n) => stage(`f${n}.txt`, `Text number ${n}.`)));
    for (const e of entries) staging.put(e);
    const controller = new AbortController();
    const result = await commitBatch(store, staging, entries.map((e) => item(e, {}, { kind: 'other' })), {
      progress: (done) => {
        if (done === 1) controller.abort();
      },
      signal: controller.signal,
    });
    expect(result.cancelled).toBe(true);
    expect(result.outcomes.map((o) => o.status)).toEqual(['imported', 'cancelled', 'cancelled']);
  });

  it('says when a staged file is no longer held', async () => {
    const result = await commitBatch(store, new StagingArea(), [{ token: 'gone', name: 'Gone', kind: 'other', round: null, mode: null, interviewDate: null, caseIds: [], speakers: [], mediaPath: null }], { progress: () => {}, signal: never });
    expect(result.outcomes[0]).toMatchObject({ status: 'failed', message: expect.stringMatching(/Add the file again/) });
  });
});

describe('editing after import', () => {
  it('sets a source’s cases and attributes a speaker again, each one undo step', async () => {
    const entry = await stage('t.txt', TRANSCRIPT);
    const outcome = commitStaged(store, entry, item(entry, { Interviewer: { kind: 'interviewer' }, Gareth: { kind: 'unassigned' } }));
    if (outcome.status !== 'imported') throw new Error(outcome.status);
    const id = outcome.source.id;
    const other = createCase(store, { realName: 'Rachel Pryce', label: 'Broker, Project 1' });
    const before = snapshotTables(store.db);
    expect(setSourceCases(store, id, [other.id]).caseNames).toEqual(['Broker, Project 1']);
    expect(assignSpeaker(store, id, 'gareth', { kind: 'new-case', name: 'Gareth Lloyd' })).toBe(2);
    const source = getSource(store, id);
    expect(source.caseNames.sort()).toEqual(['Broker, Project 1', 'Gareth Lloyd']);
    expect(source.segments.filter((s) => s.speakerLabel === 'Gareth').every((s) => s.caseId !== null)).toBe(true);
    undo(store);
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
  });
});

describe('full-text rows written by the import', () => {
  const text = Array.from({ length: 40 }, (_, i) => `Interviewer: Question ${i} about the café log?\n\nZoë: Answer ${i}, with 🙂 and more words.`).join('\n\n');

  // every token of the index: term, segment, column and position
  function indexContents(s: Store): unknown[] {
    s.db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_instances USING fts5vocab(main, 'segments_fts', 'instance')");
    return s.db.prepare('SELECT term, doc, col, offset FROM temp.fts_instances ORDER BY doc, offset, term').all();
  }

  it('are exactly the rows the trigger writes from the stored text', async () => {
    const entry = await stage('big.txt', text);
    commitStaged(store, entry, item(entry, {}));
    const direct = indexContents(store);
    expect(direct.length).toBeGreaterThan(400);
    // re-index every segment through the triggers (substr() of the stored source)
    store.db.prepare('UPDATE segments SET start = start').run();
    expect(indexContents(store)).toEqual(direct);
    expect(store.db.prepare("SELECT count(*) FROM segments_fts WHERE segments_fts MATCH 'café'").pluck().get()).toBe(40);
  });

  it('leave the trigger on for other writers, also after a file fails part-way', async () => {
    const entry = await stage('big.txt', text);
    const before = snapshotTables(store.db);
    let guids = 0;
    const failing: Store = { ...store, newGuid: () => (++guids > 20 ? (() => { throw new Error('disk trouble'); })() : store.newGuid()) };
    expect(() => commitStaged(failing, entry, item(entry, {}))).toThrow(/disk trouble/);
    expect(snapshotTables(store.db)).toEqual(before);
    expect(store.db.prepare('SELECT count(*) FROM segments_fts_direct').pluck().get()).toBe(0);
    commitStaged(store, entry, item(entry, {}));
    expect(store.db.prepare('SELECT count(*) FROM segments_fts_direct').pluck().get()).toBe(0);
    const direct = indexContents(store);
    undo(store);
    expect(indexContents(store)).toEqual([]);
    // redo re-inserts the segments through the trigger
    redo(store);
    expect(indexContents(store)).toEqual(direct);
  });
});
