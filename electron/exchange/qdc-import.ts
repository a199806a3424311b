// Merging a REFI-QDA codebook (.qdc, or the codebook inside a .qdpx) into the open
// project as one undoable action, after showing what it adds and what it leaves alone.
// The file is read in the reader process (electron/import/read-qdpx.ts).
import { planCodebookMerge } from '../../shared/exchange/codebook-merge.ts';
import type { CodebookMerge, ExistingNode } from '../../shared/exchange/codebook-merge.ts';
import type { RefiCodebook } from '../../shared/exchange/refi-model.ts';
import { ApiError } from '../../shared/errors.ts';
import type { QdcMergeReport, QdcPreview } from '../../shared/model/exchange.ts';
import { codebookQueries } from '../codebook/queries.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import { sharedReader } from '../infra/default-reader-runner.ts';
import type { ParseRunner } from '../infra/reader-runner.ts';
import { writeNodes } from './qdpx-write.ts';

// Reads a codebook from .qdc bytes (or from a .qdpx's project file) in the reader process.
function readQdc(bytes: Uint8Array, fileName: string, reader: ParseRunner = sharedReader()): Promise<RefiCodebook> {
  return reader.read('codebook', fileName, bytes);
}

function existingNodes(store: Store): ExistingNode[] {
  return codebookQueries(store)
    .inTreeOrder.all()
    .map((n) => ({ id: n.id, guid: n.guid, parentId: n.parent_id, name: n.name, question: n.question }));
}

function previewOf(merge: CodebookMerge, book: RefiCodebook, fileName: string): QdcPreview {
  return { fileName, origin: book.origin ?? null, codes: merge.total, newCodes: merge.added.length, matchedCodes: merge.matched, leftOut: merge.leftOut, notes: merge.notes };
}

// Shows what merging a codebook file would add to the open project.
export async function previewQdc(store: Store, bytes: Uint8Array, fileName: string, reader?: ParseRunner): Promise<QdcPreview> {
  const book = await readQdc(bytes, fileName, reader);
  return previewOf(planCodebookMerge(book, existingNodes(store)), book, fileName);
}

// Merges a codebook file into the open project as one undoable action.
export async function mergeQdc(store: Store, bytes: Uint8Array, fileName: string, reader?: ParseRunner): Promise<QdcMergeReport> {
  const book = await readQdc(bytes, fileName, reader);
  if (book.codes.length === 0) throw new ApiError('BAD_INPUT', `${fileName} holds no codes. Nothing was changed.`);
  const merge = planCodebookMerge(book, existingNodes(store));
  const label = `Merge codebook ${fileName}`.slice(0, 200);
  if (merge.added.length > 0) {
    runAction(store, label, (rec) => {
      writeNodes(rec, merge.added, store.now().toISOString(), (key) => {
        const m = key === null ? null : /^existing:(\d+)$/.exec(key);
        return m?.[1] ? Number(m[1]) : null;
      });
    });
  }
  return { ...previewOf(merge, book, fileName), undoLabel: merge.added.length > 0 ? label : '' };
}

