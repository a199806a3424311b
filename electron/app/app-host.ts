// The app as both bindings see it: the open project, the handler table of every entity
// and the dispatcher. Electron's main process and the web host each make one.
import { isApiMethod, MUTATING_METHODS } from '../../shared/api.ts';
import type { ApiEvent } from '../../shared/api.ts';
import { ApiError } from '../../shared/errors.ts';
import { CODING_CHANGE_METHODS } from '../../shared/model/coding-change.ts';
import { createAlignmentHandlers } from '../alignment/handlers.ts';
import { createAnonymiseHandlers } from '../anonymise/handlers.ts';
import { createCasesHandlers } from '../cases/handlers.ts';
import { createCodebookHandlers } from '../codebook/handlers.ts';
import { watchCodingChange } from '../codings/coding-change.ts';
import { createCodingsHandlers } from '../codings/handlers.ts';
import { checkBeforeWriting } from '../db/integrity.ts';
import type { Store } from '../db/store.ts';
import { createDiagramsHandlers } from '../diagrams/handlers.ts';
import { createContradictionsHandlers } from '../contradictions/handlers.ts';
import { createDocumentsHandlers } from '../documents/handlers.ts';
import { createExchangeHandlers } from '../exchange/handlers.ts';
import { createDefaultRunner } from '../infra/default-reader-runner.ts';
import type { ParseRunner } from '../infra/reader-runner.ts';
import type { ImportHold } from '../sources/import-batch.ts';
import { createMemosHandlers } from '../memos/handlers.ts';
import { createProjectsHandlers } from '../projects/handlers.ts';
import { createProjectSession } from '../projects/session.ts';
import { createQueriesHandlers } from '../queries/handlers.ts';
import { mediaPathOf } from '../sources/sources.ts';
import { createSourcesHandlers } from '../sources/handlers.ts';
import { createTeamHandlers } from '../team/handlers.ts';
import { createDispatcher } from './dispatch.ts';
import type { Dispatch, Handlers } from './dispatch.ts';
import type { HandlerDeps } from './handler-deps.ts';

export interface NativeDialogs {
  // shows a native open/save dialog; returns chosen paths (empty when cancelled)
  choosePath(purpose: 'open-project' | 'create-project' | 'save-copy' | 'import-sources'): Promise<string[]>;
}

export interface AppHostOptions {
  binding: 'electron' | 'web' | 'direct';
  // folder for app settings (recent projects, the demo project)
  homeDir: string;
  emit(event: ApiEvent): void;
  dialogs?: NativeDialogs;
  clock?: () => Date;
  // where the demo study's fixtures are (defaults to the bundled ones)
  demoDir?: string;
  // minutes of activity between automatic backups
  backupIntervalMinutes?: number;
  // the reader process for untrusted files (defaults to the binding's own)
  readerFactory?: () => ParseRunner;
  // test only (the e2e server): holds an import between files so a test can cancel it at an exact point
  testOnlyImportHold?: ImportHold;
}

export interface AppHost {
  dispatch: Dispatch;
  // opens a project at start-up: a path, or 'demo' for the built-in demo project
  openStartupProject(target: string | 'demo'): Promise<void>;
  // closes the open project (checkpoint, release the lock) and the reader - call before quitting
  close(): Promise<void>;
  // the recording linked to a source of the open project (its path), or null
  mediaFile(sourceId: number): string | null;
}

const APP_VERSION = '0.1.0';

// Every entity's handler factory, in one list; no method may come from two of them.
export function entityHandlers(deps: HandlerDeps, projects: ReturnType<typeof createProjectsHandlers>): Partial<Handlers>[] {
  return [
    projects,
    createSourcesHandlers(deps),
    createCasesHandlers(deps),
    createCodebookHandlers(deps),
    createCodingsHandlers(deps),
    createMemosHandlers(deps),
    createAlignmentHandlers(deps),
    createQueriesHandlers(deps),
    createDiagramsHandlers(deps),
    createContradictionsHandlers(deps),
    createAnonymiseHandlers(deps),
    createDocumentsHandlers(deps),
    createExchangeHandlers(deps),
    createTeamHandlers(deps),
  ];
}

// Joins handler tables, refusing a method that two tables both define (one would silently win).
export function joinHandlers(tables: readonly Partial<Handlers>[]): Partial<Handlers> {
  const joined: Partial<Handlers> = {};
  for (const table of tables) {
    for (const method of Object.keys(table)) {
      if (Object.prototype.hasOwnProperty.call(joined, method)) throw new Error(`${method} is handled twice.`);
    }
    Object.assign(joined, table);
  }
  return joined;
}

// A method that writes the open project runs only once the file passed its check (run now
// if it has not run yet), so a damaged file is named as such before anything reads it for the
// write, never blamed on a file being imported. Restoring a backup is what a damaged file needs.
function refuseWriteToUncheckedFile(store: Store | null, method: string): ApiError | null {
  if (!store || !isApiMethod(method) || !MUTATING_METHODS.has(method) || method === 'backups.restore') return null;
  try {
    checkBeforeWriting(store);
    return null;
  } catch (error) {
    return error instanceof ApiError ? error : new ApiError('INTERNAL', `The project file could not be checked before ${method} (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}). Nothing was changed.`);
  }
}

// Makes the host: one open project at a time, every call through one dispatcher.
export function createAppHost(options: AppHostOptions): AppHost {
  const now = options.clock ?? (() => new Date());
  const session = createProjectSession({ homeDir: options.homeDir, emit: options.emit, now, demoDir: options.demoDir, backupIntervalMinutes: options.backupIntervalMinutes });
  let reader: ParseRunner | null = null;
  const deps: HandlerDeps = {
    requireStore: session.requireStore,
    emit: options.emit,
    reader: () => (reader ??= (options.readerFactory ?? (() => createDefaultRunner(options.binding)))()),
    homeDir: options.homeDir,
    binding: options.binding,
    testOnlyImportHold: options.testOnlyImportHold,
  };
  const appHandlers: Pick<Handlers, 'app.info' | 'app.choosePath' | 'jobs.cancel'> = {
    'app.info': () => ({ version: APP_VERSION, binding: options.binding, platform: process.platform }),
    'app.choosePath': async ({ purpose }) => {
      if (!options.dialogs) return { supported: false, paths: [] };
      return { supported: true, paths: await options.dialogs.choosePath(purpose) };
    },
    // the dispatcher answers jobs.cancel itself; this entry only completes the table
    'jobs.cancel': () => ({ cancelled: false }),
  };
  const handlers = joinHandlers([appHandlers, ...entityHandlers(deps, createProjectsHandlers(session, { homeDir: options.homeDir, now, emit: options.emit }))]) as Handlers;

  const { dispatch: rawDispatch } = createDispatcher(handlers, {
    isReadOnly: () => session.current()?.readOnly ?? false,
    emit: options.emit,
    logError: (method, error) => console.error(`[activity-lens] ${method} failed:`, error),
  });

  let changeSeq = 0;
  const dispatch: Dispatch = async (method, input) => {
    const refusal = refuseWriteToUncheckedFile(session.current(), method);
    if (refusal) return { ok: false, error: refusal.toShape() };
    const store = session.current();
    const watch = store && CODING_CHANGE_METHODS.has(method) ? watchCodingChange(store) : null;
    const response = await rawDispatch(method, input);
    if (response.ok && isApiMethod(method) && MUTATING_METHODS.has(method)) {
      session.markChanged();
      // a coding action says what it changed, so windows patch their codings instead of reading them all
      const codings = watch?.finish() ?? null;
      const seq = ++changeSeq;
      options.emit(codings ? { type: 'project-changed', reason: method, codings, seq } : { type: 'project-changed', reason: method, seq });
      return codings ? { ...response, codings, changeSeq: seq } : { ...response, changeSeq: seq };
    }
    return response;
  };

  return {
    dispatch,
    mediaFile(sourceId) {
      const store = session.current();
      return store ? mediaPathOf(store, sourceId) : null;
    },
    async openStartupProject(target) {
      if (target === 'demo') await session.openDemo();
      else await session.openPath(target);
    },
    async close() {
      reader?.close();
      reader = null;
      await session.dispose();
    },
  };
}
