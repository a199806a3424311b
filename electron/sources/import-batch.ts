// Importing a batch of staged files: one transaction per file, in order, with progress
// ("file n of N") and cancel between files. A failed file leaves nothing behind and the
// others go on; a file whose content is already in the project is skipped as a duplicate.
import type { BatchResult, CommitItem, CommitOutcome } from '../../shared/model/import.ts';
import type { Store } from '../db/store.ts';
import { commitStaged } from './import-commit.ts';
import type { BatchCases } from './import-commit.ts';
import { failureOf, refuseIfProjectDamaged } from './import-staging.ts';
import type { StagingArea } from './import-staging.ts';

export interface BatchProgress {
  progress(done: number, total: number, message: string): void;
  signal: AbortSignal;
}

// Lets queued events (progress, a cancel request) through between files.
function breathe(): Promise<void> {
  return new Promise((resolve) => setImmediate(resolve));
}

// Imports confirmed staged files one transaction each; stops at a cancel, leaving the rest not imported.
export async function commitBatch(store: Store, staging: StagingArea, items: readonly CommitItem[], ctx: BatchProgress): Promise<BatchResult> {
  const outcomes: CommitOutcome[] = [];
  const batchCases: BatchCases = new Map();
  const total = items.length;
  let cancelled = false;
  for (const [i, item] of items.entries()) {
    const entry = staging.get(item.token);
    const fileName = entry?.file.fileName ?? item.name;
    if (cancelled || ctx.signal.aborted) {
      cancelled = true;
      outcomes.push({ status: 'cancelled', token: item.token, fileName });
      continue;
    }
    ctx.progress(i, total, `Importing file ${i + 1} of ${total}: ${fileName}`);
    if (!entry) {
      outcomes.push({ status: 'failed', token: item.token, fileName, code: 'NOT_FOUND', message: `${item.name} is no longer held for import (it was read too long ago or the app restarted). Add the file again.` });
      continue;
    }
    try {
      const outcome = commitStaged(store, entry, item, batchCases);
      outcomes.push(outcome);
      staging.discard([item.token]);
    } catch (error) {
      refuseIfProjectDamaged(store, error);
      const failure = failureOf({ fileName, path: entry.file.path }, error);
      outcomes.push({ status: 'failed', token: item.token, fileName, code: failure.code, message: failure.message });
    }
    ctx.progress(i + 1, total, `Imported ${i + 1} of ${total}`);
    await breathe();
  }
  return { outcomes, cancelled };
}
