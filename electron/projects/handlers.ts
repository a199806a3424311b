// Handlers of project files: create, open, close and copy them, check their integrity,
// their backups and snapshots, their counts, and undo and redo.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import type { ApiEvent } from '../../shared/api.ts';
import type { projectsSchemas } from '../../shared/api/projects.ts';
import { ApiError } from '../../shared/errors.ts';
import type { Handlers } from '../app/dispatch.ts';
import { listRecent } from '../app/recent-projects.ts';
import { copyProjectTo, createBackup, listBackups, newestGoodBackup, swapInBackup } from '../db/backups.ts';
import { passphraseOf } from '../db/connection.ts';
import { checkIntegrity } from '../db/integrity.ts';
import { openProject } from '../db/open-project.ts';
import { inspectProjectHeader, PROJECT_EXTENSION } from '../db/project-file.ts';
import { redo, undo, undoState } from '../db/undo-log.ts';
import { createEncryptionHandlers } from './encryption-handlers.ts';
import { newProjectWithCodebook } from './new-project.ts';
import { projectStats } from './project-info.ts';
import type { ProjectSession } from './session.ts';

// Builds the project handlers over the app's session.
export function createProjectsHandlers(session: ProjectSession, options: { homeDir: string; now: () => Date; emit(event: ApiEvent): void }): Pick<Handlers, keyof typeof projectsSchemas> {
  const { requireStore, info } = session;
  return {
    'project.current': () => {
      const s = session.current();
      return s ? info(s) : null;
    },
    'project.recent': () => listRecent(options.homeDir),
    'project.create': async ({ path, name, passphrase }) => {
      const created = newProjectWithCodebook(path, name ?? basename(path, PROJECT_EXTENSION), options.now, passphrase);
      await session.closeCurrent();
      return session.adopt(created);
    },
    'project.open': ({ path, readOnly, passphrase }) => session.openPath(path, readOnly ?? false, passphrase),
    ...createEncryptionHandlers(session),
    'project.openDemo': () => session.openDemo(),
    'project.close': async () => {
      await session.closeCurrent();
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
      const ok = messages.length === 0;
      return { ok, messages, newestBackup: ok ? (listBackups(s.path)[0] ?? null) : newestGoodBackup(s.path, passphraseOf(s.db)) };
    },
    'project.stats': () => projectStats(requireStore()),
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
      const passphrase = passphraseOf(s.db);
      refuseDowngrade(passphrase, chosen.path);
      // keep the current file as a backup first, so the restore itself can be undone
      await createBackup(s, 'before-restore');
      await session.closeCurrent();
      try {
        swapInBackup(path, chosen.path, passphrase);
      } finally {
        session.adopt(openProject(path, { now: options.now, passphrase }));
      }
      return info(requireStore());
    },
    'undo.state': () => undoState(requireStore()),
    'undo.undo': () => {
      const store = requireStore();
      undo(store);
      return undoState(store);
    },
    'undo.redo': () => {
      const store = requireStore();
      redo(store);
      return undoState(store);
    },
  };
}

// Refuses to put a plain backup in place of an encrypted project (it would end the encryption unasked).
function refuseDowngrade(passphrase: string | undefined, backupPath: string): void {
  if (passphrase === undefined || inspectProjectHeader(backupPath).kind === 'encrypted') return;
  throw new ApiError('CONFLICT', 'That backup is not encrypted (it was taken before the project was encrypted), so restoring it would undo the encryption. Open it read-only instead, or decrypt the project first. Nothing was changed.');
}
