// Importing a batch of staged files: one transaction (one undo step) per file, in order,
// with progress ("file n of N"). Cancel is looked at between files and inside a file,
// between cutting it into segments and writing it: every file that finished stays, the
// file in flight and the rest are not imported and leave nothing behind. A failed file
// leaves nothing behind and the others go on; a file whose content is already in the
// project is skipped as a duplicate.
import type { BatchResult, CommitItem, CommitOutcome } from '../../shared/model/import.ts';
import type { Store } from '../db/store.ts';
import { commitStaged, prepareCommit } from './import-commit.ts';
import type { BatchCases } from './import-commit.ts';
import { failureOf, refuseIfProjectDamaged } from './import-staging.ts';
import type { StagedEntry, StagingArea } from './import-staging.ts';

export interface BatchProgress {
  progress(done: number, total: number, message: string): void;
  signal: AbortSignal;
}

// Test only: waits after a file has been imported (filesDone of the batch), before the next one.
export type ImportHold = (filesDone: number, signal: AbortSignal) => Promise<void>;

// Lets queued events through (a cancel request, progress): a timer turn, then two more
// turns of the event loop, so a request on a new connection (accepted on one turn, read on
// the next) is answered before the import goes on.
export async function letEventsIn(): Promise<void> {
  await new Promise((resolve) => setTimeout(resolve, 0));
  await new Promise((resolve) => setImmediate(resolve));
  await new Promise((resolve) => setImmediate(resolve));
}

// Test only (the e2e server): holds the import after its first file until it is cancelled.
export function holdAfterFirstFileUntilCancelled(filesDone: number, signal: AbortSignal): Promise<void> {
  if (filesDone !== 1 || signal.aborted) return Promise.resolve();
  return new Promise((resolve) => signal.addEventListener('abort', () => resolve(), { once: true }));
}

// Cuts one file, lets a cancel in, then writes it (one transaction); a cancel before the write leaves nothing.
async function importOne(store: Store, entry: StagedEntry, item: CommitItem, batchCases: BatchCases, signal: AbortSignal): Promise<CommitOutcome> {
  const fileName = entry.file.fileName;
  try {
    const prepared = prepareCommit(entry, item);
    await letEventsIn();
    if (signal.aborted) return { status: 'cancelled', token: item.token, fileName };
    return commitStaged(store, entry, item, batchCases, prepared);
  } catch (error) {
    refuseIfProjectDamaged(store, error);
    const failure = failureOf({ fileName, path: entry.file.path }, error);
    return { status: 'failed', token: item.token, fileName, code: failure.code, message: failure.message };
  }
}

// Imports confirmed staged files one transaction each; stops at a cancel, leaving the rest not imported.
export async function commitBatch(store: Store, staging: StagingArea, items: readonly CommitItem[], ctx: BatchProgress, hold?: ImportHold): Promise<BatchResult> {
  const outcomes: CommitOutcome[] = [];
  const batchCases: BatchCases = new Map();
  const total = items.length;
  for (const [i, item] of items.entries()) {
    const entry = staging.get(item.token);
    const fileName = entry?.file.fileName ?? item.name;
    if (ctx.signal.aborted) {
      outcomes.push({ status: 'cancelled', token: item.token, fileName });
      continue;
    }
    ctx.progress(i, total, `Importing file ${i + 1} of ${total}: ${fileName}`);
    if (!entry) {
      outcomes.push({ status: 'failed', token: item.token, fileName, code: 'NOT_FOUND', message: `${item.name} is no longer held for import (it was read too long ago or the app restarted). Add the file again.` });
      continue;
    }
    const outcome = await importOne(store, entry, item, batchCases, ctx.signal);
    outcomes.push(outcome);
    if (outcome.status === 'imported' || outcome.status === 'duplicate') staging.discard([item.token]);
    ctx.progress(i + 1, total, `Imported ${i + 1} of ${total}`);
    await hold?.(i + 1, ctx.signal);
    await letEventsIn();
  }
  return { outcomes, cancelled: outcomes.some((o) => o.status === 'cancelled') };
}
