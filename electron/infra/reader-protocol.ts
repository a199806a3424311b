// Messages between the app and the reader process (parse-worker.ts).
import type { CaseTable, ImportedDocument } from '../../shared/model/import.ts';

export type WorkerRequest = { id: number; kind: 'document' | 'table'; fileName: string; bytes: Uint8Array };

export type WorkerResponse =
  | { id: number; ok: true; kind: 'document'; value: ImportedDocument }
  | { id: number; ok: true; kind: 'table'; value: CaseTable }
  | { id: number; ok: false; error: { code: string; message: string } };

// Tells whether a message from the reader process has the response shape.
export function isWorkerResponse(value: unknown): value is WorkerResponse {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { id?: unknown; ok?: unknown };
  return typeof v.id === 'number' && typeof v.ok === 'boolean';
}
