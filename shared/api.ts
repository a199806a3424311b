// THE contract: every operation the renderer (or a test, or the CLI) may call.
// Method name -> strict zod schema of its input; ApiResults gives the result type.
// electron/app/ipc.ts and electron/app/web-host.ts both dispatch through one handler table.
// Each entity keeps its methods in shared/api/<entity>.ts (named as electron/<entity>/);
// this file joins them.
import type { z } from 'zod';
import type { ApiErrorShape } from './errors.ts';
import type { CodingChange } from './model/coding-change.ts';
import { APP_MUTATING, appSchemas } from './api/app.ts';
import type { AppResults } from './api/app.ts';
import { PROJECTS_MUTATING, projectsSchemas } from './api/projects.ts';
import type { ProjectsResults } from './api/projects.ts';
import { SOURCES_MUTATING, sourcesSchemas } from './api/sources.ts';
import type { SourcesResults } from './api/sources.ts';
import { CASES_MUTATING, casesSchemas } from './api/cases.ts';
import type { CasesResults } from './api/cases.ts';
import { CODEBOOK_MUTATING, codebookSchemas } from './api/codebook.ts';
import type { CodebookResults } from './api/codebook.ts';
import { CODINGS_MUTATING, codingsSchemas } from './api/codings.ts';
import type { CodingsResults } from './api/codings.ts';
import { MEMOS_MUTATING, memosSchemas } from './api/memos.ts';
import type { MemosResults } from './api/memos.ts';
import { ALIGNMENT_MUTATING, alignmentSchemas } from './api/alignment.ts';
import type { AlignmentResults } from './api/alignment.ts';
import { QUERIES_MUTATING, queriesSchemas } from './api/queries.ts';
import type { QueriesResults } from './api/queries.ts';
import { DIAGRAMS_MUTATING, diagramsSchemas } from './api/diagrams.ts';
import type { DiagramsResults } from './api/diagrams.ts';
import { CONTRADICTIONS_MUTATING, contradictionsSchemas } from './api/contradictions.ts';
import type { ContradictionsResults } from './api/contradictions.ts';
import { ANONYMISE_MUTATING, anonymiseSchemas } from './api/anonymise.ts';
import type { AnonymiseResults } from './api/anonymise.ts';
import { DOCUMENTS_MUTATING, documentsSchemas } from './api/documents.ts';
import type { DocumentsResults } from './api/documents.ts';
import { EXCHANGE_MUTATING, exchangeSchemas } from './api/exchange.ts';
import type { ExchangeResults } from './api/exchange.ts';
import { TEAM_MUTATING, teamSchemas } from './api/team.ts';
import type { TeamResults } from './api/team.ts';

export const apiSchemas = {
  ...appSchemas,
  ...projectsSchemas,
  ...sourcesSchemas,
  ...casesSchemas,
  ...codebookSchemas,
  ...codingsSchemas,
  ...memosSchemas,
  ...alignmentSchemas,
  ...queriesSchemas,
  ...diagramsSchemas,
  ...contradictionsSchemas,
  ...anonymiseSchemas,
  ...documentsSchemas,
  ...exchangeSchemas,
  ...teamSchemas,
} as const satisfies Record<string, z.ZodType>;

export interface ApiResults
  extends AppResults,
    ProjectsResults,
    SourcesResults,
    CasesResults,
    CodebookResults,
    CodingsResults,
    MemosResults,
    AlignmentResults,
    QueriesResults,
    DiagramsResults,
    ContradictionsResults,
    AnonymiseResults,
    DocumentsResults,
    ExchangeResults,
    TeamResults {}

export type ApiMethod = keyof typeof apiSchemas;
export type ApiInput<M extends ApiMethod> = z.input<(typeof apiSchemas)[M]>;
export type ApiParsedInput<M extends ApiMethod> = z.output<(typeof apiSchemas)[M]>;
export type ApiResult<M extends ApiMethod> = ApiResults[M];

// Every method has a result type and every result type a method (checked by the compiler).
type SameKeys<A, B> = [Exclude<keyof A, keyof B>, Exclude<keyof B, keyof A>] extends [never, never] ? true : never;
const contractKeysMatch: SameKeys<typeof apiSchemas, ApiResults> = true;
void contractKeysMatch;

export const API_METHODS = Object.keys(apiSchemas) as ApiMethod[];

// Tells whether a string names a method of the contract.
export function isApiMethod(name: string): name is ApiMethod {
  return Object.prototype.hasOwnProperty.call(apiSchemas, name);
}

// Methods that change the project file (refused on a read-only project).
export const MUTATING_METHODS: ReadonlySet<ApiMethod> = new Set<ApiMethod>([
  ...APP_MUTATING,
  ...PROJECTS_MUTATING,
  ...SOURCES_MUTATING,
  ...CASES_MUTATING,
  ...CODEBOOK_MUTATING,
  ...CODINGS_MUTATING,
  ...MEMOS_MUTATING,
  ...ALIGNMENT_MUTATING,
  ...QUERIES_MUTATING,
  ...DIAGRAMS_MUTATING,
  ...CONTRADICTIONS_MUTATING,
  ...ANONYMISE_MUTATING,
  ...DOCUMENTS_MUTATING,
  ...EXCHANGE_MUTATING,
  ...TEAM_MUTATING,
]);

// Events pushed from the host to the renderer (IPC events or server-sent events).
export type ApiEvent =
  | { type: 'progress'; jobId: string; done: number; total: number; message: string }
  // seq: the host's count of changes, so a window that announced its own change itself sees it once
  | { type: 'project-changed'; reason: string; codings?: CodingChange; seq?: number }
  | { type: 'backup-taken'; fileName: string }
  | { type: 'menu'; command: MenuCommand };

// Commands the native menu sends to the renderer.
export const MENU_COMMANDS = ['new-project', 'open-project', 'open-demo', 'close-project', 'save-copy', 'snapshot', 'backups', 'encrypt-project', 'change-passphrase', 'decrypt-project', 'import-sources', 'undo', 'redo', 'navigate-sources', 'navigate-cases', 'navigate-codebook', 'navigate-queries', 'navigate-diagrams', 'navigate-contradictions', 'navigate-exports', 'navigate-team'] as const;
export type MenuCommand = (typeof MENU_COMMANDS)[number];

// What one call returns over either binding.
// (a coding action's answer also says what it changed)
export type ApiResponse<T = unknown> = { ok: true; result: T; codings?: CodingChange; changeSeq?: number } | { ok: false; error: ApiErrorShape };
