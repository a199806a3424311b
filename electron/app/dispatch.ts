// The one handler table behind every binding: validates input with the contract's
// schema, refuses writes on a read-only project, turns errors into { code, message }, and
// gives back the memory a large job (an export) left behind once it has answered.
import { apiSchemas, isApiMethod, MUTATING_METHODS } from '../../shared/api.ts';
import type { ApiEvent, ApiMethod, ApiParsedInput, ApiResponse, ApiResult } from '../../shared/api.ts';
import { ApiError } from '../../shared/errors.ts';
import { heapUsed, releaseHeapIfGrown } from '../infra/heap-release.ts';

export interface HandlerContext {
  // reports progress of long work to whoever started it (jobId is chosen by the caller)
  progress(done: number, total: number, message: string): void;
  // aborted when the caller cancels the job
  signal: AbortSignal;
}

export type Handlers = {
  [M in ApiMethod]: (input: ApiParsedInput<M>, ctx: HandlerContext) => ApiResult<M> | Promise<ApiResult<M>>;
};

export interface DispatcherOptions {
  // tells whether the open project is read-only (writes are refused before a handler runs)
  isReadOnly(): boolean;
  // where events for the renderer go
  emit(event: ApiEvent): void;
  // where unexpected errors are logged (never shown raw to the user)
  logError?(method: string, error: unknown): void;
}

export type Dispatch = (method: string, rawInput: unknown) => Promise<ApiResponse>;

const MAX_EARLY_CANCELS = 50;

// Builds the dispatch function both bindings call.
export function createDispatcher(handlers: Handlers, options: DispatcherOptions): { dispatch: Dispatch; cancel(jobId: string): boolean } {
  const jobs = new Map<string, AbortController>();
  // jobs cancelled before their call arrived (a cancel can overtake a call with a large body)
  const cancelledEarly = new Set<string>();

  async function dispatch(method: string, rawInput: unknown): Promise<ApiResponse> {
    if (!isApiMethod(method)) {
      return { ok: false, error: { code: 'UNKNOWN_METHOD', message: `There is no operation called "${String(method).slice(0, 100)}".` } };
    }
    const schema = apiSchemas[method];
    const parsed = schema.safeParse(rawInput === undefined ? {} : rawInput);
    if (!parsed.success) {
      return {
        ok: false,
        error: {
          code: 'BAD_INPUT',
          message: `The request to ${method} was not valid: ${parsed.error.issues
            .slice(0, 3)
            .map((i) => `${i.path.join('.') || 'input'}: ${i.message}`)
            .join('; ')}`,
          details: parsed.error.issues.slice(0, 20).map((i) => ({ path: i.path.map(String), message: i.message })),
        },
      };
    }
    if (method === 'jobs.cancel') {
      const { jobId } = parsed.data as ApiParsedInput<'jobs.cancel'>;
      return { ok: true, result: { cancelled: cancel(jobId) } };
    }
    if (MUTATING_METHODS.has(method) && options.isReadOnly()) {
      return { ok: false, error: { code: 'READ_ONLY', message: 'This project is open read-only. Save a copy to make changes.' } };
    }
    const input = parsed.data as { jobId?: unknown };
    const jobId = typeof input.jobId === 'string' ? input.jobId : null;
    const controller = new AbortController();
    // a job (an export, an import) may leave much garbage: it is collected after the answer
    const heapBefore = jobId ? heapUsed() : 0;
    if (jobId) jobs.set(jobId, controller);
    if (jobId && cancelledEarly.delete(jobId)) controller.abort();
    const ctx: HandlerContext = {
      signal: controller.signal,
      progress(done, total, message) {
        if (jobId) options.emit({ type: 'progress', jobId, done, total, message });
      },
    };
    try {
      const handler = handlers[method] as (input: unknown, ctx: HandlerContext) => unknown;
      const result = await handler(parsed.data, ctx);
      return { ok: true, result: result === undefined ? null : result };
    } catch (error) {
      return { ok: false, error: toErrorShape(method, error, options) };
    } finally {
      if (jobId) {
        jobs.delete(jobId);
        void releaseHeapIfGrown(heapBefore);
      }
    }
  }

  function cancel(jobId: string): boolean {
    const controller = jobs.get(jobId);
    if (controller) {
      controller.abort();
      return true;
    }
    // remembered (a few at most) so the job stops as soon as its call arrives
    cancelledEarly.add(jobId);
    if (cancelledEarly.size > MAX_EARLY_CANCELS) cancelledEarly.delete(cancelledEarly.values().next().value ?? jobId);
    return false;
  }

  return { dispatch, cancel };
}

function toErrorShape(method: string, error: unknown, options: DispatcherOptions) {
  if (error instanceof ApiError) return error.toShape();
  const sqliteCode = (error as { code?: unknown } | null)?.code;
  if (sqliteCode === 'SQLITE_READONLY') {
    return { code: 'READ_ONLY' as const, message: 'The project file cannot be written (it is read-only or on a read-only disk). Nothing was changed.' };
  }
  if (sqliteCode === 'SQLITE_FULL') {
    return { code: 'IO' as const, message: 'The disk is full. The last action was not saved; free some space and try again.' };
  }
  if (sqliteCode === 'SQLITE_BUSY' || sqliteCode === 'SQLITE_LOCKED') {
    return { code: 'ALREADY_OPEN' as const, message: 'The project file is locked by another program. Nothing was changed.' };
  }
  if (sqliteCode === 'SQLITE_CORRUPT' || sqliteCode === 'SQLITE_NOTADB') {
    return { code: 'CORRUPT' as const, message: 'The project file is damaged. Restore it from a backup (File > Backups).' };
  }
  options.logError?.(method, error);
  return { code: 'INTERNAL' as const, message: `Something went wrong in ${method}. Nothing was changed. (${error instanceof Error ? error.message.slice(0, 300) : 'unknown error'})` };
}
