// The app as both bindings see it: the open project, the recent list, the handler
// table and the dispatcher. Electron's main process and the web host each make one.
import { existsSync, mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import { isApiMethod, MUTATING_METHODS } from '../../shared/api.ts';
import type { ApiEvent } from '../../shared/api.ts';
import { ApiError } from '../../shared/errors.ts';
import type { ProjectInfo } from '../../shared/model/entities.ts';
import { copyProjectTo, createBackup, listBackups, swapInBackup } from '../db/backups.ts';
import { checkIntegrity } from '../db/integrity.ts';
import { createProject, openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { PROJECT_EXTENSION } from '../db/project-file.ts';
import { createDispatcher } from './dispatch.ts';
import type { Dispatch, Handlers } from './dispatch.ts';
import { listRecent, rememberRecent } from './recent-projects.ts';
import { newProjectWithCodebook } from '../projects/new-project.ts';
import { createCoreProjectHandlers } from '../projects/core-handlers.ts';
import { createImportHandlers } from '../sources/import-handlers.ts';
import { createWorkspaceHandlers } from '../codebook/workspace-handlers.ts';
import { createQueriesHandlers } from '../queries/handlers.ts';
import { createDiagramsHandlers } from '../diagrams/handlers.ts';
import { createAnonymiseHandlers } from '../anonymise/handlers.ts';
import { createExchangeHandlers } from '../exchange/handlers.ts';
import type { HandlerDeps } from './handler-deps.ts';
import { getSetting } from '../projects/project-info.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { undoState } from '../db/undo-log.ts';

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
}

export interface AppHost {
  dispatch: Dispatch;
  // opens a project at start-up: a path, or 'demo' for the built-in demo project
  openStartupProject(target: string | 'demo'): Promise<void>;
  // closes the open project (checkpoint, release the lock) - call before quitting
  close(): Promise<void>;
  // the recording linked to a source of the open project (its path), or null
  mediaFile(sourceId: number): string | null;
}

const APP_VERSION = '0.1.0';

// The demo project's file inside the app's settings folder.
export function demoProjectPath(homeDir: string): string {
  return join(homeDir, 'demo', `Demo study${PROJECT_EXTENSION}`);
}

// Makes the host: one open project at a time, every call through one dispatcher.
export function createAppHost(options: AppHostOptions): AppHost {
  const now = options.clock ?? (() => new Date());
  const intervalMs = (options.backupIntervalMinutes ?? 10) * 60_000;
  let store: OpenStore | null = null;
  let lastBackupAt = 0;
  let dirtySinceBackup = false;
  let backupRunning: Promise<unknown> | null = null;

  const requireStore = (): OpenStore => {
    if (!store) throw new ApiError('NO_PROJECT', 'No project is open. Open or create a project first.');
    return store;
  };

  const info = (s: OpenStore): ProjectInfo => ({
    path: s.path,
    name: getSetting(s, 'project.name') ?? basename(s.path, PROJECT_EXTENSION),
    guid: getSetting(s, 'project.guid') ?? '',
    readOnly: s.readOnly,
    schemaVersion: Number(s.db.pragma('user_version', { simple: true })),
    isDemo: getSetting(s, 'project.is_demo') === '1',
  });

  const backup = (reason: 'open' | 'interval') => {
    const s = store;
    if (!s || s.readOnly || backupRunning) return;
    backupRunning = createBackup(s, reason)
      .then((b) => {
        lastBackupAt = now().getTime();
        dirtySinceBackup = false;
        options.emit({ type: 'backup-taken', fileName: b.fileName });
      })
      .catch(() => {
        // a failed automatic backup is retried at the next interval
      })
      .finally(() => {
        backupRunning = null;
      });
  };

  const timer = setInterval(() => {
    if (dirtySinceBackup && now().getTime() - lastBackupAt >= intervalMs) backup('interval');
  }, Math.min(60_000, intervalMs));
  timer.unref?.();

  const closeCurrent = async () => {
    if (!store) return;
    if (backupRunning) await backupRunning;
    store.close();
    store = null;
  };

  const adopt = (opened: OpenStore): ProjectInfo => {
    store = opened;
    lastBackupAt = now().getTime();
    dirtySinceBackup = false;
    const projectInfo = info(opened);
    rememberRecent(options.homeDir, { path: opened.path, name: projectInfo.name, openedAt: now().toISOString() });
    // the open-time backup runs after the first screen is shown
    if (!opened.readOnly) setTimeout(() => backup('open'), 50).unref?.();
    options.emit({ type: 'project-changed', reason: 'opened' });
    return projectInfo;
  };

  const openPath = async (path: string, readOnly = false): Promise<ProjectInfo> => {
    // open the new one before closing the current, so a refused file leaves the app as it was
    if (store && store.path === path && store.readOnly === readOnly) return info(store);
    if (store && store.path === path) await closeCurrent();
    const opened = openProject(path, { readOnly, now });
    await closeCurrent();
    return adopt(opened);
  };

  const openDemo = async (): Promise<ProjectInfo> => {
    const path = demoProjectPath(options.homeDir);
    try {
      return await openPath(path);
    } catch (error) {
      if (!(error instanceof ApiError) || error.code !== 'NOT_FOUND') throw error;
    }
    mkdirSync(join(options.homeDir, 'demo'), { recursive: true });
    const created = createProject(path, 'Demo study', { now });
    try {
      writeDemoStudy(created, options.demoDir);
    } catch (error) {
      created.close();
      throw error;
    }
    await closeCurrent();
    return adopt(created);
  };

  const deps: HandlerDeps = { requireStore, emit: options.emit, homeDir: options.homeDir, binding: options.binding };
  const handlers: Handlers = {
    ...createCoreProjectHandlers(requireStore),
    ...createImportHandlers(deps),
    ...createWorkspaceHandlers(deps),
    ...createQueriesHandlers(deps),
    ...createDiagramsHandlers(deps),
    ...createAnonymiseHandlers(deps),
    ...createExchangeHandlers(deps),

    'app.info': () => ({ version: APP_VERSION, binding: options.binding, platform: process.platform }),
    'app.choosePath': async ({ purpose }) => {
      if (!options.dialogs) return { supported: false, paths: [] };
      return { supported: true, paths: await options.dialogs.choosePath(purpose) };
    },
    'project.current': () => (store ? info(store) : null),
    'project.recent': () => listRecent(options.homeDir),
    'project.create': async ({ path, name }) => {
      const created = newProjectWithCodebook(path, name ?? basename(path, PROJECT_EXTENSION), now);
      await closeCurrent();
      return adopt(created);
    },
    'project.open': ({ path, readOnly }) => openPath(path, readOnly ?? false),
    'project.openDemo': () => openDemo(),
    'project.close': async () => {
      await closeCurrent();
      options.emit({ type: 'project-changed', reason: 'closed' });
      return null;
    },
    'project.saveCopyAs': async ({ path }) => {
      const s = requireStore();
      if (!path.toLowerCase().endsWith(PROJECT_EXTENSION)) throw new ApiError('BAD_INPUT', `A project file name must end in ${PROJECT_EXTENSION}.`);
      if (path === s.path) throw new ApiError('BAD_INPUT', 'Choose a different file from the open project.');
      if (existsSync(path)) throw new ApiError('ALREADY_EXISTS', `${path} already exists. Choose another name.`);
      return { path, bytes: await copyProjectTo(s, path) };
    },
    'project.check': () => {
      const s = requireStore();
      const messages = checkIntegrity(s);
      return { ok: messages.length === 0, messages, newestBackup: listBackups(s.path)[0] ?? null };
    },
    'backups.list': () => listBackups(requireStore().path),
    'backups.snapshot': async ({ label }) => {
      const s = requireStore();
      if (s.readOnly) throw new ApiError('READ_ONLY', 'Snapshots are taken of projects open for writing.');
      return createBackup(s, 'snapshot', label);
    },
    'backups.restore': async ({ fileName }) => {
      const s = requireStore();
      const chosen = listBackups(s.path).find((b) => b.fileName === fileName);
      if (!chosen) throw new ApiError('NOT_FOUND', `There is no backup called ${fileName}.`);
      const path = s.path;
      // keep the current file as a backup first, so the restore itself can be undone
      await createBackup(s, 'before-restore');
      await closeCurrent();
      try {
        swapInBackup(path, chosen.path);
      } finally {
        adopt(openProject(path, { now }));
      }
      return info(requireStore());
    },
    'undo.state': () => undoState(requireStore()),
    'jobs.cancel': () => ({ cancelled: false }),
  };

  const { dispatch: rawDispatch } = createDispatcher(handlers, {
    isReadOnly: () => store?.readOnly ?? false,
    emit: options.emit,
    logError: (method, error) => console.error(`[activity-lens] ${method} failed:`, error),
  });

  const dispatch: Dispatch = async (method, input) => {
    const response = await rawDispatch(method, input);
    if (response.ok && isApiMethod(method) && MUTATING_METHODS.has(method)) {
      dirtySinceBackup = true;
      options.emit({ type: 'project-changed', reason: method });
    }
    return response;
  };

  return {
    dispatch,
    mediaFile(sourceId) {
      if (!store) return null;
      return (store.db.prepare('SELECT media_path FROM sources WHERE id = ?').pluck().get(sourceId) as string | null | undefined) ?? null;
    },
    async openStartupProject(target) {
      if (target === 'demo') await openDemo();
      else await openPath(target);
    },
    async close() {
      clearInterval(timer);
      await closeCurrent();
    },
  };
}
