// The contract for REFI-QDA .qdpx and .qdc exchange.
// Files cross as base64 (browser mode: a download out, a file input in) or as a path on
// the host (Electron's native dialogs, typed paths; better for big projects).
import { z } from 'zod';
import type { ExchangeExportInfo, ExchangeExportResult, ExchangeReference, QdcMergeReport, QdcPreview, QdpxImportReport, QdpxPreview } from '../model/exchange.ts';
import { empty, jobId, MAX_BASE64, MAX_NAME, name, path } from './fields.ts';

const fileName = z.string().trim().min(1).max(MAX_NAME);

const incomingFile = {
  fileName: fileName.optional(),
  bytesBase64: z.string().max(MAX_BASE64).optional(),
  path: path.optional(),
};

function oneSource<T extends { bytesBase64?: string | undefined; path?: string | undefined }>(input: T): boolean {
  return (input.bytesBase64 === undefined) !== (input.path === undefined);
}

const oneSourceMessage = { message: 'give either the file\'s bytes (bytesBase64) or its path, not both' };

export const exchangeSchemas = {
  // what an export would hold and the warning to show first
  'exchange.exportInfo': empty,
  // the open project as .qdpx: written to `path` on the host, or returned as base64 when no path is given;
  // it carries real names, so the caller confirms it showed exportInfo's warning
  'exchange.exportQdpx': z.object({ path: path.optional(), confirmRealNames: z.boolean().optional(), jobId: jobId.optional() }).strict(),
  // the open project's codebook as .qdc
  'exchange.exportQdc': z.object({ path: path.optional() }).strict(),
  // what a .qdpx would bring into a new project and what it cannot (nothing is written)
  'exchange.previewQdpx': z
    .object({ ...incomingFile, jobId: jobId.optional() })
    .strict()
    .refine(oneSource, oneSourceMessage),
  // imports a .qdpx into a new project file at projectPath (the open project is not touched)
  'exchange.importQdpx': z
    .object({ ...incomingFile, projectPath: path, name: name.optional(), jobId: jobId.optional() })
    .strict()
    .refine(oneSource, oneSourceMessage),
  // what merging a codebook (.qdc, or the codebook of a .qdpx) into the open project would add
  'exchange.previewQdc': z.object(incomingFile).strict().refine(oneSource, oneSourceMessage),
  // merges a codebook into the open project as one undoable action
  'exchange.mergeQdc': z.object(incomingFile).strict().refine(oneSource, oneSourceMessage),
  // PDF, picture, audio and video sources of imported projects, kept as references
  'exchange.references': empty,
} as const satisfies Record<string, z.ZodType>;

export interface ExchangeResults {
  'exchange.exportInfo': ExchangeExportInfo;
  'exchange.exportQdpx': ExchangeExportResult;
  'exchange.exportQdc': ExchangeExportResult;
  'exchange.previewQdpx': QdpxPreview;
  'exchange.importQdpx': QdpxImportReport;
  'exchange.previewQdc': QdcPreview;
  'exchange.mergeQdc': QdcMergeReport;
  'exchange.references': ExchangeReference[];
}

// Methods that change the project file (refused on a read-only project).
export const EXCHANGE_MUTATING = ['exchange.mergeQdc'] as const satisfies readonly (keyof typeof exchangeSchemas)[];
