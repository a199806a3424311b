// Runs the file readers in a separate process with a wall-clock timeout and a heap cap,
// one request at a time, behind one interface whatever starts the process: Node's
// child_process.fork (browser mode, the CLI, tests) here, Electron's utilityProcess in
// utility-reader-runner.ts. A reader that hangs, crashes or runs out of memory fails that
// one file with a clear reason; the process is replaced for the next file.
import { fork } from 'node:child_process';
import { createRequire } from 'node:module';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { ApiError, ERROR_CODES } from '../../shared/errors.ts';
import type { ErrorCode } from '../../shared/errors.ts';
import type { CaseTable, ImportedDocument } from '../../shared/model/import.ts';
import { formatMegabytes, LIMITS, timeoutFor } from '../import/limits.ts';
import { isWorkerResponse, isWorkerUpdate } from './reader-protocol.ts';
import type { ReaderKind, ReaderResults, WorkerAnswer, WorkerRequest, WorkerResponse, WorkerUpdate } from './reader-protocol.ts';

export interface ReadOptions {
  signal?: AbortSignal;
  // how far the reader got (a .qdpx reports each source)
  onProgress?: (done: number, total: number, message: string) => void;
  // one source's text (UTF-8) of a planned .qdpx import, in the order of the plan's sources
  onText?: (index: number, bytes: Uint8Array) => void;
}

export interface ParseRunner {
  // reads a file of one kind in the reader process
  read<K extends ReaderKind>(kind: K, fileName: string, bytes: Uint8Array, options?: ReadOptions): Promise<ReaderResults[K]>;
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
  kind: ReaderKind;
  fileName: string;
  bytes: Uint8Array;
  options: ReadOptions;
  resolve(value: WorkerResponse): void;
  reject(error: unknown): void;
}

function toCode(code: string): ErrorCode {
  return ERROR_CODES.find((known) => known === code) ?? 'BAD_INPUT';
}

function cancelled(fileName: string): ApiError {
  return new ApiError('CANCELLED', `Reading ${fileName} was cancelled. Nothing of it was imported.`);
}

function answers<K extends ReaderKind>(response: WorkerResponse | WorkerAnswer<K>, kind: K): response is WorkerAnswer<K> {
  return response.ok && response.kind === kind;
}

// The reader processes of one runner: one at a time, replaced after a failure, stopped when idle.
class ProcessRunner implements ParseRunner {
  private readonly memoryMb: number;
  private readonly limitFor: (bytes: number) => number;
  private readonly idleMs: number;
  private worker: WorkerHandle | null = null;
  private busy: { job: Job; timer: ReturnType<typeof setTimeout>; onAbort: () => void } | null = null;
  private readonly queue: Job[] = [];
  private nextId = 1;
  private idleTimer: ReturnType<typeof setTimeout> | null = null;
  private closed = false;

  constructor(
    private readonly spawn: SpawnWorker,
    options: RunnerOptions,
  ) {
    this.memoryMb = options.memoryMb ?? LIMITS.worker.memoryMb;
    this.limitFor = options.timeoutFor ?? timeoutFor;
    this.idleMs = options.idleMs ?? LIMITS.worker.idleMs;
  }

  async read<K extends ReaderKind>(kind: K, fileName: string, bytes: Uint8Array, options: ReadOptions = {}): Promise<ReaderResults[K]> {
    if (this.closed) throw new ApiError('INTERNAL', 'The file reader has been shut down.');
    const response = await new Promise<WorkerResponse>((resolve, reject) => {
      this.queue.push({ id: this.nextId++, kind, fileName, bytes, options, resolve, reject });
      this.pump();
    });
    if (!response.ok) throw new ApiError(toCode(response.error.code), response.error.message);
    if (!answers(response, kind)) throw new ApiError('INTERNAL', 'The file reader answered with the wrong kind of result.');
    return response.value;
  }

  readDocument(fileName: string, bytes: Uint8Array, signal?: AbortSignal): Promise<ImportedDocument> {
    return this.read('document', fileName, bytes, { signal });
  }

  readTable(fileName: string, bytes: Uint8Array, signal?: AbortSignal): Promise<CaseTable> {
    return this.read('table', fileName, bytes, { signal });
  }

  close(): void {
    this.closed = true;
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.settle()?.reject(new ApiError('CANCELLED', 'The file reader was shut down.'));
    for (const waiting of this.queue.splice(0)) waiting.reject(new ApiError('CANCELLED', 'The file reader was shut down.'));
    this.stopWorker();
  }

  private stopWorker(): void {
    const w = this.worker;
    this.worker = null;
    w?.kill();
  }

  // Ends the job in progress (its timer and abort listener) and returns it.
  private settle(): Job | null {
    if (!this.busy) return null;
    const { job, timer, onAbort } = this.busy;
    clearTimeout(timer);
    job.options.signal?.removeEventListener('abort', onAbort);
    this.busy = null;
    return job;
  }

  // Fails the job in progress, replacing the reader process for the next one.
  private fail(error: unknown): void {
    const job = this.settle();
    this.stopWorker();
    job?.reject(error);
    this.pump();
  }

  private scheduleIdle(): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    this.idleTimer = setTimeout(() => {
      if (!this.busy && this.queue.length === 0) this.stopWorker();
    }, this.idleMs);
    this.idleTimer.unref?.();
  }

  private start(): WorkerHandle {
    const w = this.spawn(this.memoryMb);
    w.onMessage((message) => {
      if (w !== this.worker || !this.busy) return;
      if (isWorkerUpdate(message)) this.update(message);
      else if (isWorkerResponse(message) && message.id === this.busy.job.id) {
        this.settle()?.resolve(message);
        this.pump();
      }
    });
    w.onExit((code, output) => {
      if (w !== this.worker) return;
      this.worker = null;
      const job = this.settle();
      if (job) {
        const outOfMemory = /heap out of memory|heap limit|Allocation failed|ERR_WORKER_OUT_OF_MEMORY|OOM/iu.test(output);
        job.reject(
          outOfMemory
            ? new ApiError('TOO_LARGE', `${job.fileName} needed more than the ${this.memoryMb} MB of memory a file may use while it is read; it may be damaged or built to exhaust memory. Nothing was imported.`)
            : new ApiError('BAD_INPUT', `The reader stopped unexpectedly while reading ${job.fileName} (exit code ${code ?? 'none'}); the file may be damaged. Nothing was imported.`),
        );
      }
      this.pump();
    });
    return w;
  }

  // Hands a progress or text message to the job it is about; a listener that throws fails the job.
  private update(message: WorkerUpdate): void {
    const job = this.busy?.job;
    if (job === undefined || message.id !== job.id) return;
    try {
      if ('progress' in message) job.options.onProgress?.(message.progress.done, message.progress.total, message.progress.message);
      else job.options.onText?.(message.text.index, message.text.bytes);
    } catch (error) {
      this.fail(error);
    }
  }

  private pump(): void {
    if (this.busy || this.closed) return;
    const job = this.queue.shift();
    if (!job) {
      this.worker?.setBusy(false);
      this.scheduleIdle();
      return;
    }
    if (job.options.signal?.aborted) {
      job.reject(cancelled(job.fileName));
      this.pump();
      return;
    }
    this.run(job);
  }

  private run(job: Job): void {
    if (this.idleTimer) clearTimeout(this.idleTimer);
    const worker = (this.worker ??= this.start());
    worker.setBusy(true);
    const limit = this.limitFor(job.bytes.length);
    const timer = setTimeout(() => {
      this.fail(new ApiError('BAD_INPUT', `${job.fileName} took longer than ${Math.round(limit / 1000)} seconds to read (a ${formatMegabytes(job.bytes.length)} file); it may be damaged or built to stall a reader. Nothing was imported.`));
    }, limit);
    const onAbort = () => this.fail(cancelled(job.fileName));
    job.options.signal?.addEventListener('abort', onAbort, { once: true });
    this.busy = { job, timer, onAbort };
    try {
      worker.send({ id: job.id, kind: job.kind, fileName: job.fileName, bytes: job.bytes });
    } catch (error) {
      this.fail(new ApiError('INTERNAL', `The file reader could not be started (${error instanceof Error ? error.message : 'unknown error'}).`));
    }
  }
}

// Makes a runner that starts reader processes with `spawn`.
export function createParseRunner(spawn: SpawnWorker, options: RunnerOptions = {}): ParseRunner {
  return new ProcessRunner(spawn, options);
}

// The reader process's entry for Node: the TypeScript source, run through tsx.
export function defaultWorkerEntry(): string {
  return fileURLToPath(new URL('../import/parse-worker.ts', import.meta.url));
}

// The environment of a reader process: the command line's, less the passphrases it may hold
// (a reader reads untrusted files and has no use for them).
function readerEnvironment(): NodeJS.ProcessEnv {
  const env = { ...process.env };
  delete env.ACTIVITY_LENS_PASSWORD;
  delete env.ACTIVITY_LENS_NEW_PASSWORD;
  return env;
}

// Starts reader processes with child_process.fork (TypeScript entries run through tsx).
export function forkWorker(entry: string = defaultWorkerEntry()): SpawnWorker {
  return (memoryMb) => {
    const execArgv = [`--max-old-space-size=${memoryMb}`];
    if (/\.[cm]?ts$/u.test(entry)) execArgv.unshift('--import', pathToFileURL(createRequire(import.meta.url).resolve('tsx')).href);
    const child = fork(entry, [], { execArgv, env: readerEnvironment(), serialization: 'advanced', stdio: ['ignore', 'ignore', 'pipe', 'ipc'] });
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
