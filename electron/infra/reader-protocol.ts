// Messages between the app and the reader process (parse-worker.ts): one request, any
// number of progress and text messages, then one response.
import type { ImportPlan, PlanSource } from '../../shared/exchange/import-plan-types.ts';
import type { RefiCodebook } from '../../shared/exchange/refi-model.ts';
import type { QdpxPreview } from '../../shared/model/exchange.ts';
import type { CaseTable, ImportedDocument } from '../../shared/model/import.ts';

// A source of a planned import as it crosses to the app: its text comes in a message of its own.
type PortableSource = Omit<PlanSource, 'loadText'>;

// An import plan without its text loaders (functions do not cross processes).
export type PortablePlan = Omit<ImportPlan, 'sources'> & { sources: PortableSource[] };

// What each kind of request reads a file into.
export interface ReaderResults {
  // a transcript or report: canonical text and blocks
  document: ImportedDocument;
  // a CSV/XLSX table of case attributes
  table: CaseTable;
  // what a .qdpx would bring in and what not
  'qdpx-preview': QdpxPreview;
  // the import plan of a .qdpx; the sources' texts come first, as text messages
  'qdpx-plan': PortablePlan;
  // the codebook of a .qdc, or of a .qdpx's project
  codebook: RefiCodebook;
}

export type ReaderKind = keyof ReaderResults;

export const READER_KINDS: readonly ReaderKind[] = ['document', 'table', 'qdpx-preview', 'qdpx-plan', 'codebook'];

export type WorkerRequest = { id: number; kind: ReaderKind; fileName: string; bytes: Uint8Array };

// The reader's answer to a request of kind K.
export type WorkerAnswer<K extends ReaderKind> = { id: number; ok: true; kind: K; value: ReaderResults[K] };

export type WorkerResponse = { [K in ReaderKind]: WorkerAnswer<K> }[ReaderKind] | { id: number; ok: false; error: { code: string; message: string } };

// Sent while a request is read: how far it got, or one source's text (UTF-8) of a planned import.
export type WorkerUpdate = { id: number; progress: { done: number; total: number; message: string } } | { id: number; text: { index: number; bytes: Uint8Array } };

export type WorkerMessage = WorkerResponse | WorkerUpdate;

// Tells whether a message from the reader process has the response shape.
export function isWorkerResponse(value: unknown): value is WorkerResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { id?: unknown; ok?: unknown };
  return typeof v.id === 'number' && typeof v.ok === 'boolean';
}

// Tells whether a message from the reader process is a progress or text message.
export function isWorkerUpdate(value: unknown): value is WorkerUpdate {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { id?: unknown; progress?: unknown; text?: unknown };
  if (typeof v.id !== 'number') return false;
  const progress = v.progress as { done?: unknown; total?: unknown; message?: unknown } | undefined;
  const text = v.text as { index?: unknown; bytes?: unknown } | undefined;
  if (progress !== undefined) return typeof progress.done === 'number' && typeof progress.total === 'number' && typeof progress.message === 'string';
  return text !== undefined && typeof text.index === 'number' && text.bytes instanceof Uint8Array;
}
