// The contract of the app itself: what binding it runs in, native file dialogs, and
// cancelling long work.
import { z } from 'zod';
import { empty, jobId } from './fields.ts';

export interface AppInfo {
  version: string;
  binding: 'electron' | 'web' | 'direct';
  platform: string;
}

export const appSchemas = {
  // the app and its projects
  'app.info': empty,
  'app.choosePath': z
    .object({ purpose: z.enum(['open-project', 'create-project', 'save-copy', 'import-sources']) })
    .strict(),
  // long work
  'jobs.cancel': z.object({ jobId }).strict(),
} as const satisfies Record<string, z.ZodType>;

export interface AppResults {
  'app.info': AppInfo;
  // a native file dialog where the binding has one (Electron); supported: false in browser mode
  'app.choosePath': { supported: boolean; paths: string[] };
  'jobs.cancel': { cancelled: boolean };
}

// Methods that change the project file (refused on a read-only project).
export const APP_MUTATING = [] as const satisfies readonly (keyof typeof appSchemas)[];
