// Cancelling an import: between files and inside a file (after it is cut into segments,
// before it is written). What finished stays, one undo step per file; the file in flight
// and the rest leave nothing behind. Cancels are tripped from progress callbacks or queued
// as events, never by waiting a time.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { CommitItem } from '../../shared/model/import.ts';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import type { Store } from '../db/store.ts';
import { undoState } from '../db/undo-log.ts';
import { commitBatch, holdAfterFirstFileUntilCancelled, letEventsIn } from './import-batch.ts';
import { commitStaged } from './import-commit.ts';
import { StagingArea } from './import-staging.ts';
import type { StagedEntry } from './import-staging.ts';
import { stageText } from './testing/stage-text.ts';

let store: Store & { close(): void };
beforeEach(() => {
  store = memoryStore();
});
afterEach(() => store.close());

function stage(fileName: string, text: string): Promise<StagedEntry> {
  return stageText(store, fileName, text);
}

function item(entry: StagedEntry): CommitItem {
  return {
    token: entry.file.token,
    name: entry.file.suggested.name,
    kind: 'transcript',
    round: null,
    mode: null,
    interviewDate: null,
    caseIds: [],
    speakers: entry.file.speakers.map((s) => ({ label: s.label, assign: s.label === 'Interviewer' ? { kind: 'interviewer' } : { kind: 'new-case', name: s.label } })),
    mediaPath: null,
  };
}

// Three staged transcripts, each with its own new speaker.
async function threeFiles(staging: StagingArea): Promise<StagedEntry[]> {
  const entries = [];
  for (const [n, who] of [['1', 'Ann'], ['2', 'Ben'], ['3', 'Cat']] as const) {
    entries.push(await stage(`round${n}.txt`, `Interviewer: Question ${n}?\n\n${who}: Answer ${n}.`));
  }
  for (const e of entries) staging.put(e);
  return entries;
}

// The project as it is with only the first file imported (on a fresh store).
async function withOnlyTheFirst(): Promise<ReturnType<typeof snapshotTables>> {
  const saved = store;
  store = memoryStore();
  try {
    const [first] = await threeFiles(new StagingArea());
    if (first) commitStaged(store, first, item(first));
    return snapshotTables(store.db);
  } finally {
    store.close();
    store = saved;
  }
}

describe('cancelling an import', () => {
  it('inside a file: the file being imported is cut but not written, the finished one stays', async () => {
    const expected = await withOnlyTheFirst();
    const staging = new StagingArea();
    const entries = await threeFiles(staging);
    const controller = new AbortController();
    const result = await commitBatch(store, staging, entries.map(item), {
      // pressed as file 2 starts: it is cut, then the cancel is seen before anything of it is written
      progress: (_done, _total, message) => {
        if (message.startsWith('Importing file 2 of 3')) controller.abort();
      },
      signal: controller.signal,
    });
    expect(result.cancelled).toBe(true);
    expect(result.outcomes.map((o) => [o.fileName, o.status])).toEqual([
      ['round1.txt', 'imported'],
      ['round2.txt', 'cancelled'],
      ['round3.txt', 'cancelled'],
    ]);
    expect(snapshotTables(store.db)).toEqual(expected);
    expect(undoState(store).undoLabel).toBe('Import round1');
    // the files not imported are still held, so they can be imported again
    expect(entries.map((e) => staging.get(e.file.token) !== undefined)).toEqual([false, true, true]);
  });

  it('between files: a cancel that arrives while a file is being written stops the import before the next', async () => {
    const staging = new StagingArea();
    const entries = await threeFiles(staging);
    const controller = new AbortController();
    let queued = false;
    // the cancel request comes in as an event while file 1's transaction runs
    const busy: Store = {
      ...store,
      newGuid: () => {
        if (!queued) setTimeout(() => controller.abort(), 0);
        queued = true;
        return store.newGuid();
      },
    };
    const result = await commitBatch(busy, staging, entries.map(item), { progress: () => {}, signal: controller.signal });
    expect(result.outcomes.map((o) => o.status)).toEqual(['imported', 'cancelled', 'cancelled']);
    expect(store.db.prepare('SELECT name FROM sources').pluck().all()).toEqual(['round1']);
    expect(store.db.prepare('SELECT real_name FROM cases').pluck().all()).toEqual(['Ann']);
  });

  it('held after the first file (the e2e hook) until cancelled, then imports nothing more', async () => {
    const staging = new StagingArea();
    const entries = await threeFiles(staging);
    const controller = new AbortController();
    const progress: string[] = [];
    let firstDone: () => void = () => {};
    const afterFirst = new Promise<void>((resolve) => (firstDone = resolve));
    const running = commitBatch(
      store,
      staging,
      entries.map(item),
      {
        progress: (_done, _total, message) => {
          progress.push(message);
          if (message === 'Imported 1 of 3') firstDone();
        },
        signal: controller.signal,
      },
      holdAfterFirstFileUntilCancelled,
    );
    await afterFirst;
    // however many turns pass, the second file does not start while held
    for (let i = 0; i < 5; i++) await letEventsIn();
    expect(progress).toEqual(['Importing file 1 of 3: round1.txt', 'Imported 1 of 3']);
    controller.abort();
    const result = await running;
    expect(result.outcomes.map((o) => o.status)).toEqual(['imported', 'cancelled', 'cancelled']);
    expect(store.db.prepare('SELECT count(*) FROM sources').pluck().get()).toBe(1);
  });

  it('holds nothing when no cancel comes and the batch is not held', async () => {
    const staging = new StagingArea();
    const entries = await threeFiles(staging);
    const result = await commitBatch(store, staging, entries.map(item), { progress: () => {}, signal: new AbortController().signal });
    expect(result).toMatchObject({ cancelled: false });
    expect(result.outcomes.map((o) => o.status)).toEqual(['imported', 'imported', 'imported']);
    expect(undoState(store).undoLabel).toBe('Import round3');
  });
});
