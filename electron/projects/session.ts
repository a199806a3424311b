// The project open in the app: at most one at a time, with its automatic backups (on open
// and after every backupInterval of activity) and the recent-projects list.
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ApiEvent } from '../../shared/api.ts';
import { ApiError } from '../../shared/errors.ts';
import type { ProjectInfo } from '../../shared/model/entities.ts';
import { rememberRecent } from '../app/recent-projects.ts';
import { createBackup } from '../db/backups.ts';
import { createProject, openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { PROJECT_EXTENSION } from '../db/project-file.ts';
import { writeDemoStudy } from './demo-study.ts';
import { getSetting } from './project-info.ts';

export interface ProjectSessionOptions {
  // folder for app settings (recent projects, the demo project)
  homeDir: string;
  emit(event: ApiEvent): void;
  now: () => Date;
  // where the demo study's fixtures are (defaults to the bundled ones)
  demoDir?: string;
  // minutes of activity between automatic backups
  backupIntervalMinutes?: number;
}

export interface ProjectSession {
  // the open project, or null
  current(): OpenStore | null;
  // the open project, or throws NO_PROJECT
  requireStore(): OpenStore;
  info(store: OpenStore): ProjectInfo;
  // opens a project file (a refused file leaves the current project open)
  openPath(path: string, readOnly?: boolean): Promise<ProjectInfo>;
  // opens the demo project, writing it first when it does not exist yet
  openDemo(): Promise<ProjectInfo>;
  // makes a newly created (or restored) store the open project
  adopt(opened: OpenStore): ProjectInfo;
  // closes the open project after any running backup
  closeCurrent(): Promise<void>;
  // tells the session the project changed (the next interval backup is due)
  markChanged(): void;
  // stops the backup timer and closes the project
  dispose(): Promise<void>;
}

// The demo project's file inside the app's settings folder.
export function demoProjectPath(homeDir: string): string {
  return join(homeDir, 'demo', `Demo study${PROJECT_EXTENSION}`);
}

// Makes the session with its backup timer.
export function createProjectSession(options: ProjectSessionOptions): ProjectSession {
  const { now } = options;
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

  return {
    current: () => store,
    requireStore,
    info,
    openPath,
    openDemo,
    adopt,
    closeCurrent,
    markChanged: () => {
      dirtySinceBackup = true;
    },
    dispose: async () => {
      clearInterval(timer);
      await closeCurrent();
    },
  };
}
