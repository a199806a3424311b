// The project open in the app: at most one at a time, with its automatic backups (on open
// and after every backupInterval of activity) and the recent-projects list.
import { mkdirSync } from 'node:fs';
import { basename, join } from 'node:path';
import type { ApiEvent } from '../../shared/api.ts';
import { ApiError } from '../../shared/errors.ts';
import type { ProjectInfo } from '../../shared/model/entities.ts';
import { rememberRecent } from '../app/recent-projects.ts';
import { createBackup } from '../db/backups.ts';
import { changeProjectKey, isEncrypted } from '../db/encryption.ts';
import type { KeyChangeReport } from '../db/encryption.ts';
import { checkBeforeWriting, whenWritable } from '../db/integrity.ts';
import { schemaVersionOf } from '../db/migrate.ts';
import { createProject, openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { PROJECT_EXTENSION } from '../db/project-file.ts';
import { writeDemoStudy } from './demo-study.ts';
import { getSetting } from './project-info.ts';
import { warmUpAfterCheck } from '../queries/warm-up.ts';

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
  // opens a project file (a refused file leaves the current project open); the passphrase
  // is that of an encrypted file
  openPath(path: string, readOnly?: boolean, passphrase?: string): Promise<ProjectInfo>;
  // encrypts the open project and its backups with a passphrase (null: decrypts them) and opens it again
  changeKey(next: string | null): Promise<KeyChangeReport & { project: ProjectInfo }>;
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

// How long after opening the app runs the file's check itself when nothing else has asked for it.
const CHECK_FALLBACK_MS = 5000;

// The demo project's file inside the app's settings folder.
function demoProjectPath(homeDir: string): string {
  return join(homeDir, 'demo', `Demo study${PROJECT_EXTENSION}`);
}

// The open project's automatic backups: one shortly after opening, then one after every
// interval in which something changed.
interface BackupSchedule {
  // a project was just opened: the interval starts again and the open-time backup is due
  opened(store: OpenStore): void;
  markChanged(): void;
  // the backup being written, if any
  running(): Promise<unknown> | null;
  stop(): void;
}

function createBackupSchedule(options: ProjectSessionOptions, current: () => OpenStore | null): BackupSchedule {
  const { now } = options;
  const intervalMs = (options.backupIntervalMinutes ?? 10) * 60_000;
  let lastBackupAt = 0;
  let dirtySinceBackup = false;
  let backupRunning: Promise<unknown> | null = null;

  const backup = (reason: 'open' | 'interval') => {
    const s = current();
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

  return {
    opened(store) {
      lastBackupAt = now().getTime();
      dirtySinceBackup = false;
      if (store.readOnly) return;
      // the open-time backup is of a file that passed its check, which runs after the first
      // screen is shown (project.check, the first write, or failing both a few seconds on)
      const fallback = setTimeout(() => {
        if (current() !== store) return;
        try {
          checkBeforeWriting(store);
        } catch {
          // a damaged file is reported by project.check and refused at the first write
        }
      }, CHECK_FALLBACK_MS);
      fallback.unref?.();
      void whenWritable(store).then((writable) => {
        clearTimeout(fallback);
        if (writable && current() === store) setTimeout(() => backup('open'), 50).unref?.();
      });
    },
    markChanged: () => {
      dirtySinceBackup = true;
    },
    running: () => backupRunning,
    stop: () => clearInterval(timer),
  };
}

// What the app shows about an open project.
function info(s: OpenStore): ProjectInfo {
  return {
    path: s.path,
    name: getSetting(s, 'project.name') ?? basename(s.path, PROJECT_EXTENSION),
    guid: getSetting(s, 'project.guid') ?? '',
    readOnly: s.readOnly,
    schemaVersion: schemaVersionOf(s.db),
    isDemo: getSetting(s, 'project.is_demo') === '1',
    encrypted: isEncrypted(s),
  };
}

// Makes the session with its backup timer.
export function createProjectSession(options: ProjectSessionOptions): ProjectSession {
  const { now } = options;
  let store: OpenStore | null = null;
  const backups = createBackupSchedule(options, () => store);

  const requireStore = (): OpenStore => {
    if (!store) throw new ApiError('NO_PROJECT', 'No project is open. Open or create a project first.');
    return store;
  };

  const closeCurrent = async () => {
    if (!store) return;
    const running = backups.running();
    if (running) await running;
    store.close();
    store = null;
  };

  const adopt = (opened: OpenStore): ProjectInfo => {
    store = opened;
    const projectInfo = info(opened);
    rememberRecent(options.homeDir, { path: opened.path, name: projectInfo.name, openedAt: now().toISOString() });
    backups.opened(opened);
    warmUpAfterCheck(opened, () => store === opened);
    options.emit({ type: 'project-changed', reason: 'opened' });
    return projectInfo;
  };

  const openPath = async (path: string, readOnly = false, passphrase?: string): Promise<ProjectInfo> => {
    // open the new one before closing the current, so a refused file leaves the app as it was
    if (store && store.path === path && store.readOnly === readOnly) return info(store);
    if (store && store.path === path) await closeCurrent();
    // the first screen comes before quick_check, which runs before the first write (integrity.ts)
    const opened = openProject(path, { readOnly, now, integrityCheck: 'before-first-write', passphrase });
    await closeCurrent();
    return adopt(opened);
  };

  const changeKey = async (next: string | null) => {
    const s = requireStore();
    await backups.running();
    // the store is closed on the way (and forgotten); the file is opened again in its new key
    const report = changeProjectKey(s, next);
    store = null;
    return { ...report, project: adopt(openProject(s.path, { now, passphrase: next ?? undefined })) };
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
    changeKey,
    openDemo,
    adopt,
    closeCurrent,
    markChanged: () => backups.markChanged(),
    dispose: async () => {
      backups.stop();
      await closeCurrent();
    },
  };
}
