// THE contract: every operation the renderer (or a test, or the CLI) may call.
// Method name -> strict zod schema of its input; ApiResults gives the result type.
// electron/ipc.ts and electron/web-host.ts both dispatch through one handler table.
import { z } from 'zod';
import { ACTIVITY_COMPONENTS } from './model/activity-components.ts';
import { INTERVIEW_MODES, MEMO_TARGETS, PARTNER_ROLES, SOURCE_KINDS } from './model/entities.ts';
import type {
  BackupInfo,
  CaseRecord,
  CoderRecord,
  CodingRecord,
  EditResult,
  IntegrityReport,
  MemoRecord,
  NodeRecord,
  ProjectInfo,
  ProjectStats,
  RecentProject,
  SourceDetail,
  SourceSummary,
  UndoState,
} from './model/entities.ts';

const MAX_PATH = 4096;
const MAX_NAME = 500;
const MAX_TEXT = 50_000_000;
const MAX_BASE64 = 280_000_000; // about 200 MB of file
const id = z.number().int().positive();
const offset = z.number().int().nonnegative();
const path = z.string().min(1).max(MAX_PATH);
const name = z.string().trim().min(1).max(MAX_NAME);
const isoDate = z.string().regex(/^\d{4}-\d{2}-\d{2}$/, 'a date as YYYY-MM-DD');
const color = z.string().regex(/^#[0-9a-fA-F]{6}$/, 'a colour as #rrggbb');
const jobId = z.string().min(1).max(100);
const empty = z.object({}).strict();

const sourceFields = {
  name: name.optional(),
  kind: z.enum(SOURCE_KINDS).optional(),
  round: z.number().int().min(1).max(99).nullable().optional(),
  mode: z.enum(INTERVIEW_MODES).nullable().optional(),
  interviewDate: isoDate.nullable().optional(),
  description: z.string().max(100_000).optional(),
  mediaPath: z.string().max(MAX_PATH).nullable().optional(),
};

export const apiSchemas = {
  // the app and its projects
  'app.info': empty,
  'app.choosePath': z
    .object({ purpose: z.enum(['open-project', 'create-project', 'save-copy', 'import-sources']) })
    .strict(),
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
  // sources
  'sources.list': empty,
  'sources.get': z.object({ id }).strict(),
  'sources.importFile': z
    .object({
      fileName: z.string().min(1).max(MAX_NAME),
      bytesBase64: z.string().max(MAX_BASE64),
      ...sourceFields,
      jobId: jobId.optional(),
    })
    .strict(),
  'sources.update': z.object({ id, ...sourceFields }).strict(),
  'sources.delete': z.object({ id }).strict(),
  'sources.edit': z
    .object({ id, start: offset, end: offset, insert: z.string().max(MAX_TEXT), baseRevision: z.number().int().nonnegative() })
    .strict()
    .refine((e) => e.end >= e.start, { message: 'end must not be before start' }),
  // cases
  'cases.list': empty,
  'cases.create': z
    .object({ realName: name, label: z.string().max(MAX_NAME).optional(), role: z.string().max(200).optional(), jobTitle: z.string().max(MAX_NAME).optional() })
    .strict(),
  'cases.update': z
    .object({
      id,
      realName: name.optional(),
      label: z.string().max(MAX_NAME).optional(),
      role: z.string().max(200).optional(),
      jobTitle: z.string().max(MAX_NAME).optional(),
      attributes: z.record(z.string().min(1).max(200), z.string().max(10_000)).optional(),
    })
    .strict(),
  'cases.delete': z.object({ id }).strict(),
  // codebook
  'nodes.list': empty,
  'nodes.create': z
    .object({
      name,
      parentId: id.nullable().optional(),
      description: z.string().max(100_000).optional(),
      color: color.optional(),
      components: z.array(z.enum(ACTIVITY_COMPONENTS)).max(7).optional(),
    })
    .strict(),
  'nodes.update': z
    .object({
      id,
      name: name.optional(),
      description: z.string().max(100_000).optional(),
      color: color.optional(),
      components: z.array(z.enum(ACTIVITY_COMPONENTS)).max(7).optional(),
    })
    .strict(),
  'nodes.delete': z.object({ id }).strict(),
  // coding
  'codings.list': z.object({ sourceId: id.optional(), nodeId: id.optional() }).strict(),
  'codings.create': z
    .object({ sourceId: id, nodeId: id, start: offset, end: offset })
    .strict()
    .refine((c) => c.end > c.start, { message: 'a coding must cover at least one character' }),
  'codings.delete': z.object({ id }).strict(),
  // memos
  'memos.list': z.object({ targetKind: z.enum(MEMO_TARGETS).optional(), targetId: id.nullable().optional() }).strict(),
  'memos.save': z
    .object({
      id: id.optional(),
      targetKind: z.enum(MEMO_TARGETS),
      targetId: id.nullable(),
      title: z.string().max(MAX_NAME),
      contentJson: z.string().max(MAX_TEXT),
      plainText: z.string().max(MAX_TEXT),
    })
    .strict(),
  'memos.delete': z.object({ id }).strict(),
  // coders
  'coders.list': empty,
  // undo
  'undo.state': empty,
  'undo.undo': empty,
  'undo.redo': empty,
  // long work
  'jobs.cancel': z.object({ jobId }).strict(),
} as const satisfies Record<string, z.ZodType>;

export interface AppInfo {
  version: string;
  binding: 'electron' | 'web' | 'direct';
  platform: string;
}

export interface ApiResults {
  'app.info': AppInfo;
  // a native file dialog where the binding has one (Electron); supported: false in browser mode
  'app.choosePath': { supported: boolean; paths: string[] };
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
  'sources.list': SourceSummary[];
  'sources.get': SourceDetail;
  'sources.importFile': SourceSummary;
  'sources.update': SourceSummary;
  'sources.delete': null;
  'sources.edit': EditResult;
  'cases.list': CaseRecord[];
  'cases.create': CaseRecord;
  'cases.update': CaseRecord;
  'cases.delete': null;
  'nodes.list': NodeRecord[];
  'nodes.create': NodeRecord;
  'nodes.update': NodeRecord;
  'nodes.delete': { removedCodings: number };
  'codings.list': CodingRecord[];
  'codings.create': CodingRecord;
  'codings.delete': null;
  'memos.list': MemoRecord[];
  'memos.save': MemoRecord;
  'memos.delete': null;
  'coders.list': CoderRecord[];
  'undo.state': UndoState;
  'undo.undo': UndoState;
  'undo.redo': UndoState;
  'jobs.cancel': { cancelled: boolean };
}

export type ApiMethod = keyof typeof apiSchemas;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiSchemas)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiSchemas)[M]>;
export type ApiResult<M extends ApiMethod> = ApiResults[M];

// Every method has a result type and every result type a method (checked by the compiler).
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
export const CONTRACT_KEYS_MATCH: SameKeys<typeof apiSchemas, ApiResults> = true;

export const API_METHODS = Object.keys(apiSchemas) as ApiMethod[];

// Tells whether a string names a method of the contract.
export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiSchemas, name);
}

// Methods that change the project file (refused on a read-only project).
export const MUTATING_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  'backups.restore',
  'sources.importFile',
  'sources.update',
  'sources.delete',
  'sources.edit',
  'cases.create',
  'cases.update',
  'cases.delete',
  'nodes.create',
  'nodes.update',
  'nodes.delete',
  'codings.create',
  'codings.delete',
  'memos.save',
  'memos.delete',
  'undo.undo',
  'undo.redo',
]);

// Events pushed from the host to the renderer (IPC events or server-sent events).
export type ApiEvent =
  | { type: 'progress'; jobId: string; done: number; total: number; message: string }
  | { type: 'project-changed'; reason: string }
  | { type: 'backup-taken'; fileName: string }
  | { type: 'menu'; command: MenuCommand };

// Commands the native menu sends to the renderer.
export const MENU_COMMANDS = ['new-project', 'open-project', 'open-demo', 'close-project', 'save-copy', 'snapshot', 'backups', 'import-sources', 'undo', 'redo', 'navigate-sources', 'navigate-cases', 'navigate-codebook', 'navigate-queries', 'navigate-diagrams', 'navigate-exports'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

// What one call returns over either binding.
export type ApiResponse<T = unknown> = { ok: true; result: T } | { ok: false; error: import('./errors.ts').ApiErrorShape };
