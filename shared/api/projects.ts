// The contract for project files: create, open, close and copy them, encrypt them with a
// passphrase, their backups and integrity, counts, and the undo history kept in the file.
// A passphrase crosses the contract only in these requests; no result or error carries it.
import { z } from 'zod';
import type { BackupInfo, IntegrityReport, ProjectInfo, ProjectStats, RecentProject, UndoState } from '../model/entities.ts';
import { empty, name, path } from './fields.ts';

// The shortest passphrase a project may be given (a long phrase of ordinary words is best).
export const PASSPHRASE_MIN_LENGTH = 8;
export const PASSPHRASE_MAX_LENGTH = 1024;
// a passphrase that opens a project (checked by the file, not by rules)
const passphrase = z.string().min(1).max(PASSPHRASE_MAX_LENGTH);
// a passphrase to encrypt a project with
const newPassphrase = z.string().min(PASSPHRASE_MIN_LENGTH, `a passphrase of at least ${PASSPHRASE_MIN_LENGTH} characters`).max(PASSPHRASE_MAX_LENGTH);

export const projectsSchemas = {
  'project.current': empty,
  'project.recent': empty,
  'project.create': z.object({ path, name: name.optional(), passphrase: newPassphrase.optional() }).strict(),
  'project.open': z.object({ path, readOnly: z.boolean().optional(), passphrase: passphrase.optional() }).strict(),
  'project.encrypt': z.object({ passphrase: newPassphrase }).strict(),
  'project.changePassphrase': z.object({ current: passphrase, passphrase: newPassphrase }).strict(),
  'project.decrypt': z.object({ current: passphrase }).strict(),
  'project.openDemo': empty,
  'project.close': empty,
  'project.saveCopyAs': z.object({ path }).strict(),
  'project.check': empty,
  'project.stats': empty,
  'backups.list': empty,
  'backups.snapshot': z.object({ label: z.string().trim().min(1).max(200) }).strict(),
  'backups.restore': z.object({ fileName: z.string().min(1).max(400) }).strict(),
  // undo
  'undo.state': empty,
  'undo.undo': empty,
  'undo.redo': empty,
} as const satisfies Record<string, z.ZodType>;

// The project after its encryption changed, and what happened to its backups.
export interface EncryptionChange {
  project: ProjectInfo;
  // backups changed with it (encrypted, given the new passphrase, or decrypted)
  backupsChanged: number;
  // backups that could not be changed, left as they were (file names)
  backupsNotChanged: string[];
}

export interface ProjectsResults {
  'project.current': ProjectInfo | null;
  'project.recent': RecentProject[];
  'project.create': ProjectInfo;
  'project.open': ProjectInfo;
  'project.encrypt': EncryptionChange;
  'project.changePassphrase': EncryptionChange;
  'project.decrypt': EncryptionChange;
  'project.openDemo': ProjectInfo;
  'project.close': null;
  'project.saveCopyAs': { path: string; bytes: number };
  'project.check': IntegrityReport;
  'project.stats': ProjectStats;
  'backups.list': BackupInfo[];
  'backups.snapshot': BackupInfo;
  'backups.restore': ProjectInfo;
  'undo.state': UndoState;
  'undo.undo': UndoState;
  'undo.redo': UndoState;
}

// Methods that change the project file (refused on a read-only project).
export const PROJECTS_MUTATING = ['backups.restore', 'undo.undo', 'undo.redo', 'project.encrypt', 'project.changePassphrase', 'project.decrypt'] as const satisfies readonly (keyof typeof projectsSchemas)[];
