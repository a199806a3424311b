// The reader process: reads untrusted files (readers in this folder) and answers one
// request at a time. Runs as an Electron utility process (process.parentPort) or as a
// Node child process (process.send); the app kills it on a timeout, and its heap is
// capped with --max-old-space-size, so a hostile file cannot take the app down.
import { ApiError } from '../../shared/errors.ts';
import { readCaseTable } from './read-case-table.ts';
import { readDocument } from './read-document.ts';
import { planQdpx, previewOf, readRefiCodebook } from './read-qdpx.ts';
import { analyseDocument } from './segment-document.ts';
import { READER_KINDS } from '../infra/reader-protocol.ts';
import type { PortablePlan, WorkerMessage, WorkerRequest, WorkerResponse } from '../infra/reader-protocol.ts';

interface ParentPort {
  on(event: 'message', listener: (event: { data: unknown }) => void): void;
  postMessage(message: unknown): void;
}

// Sends a message to the app; the promise (when there is one) settles once it has left, so a
// reader that sends much (the texts of a .qdpx) does not pile it up here.
type Post = (message: WorkerMessage) => void | Promise<void>;

function isRequest(value: unknown): value is WorkerRequest {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<WorkerRequest>;
  return typeof v.id === 'number' && READER_KINDS.some((k) => k === v.kind) && typeof v.fileName === 'string' && v.bytes instanceof Uint8Array;
}

function progressOf(id: number, post: Post): (done: number, total: number, message: string) => void {
  return (done, total, message) => void post({ id, progress: { done, total, message } });
}

// Plans a .qdpx import and sends each source's text, one after the other, before the plan (which holds no texts).
async function planAndSendTexts(request: WorkerRequest, post: Post): Promise<PortablePlan> {
  const { sources, ...plan } = planQdpx(request.bytes, request.fileName, progressOf(request.id, post));
  const encoder = new TextEncoder();
  const portable: PortablePlan['sources'] = [];
  for (const [index, { loadText, ...source }] of sources.entries()) {
    await post({ id: request.id, text: { index, bytes: encoder.encode(loadText()) } });
    portable.push(source);
  }
  return { ...plan, sources: portable };
}

async function answer(request: WorkerRequest, post: Post): Promise<WorkerResponse> {
  const { id, fileName, bytes } = request;
  switch (request.kind) {
    case 'table':
      return { id, ok: true, kind: 'table', value: await readCaseTable(fileName, bytes) };
    case 'document': {
      const doc = await readDocument(fileName, bytes);
      // speaker detection runs here too, off the app's main thread
      return { id, ok: true, kind: 'document', value: { ...doc, analysis: analyseDocument(doc) } };
    }
    case 'qdpx-preview':
      return { id, ok: true, kind: 'qdpx-preview', value: previewOf(planQdpx(bytes, fileName, progressOf(id, post)), fileName) };
    case 'qdpx-plan':
      return { id, ok: true, kind: 'qdpx-plan', value: await planAndSendTexts(request, post) };
    case 'codebook':
      return { id, ok: true, kind: 'codebook', value: readRefiCodebook(bytes, fileName) };
  }
}

// Answers one request (sending progress and texts on the way); never throws.
export async function handleRequest(request: WorkerRequest, post: Post = () => {}): Promise<WorkerResponse> {
  try {
    return await answer(request, post);
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

// Answers each request that comes in through `post`.
function serve(data: unknown, post: Post): void {
  void (isRequest(data) ? handleRequest(data, post) : Promise.resolve(badRequest(data))).then(post);
}

// Sends through the Node IPC channel, settling once the message has been written.
function sendToParent(message: WorkerMessage): Promise<void> {
  return new Promise((resolve) => {
    if (process.send === undefined) resolve();
    else process.send(message, undefined, undefined, () => resolve());
  });
}

const parentPort = Reflect.get(process, 'parentPort') as ParentPort | undefined;
if (parentPort) {
  parentPort.on('message', (event) => serve(event.data, (message) => parentPort.postMessage(message)));
} else if (typeof process.send === 'function') {
  process.on('message', (data: unknown) => serve(data, sendToParent));
  // the app went away: nothing left to read for
  process.on('disconnect', () => process.exit(0));
}
