// Stages a text file for import as the import dialog would: read, then described for review.
import type { Store } from '../../db/store.ts';
import { readDocument } from '../../import/read-document.ts';
import { describeStaged } from '../import-staging.ts';
import type { StagedEntry } from '../import-staging.ts';

// The staged entry of a file named `fileName` holding `text` (UTF-8), for commit tests.
export async function stageText(store: Store, fileName: string, text: string): Promise<StagedEntry> {
  const bytes = new TextEncoder().encode(text);
  return describeStaged(store, { fileName, path: null, bytes }, await readDocument(fileName, bytes));
}
