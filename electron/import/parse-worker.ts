// The reader process: reads untrusted files (readers in this folder) and answers one
// request at a time. Runs as an Electron utility process (process.parentPort) or as a
// Node child process (process.send); the app kills it on a timeout, and its heap is
// capped with --max-old-space-size, so a hostile file cannot take the app down.
import { ApiError } from '../../shared/errors.ts';
import { readCaseTable } from './read-case-table.ts';
import { readDocument } from './read-document.ts';
import { analyseDocument } from './segment-document.ts';
import type { WorkerRequest, WorkerResponse } from '../infra/reader-protocol.ts';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

function isRequest(value: unknown): value is WorkerRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<WorkerRequest>;
  return typeof v.id === 'number' && (v.kind === 'document' || v.kind === 'table') && typeof v.fileName === 'string' && v.bytes instanceof Uint8Array;
}

// Answers one request; never throws.
export async function handleRequest(request: WorkerRequest): Promise<WorkerResponse> {
  try {
    if (request.kind === 'table') return { id: request.id, ok: true, kind: 'table', value: await readCaseTable(request.fileName, request.bytes) };
    const doc = await readDocument(request.fileName, request.bytes);
    // speaker detection runs here too, off the app's main thread
    return { id: request.id, ok: true, kind: 'document', value: { ...doc, analysis: analyseDocument(doc) } };
  } catch (error) {
    if (error instanceof ApiError) return { id: request.id, ok: false, error: { code: error.code, message: error.message } };
    const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
    return { id: request.id, ok: false, error: { code: 'BAD_INPUT', message: `${request.fileName} could not be read (${detail}). It may be damaged. Nothing was imported.` } };
  }
}

function badRequest(value: unknown): WorkerResponse {
  const id = typeof value === 'object' && value !== null && typeof (value as { id?: unknown }).id === 'number' ? (value as { id: number }).id : -1;
  return { id, ok: false, error: { code: 'INTERNAL', message: 'The file reader received a request it does not understand.' } };
}

const parentPort = Reflect.get(process, 'parentPort') as ParentPort | undefined;
if (parentPort) {
  parentPort.on('message', (event) => {
    const data = event.data;
    void (isRequest(data) ? handleRequest(data) : Promise.resolve(badRequest(data))).then((response) => parentPort.postMessage(response));
  });
} else if (typeof process.send === 'function') {
  process.on('message', (data: unknown) => {
    void (isRequest(data) ? handleRequest(data) : Promise.resolve(badRequest(data))).then((response) => process.send?.(response));
  });
  // the app went away: nothing left to read for
  process.on('disconnect', () => process.exit(0));
}
