// The contract for project files: create, open, close and copy them, their backups and
// integrity, counts, and the undo history kept in the file.
import { z } from 'zod';
import type { BackupInfo, IntegrityReport, ProjectInfo, ProjectStats, RecentProject, UndoState } from '../model/entities.ts';
import { empty, name, path } from './fields.ts';

export const projectsSchemas = {
  'project.current': empty,
  'project.recent': empty,
  'project.create': z.object({ path, name: name.optional() }).strict(),
  'project.open': z.object({ path, readOnly: z.boolean().optional() }).strict(),
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

export interface ProjectsResults {
  'project.current': ProjectInfo | null;
  'project.recent': RecentProject[];
  'project.create': ProjectInfo;
  'project.open': ProjectInfo;
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
export const PROJECTS_MUTATING = ['backups.restore', 'undo.undo', 'undo.redo'] as const satisfies readonly (keyof typeof projectsSchemas)[];
