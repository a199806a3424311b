// Runs the file readers in a separate process with a wall-clock timeout and a heap cap,
// one request at a time, behind one interface whatever starts the process: Node's
// child_process.fork (browser mode, the CLI, tests) here, Electron's utilityProcess in
// utility-runner.ts. A reader that hangs, crashes or runs out of memory fails that one
// file with a clear reason; the process is replaced for the next file.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ApiError, ERROR_CODES } from '../../shared/errors.ts';
import type { ErrorCode } from '../../shared/errors.ts';
import type { CaseTable, ImportedDocument } from '../../shared/model/import.ts';
import { formatMegabytes, LIMITS, timeoutFor } from '../import/limits.ts';
import { isWorkerResponse } from './reader-protocol.ts';
import type { WorkerRequest, WorkerResponse } from './reader-protocol.ts';

export interface ParseRunner {
  // reads a transcript or report into canonical text and blocks
  readDocument(fileName: string, bytes: Uint8Array, signal?: AbortSignal): Promise<ImportedDocument>;
  // reads a CSV/XLSX table of case attributes
  readTable(fileName: string, bytes: Uint8Array, signal?: AbortSignal): Promise<CaseTable>;
  // stops the reader process
  close(): void;
}

// One started reader process, whatever started it.
export interface WorkerHandle {
  send(request: WorkerRequest): void;
  // the process's answers
  onMessage(listener: (message: unknown) => void): void;
  // the process ended; `output` is the end of what it wrote to stderr
  onExit(listener: (code: number | null, output: string) => void): void;
  kill(): void;
  // lets the app exit while the process idles (and holds it while it works)
  setBusy(busy: boolean): void;
}

export type SpawnWorker = (memoryMb: number) => WorkerHandle;

export interface RunnerOptions {
  memoryMb?: number;
  timeoutFor?: (bytes: number) => number;
  idleMs?: number;
}

interface Job {
  id: number;
  kind: WorkerRequest['kind'];
  fileName: string;
  bytes: Uint8Array;
  signal: AbortSignal | undefined;
  resolve(value: WorkerResponse): void;
  reject(error: unknown): void;
}

function toCode(code: string): ErrorCode {
  return (ERROR_CODES as readonly string[]).includes(code) ? (code as ErrorCode) : 'BAD_INPUT';
}

function cancelled(fileName: string): ApiError {
  return new ApiError('CANCELLED', `Reading ${fileName} was cancelled. Nothing of it was imported.`);
}

// Makes a runner that starts reader processes with `spawn`.
export function createParseRunner(spawn: SpawnWorker, options: RunnerOptions = {}): ParseRunner {
  const memoryMb = options.memoryMb ?? LIMITS.worker.memoryMb;
  const limitFor = options.timeoutFor ?? timeoutFor;
  const idleMs = options.idleMs ?? LIMITS.worker.idleMs;
  let worker: WorkerHandle | null = null;
  let busy: { job: Job; timer: ReturnType<typeof setTimeout>; onAbort: () => void } | null = null;
  const queue: Job[] = [];
  let nextId = 1;
  let idleTimer: ReturnType<typeof setTimeout> | null = null;
  let closed = false;

  const stopWorker = () => {
    const w = worker;
    worker = null;
    w?.kill();
  };

  const settle = (): Job | null => {
    if (!busy) return null;
    const { job, timer, onAbort } = busy;
    clearTimeout(timer);
    job.signal?.removeEventListener('abort', onAbort);
    busy = null;
    return job;
  };

  const scheduleIdle = () => {
    if (idleTimer) clearTimeout(idleTimer);
    idleTimer = setTimeout(() => {
      if (!busy && queue.length === 0) stopWorker();
    }, idleMs);
    idleTimer.unref?.();
  };

  const start = (): WorkerHandle => {
    const w = spawn(memoryMb);
    w.onMessage((message) => {
      if (w !== worker || !isWorkerResponse(message) || !busy || message.id !== busy.job.id) return;
      settle()?.resolve(message);
      pump();
    });
    w.onExit((code, output) => {
      if (w !== worker) return;
      worker = null;
      const job = settle();
      if (job) {
        const outOfMemory = /heap out of memory|heap limit|Allocation failed|ERR_WORKER_OUT_OF_MEMORY|OOM/iu.test(output);
        job.reject(
          outOfMemory
            ? new ApiError('TOO_LARGE', `${job.fileName} needed more than the ${memoryMb} MB of memory a file may use while it is read; it may be damaged or built to exhaust memory. Nothing was imported.`)
            : new ApiError('BAD_INPUT', `The reader stopped unexpectedly while reading ${job.fileName} (exit code ${code ?? 'none'}); the file may be damaged. Nothing was imported.`),
        );
      }
      pump();
    });
    return w;
  };

  function pump(): void {
    if (busy || closed) return;
    const job = queue.shift();
    if (!job) {
      worker?.setBusy(false);
      scheduleIdle();
      return;
    }
    if (job.signal?.aborted) {
      job.reject(cancelled(job.fileName));
      pump();
      return;
    }
    if (idleTimer) clearTimeout(idleTimer);
    worker ??= start();
    worker.setBusy(true);
    const limit = limitFor(job.bytes.length);
    const timer = setTimeout(() => {
      const timedOut = settle();
      stopWorker();
      timedOut?.reject(new ApiError('BAD_INPUT', `${job.fileName} took longer than ${Math.round(limit / 1000)} seconds to read (a ${formatMegabytes(job.bytes.length)} file); it may be damaged or built to stall a reader. Nothing was imported.`));
      pump();
    }, limit);
    const onAbort = () => {
      const stopped = settle();
      stopWorker();
      stopped?.reject(cancelled(job.fileName));
      pump();
    };
    job.signal?.addEventListener('abort', onAbort, { once: true });
    busy = { job, timer, onAbort };
    try {
      worker.send({ id: job.id, kind: job.kind, fileName: job.fileName, bytes: job.bytes });
    } catch (error) {
      settle();
      stopWorker();
      job.reject(new ApiError('INTERNAL', `The file reader could not be started (${error instanceof Error ? error.message : 'unknown error'}).`));
      pump();
    }
  }

  const request = (kind: WorkerRequest['kind'], fileName: string, bytes: Uint8Array, signal?: AbortSignal): Promise<WorkerResponse> => {
    if (closed) return Promise.reject(new ApiError('INTERNAL', 'The file reader has been shut down.'));
    return new Promise<WorkerResponse>((resolve, reject) => {
      queue.push({ id: nextId++, kind, fileName, bytes, signal, resolve, reject });
      pump();
    });
  };

  const unwrap = (response: WorkerResponse): WorkerResponse & { ok: true } => {
    if (!response.ok) throw new ApiError(toCode(response.error.code), response.error.message);
    return response;
  };

  return {
    async readDocument(fileName, bytes, signal) {
      const response = unwrap(await request('document', fileName, bytes, signal));
      if (response.kind !== 'document') throw new ApiError('INTERNAL', 'The file reader answered with the wrong kind of result.');
      return response.value;
    },
    async readTable(fileName, bytes, signal) {
      const response = unwrap(await request('table', fileName, bytes, signal));
      if (response.kind !== 'table') throw new ApiError('INTERNAL', 'The file reader answered with the wrong kind of result.');
      return response.value;
    },
    close() {
      closed = true;
      if (idleTimer) clearTimeout(idleTimer);
      const job = settle();
      job?.reject(new ApiError('CANCELLED', 'The file reader was shut down.'));
      for (const waiting of queue.splice(0)) waiting.reject(new ApiError('CANCELLED', 'The file reader was shut down.'));
      stopWorker();
    },
  };
}

// The reader process's entry for Node: the TypeScript source, run through tsx.
export function defaultWorkerEntry(): string {
  return fileURLToPath(new URL('../import/parse-worker.ts', import.meta.url));
}

// Starts reader processes with child_process.fork (TypeScript entries run through tsx).
export function forkWorker(entry: string = defaultWorkerEntry()): SpawnWorker {
  return (memoryMb) => {
    const execArgv = [`--max-old-space-size=${memoryMb}`];
    if (/\.[cm]?ts$/u.test(entry)) execArgv.unshift('--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href);
    const child = fork(entry, [], { execArgv, serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
    let output = '';
    child.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    });
    const exitListeners: ((code: number | null, output: string) => void)[] = [];
    let exited = false;
    child.on('exit', (code, signal) => {
      exited = true;
      // let stderr drain so an out-of-memory message is seen
      setImmediate(() => {
        for (const listener of exitListeners) listener(code ?? (signal ? 128 : null), output);
      });
    });
    child.on('error', () => {
      if (!exited) child.kill('SIGKILL');
    });
    return {
      send(message) {
        child.send(message);
      },
      onMessage(listener) {
        child.on('message', listener);
      },
      onExit(listener) {
        exitListeners.push(listener);
      },
      kill() {
        if (!exited) child.kill('SIGKILL');
      },
      setBusy(busy) {
        const stderr = child.stderr as (NodeJS.ReadableStream & { ref?: () => void; unref?: () => void }) | null;
        if (busy) {
          child.ref();
          child.channel?.ref();
          stderr?.ref?.();
        } else {
          child.unref();
          child.channel?.unref();
          stderr?.unref?.();
        }
      },
    };
  };
}
