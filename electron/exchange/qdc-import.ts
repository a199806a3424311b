// Merging a REFI-QDA codebook (.qdc, or the codebook inside a .qdpx) into the open
// project as one undoable action, after showing what it adds and what it leaves alone.
import { planCodebookMerge } from '../../shared/exchange/codebook-merge.ts';
import type { CodebookMerge, ExistingNode } from '../../shared/exchange/codebook-merge.ts';
import type { RefiCodebook } from '../../shared/exchange/refi-model.ts';
import { ApiError } from '../../shared/errors.ts';
import type { QdcMergeReport, QdcPreview } from '../../shared/model/exchange.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import { readCodebook } from '../import/qdpx-read.ts';
import { openQdpx } from './qdpx-import.ts';
import { writeNodes } from './qdpx-write.ts';
import { decodeXmlBytes, parseXml } from '../import/qdpx-xml.ts';

const MAX_QDC_BYTES = 50 * 1024 * 1024;

// Reads a codebook from .qdc bytes (or from a .qdpx's project file).
export function readQdc(bytes: Uint8Array, fileName: string): RefiCodebook {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const { project } = openQdpx(bytes, fileName);
    return { origin: project.origin, codes: project.codes, sets: project.sets };
  }
  if (bytes.length > MAX_QDC_BYTES) throw new ApiError('TOO_LARGE', `${fileName} is larger than 50 MB, far more than any codebook needs.`);
  return readCodebook(parseXml(decodeXmlBytes(bytes), fileName), fileName);
}

function existingNodes(store: Store): ExistingNode[] {
  return (sql(store, 'SELECT id, guid, parent_id, name, question FROM nodes ORDER BY sort_order, id').all() as { id: number; guid: string; parent_id: number | null; name: string; question: number | null }[]).map(
    (n) => ({ id: n.id, guid: n.guid, parentId: n.parent_id, name: n.name, question: n.question }),
  );
}

function previewOf(merge: CodebookMerge, book: RefiCodebook, fileName: string): QdcPreview {
  return { fileName, origin: book.origin ?? null, codes: merge.total, newCodes: merge.added.length, matchedCodes: merge.matched, leftOut: merge.leftOut, notes: merge.notes };
}

// Shows what merging a codebook file would add to the open project.
export function previewQdc(store: Store, bytes: Uint8Array, fileName: string): QdcPreview {
  const book = readQdc(bytes, fileName);
  return previewOf(planCodebookMerge(book, existingNodes(store)), book, fileName);
}

// Merges a codebook file into the open project as one undoable action.
export function mergeQdc(store: Store, bytes: Uint8Array, fileName: string): QdcMergeReport {
  const book = readQdc(bytes, fileName);
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

