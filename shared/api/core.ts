// The core of the contract: the app, projects, backups, sources, cases, codebook,
// coding, memos, undo and jobs. Other areas add their own modules beside this one.
import { z } from 'zod';
import { ACTIVITY_COMPONENTS } from '../model/activity-components.ts';
import { INTERVIEW_MODES, MEMO_TARGETS, SOURCE_KINDS } from '../model/entities.ts';
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
} from '../model/entities.ts';
import { color, empty, id, isoDate, jobId, MAX_BASE64, MAX_NAME, MAX_PATH, MAX_TEXT, name, offset, path } from './fields.ts';

const sourceFields = {
  name: name.optional(),
  kind: z.enum(SOURCE_KINDS).optional(),
  round: z.number().int().min(1).max(99).nullable().optional(),
  mode: z.enum(INTERVIEW_MODES).nullable().optional(),
  interviewDate: isoDate.nullable().optional(),
  description: z.string().max(100_000).optional(),
  mediaPath: z.string().max(MAX_PATH).nullable().optional(),
};

export const coreSchemas = {
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
    .object({ sourceId: id, nodeId: id, start: offset, end: offset, coderId: id.nullable().optional() })
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

export interface CoreResults {
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

// Methods that change the project file (refused on a read-only project).
export const CORE_MUTATING = [
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
] as const satisfies readonly (keyof typeof coreSchemas)[];
