// Handlers for REFI-QDA .qdpx and .qdc exchange.
import { existsSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiError } from '../../shared/errors.ts';
import type { exchangeSchemas } from '../../shared/api/exchange.ts';
import { QDC_EXPORT_NOTE } from '../../shared/exchange/export-warning.ts';
import type { ExchangeExportResult } from '../../shared/model/exchange.ts';
import type { Handlers } from '../app/dispatch.ts';
import type { Store } from '../db/store.ts';
import { buildQdc } from './qdc-export.ts';
import { exchangeQueries } from './queries.ts';
import { exportCounts } from './qdpx-counts.ts';
import { buildQdpx } from './qdpx-export.ts';
import { writeFileAtomic } from '../infra/atomic-write.ts';
import { getSetting } from '../projects/project-info.ts';
import { requireRealNamesConfirmation } from '../anonymise/key-file.ts';
import { qdpxSameNameCodes, qdpxWarning } from './qdpx-warning.ts';
import { mergeQdc, previewQdc } from './qdc-import.ts';
import { readIncoming } from './qdpx-incoming.ts';
import { importQdpxAsNewProject, previewQdpx } from './qdpx-import.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';

// A file name for an export of the open project ("Demo study.qdpx"), safe on every system.
export function suggestedFileName(store: Store, extension: '.qdpx' | '.qdc'): string {
  const name = (getSetting(store, 'project.name') ?? 'project').replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'project';
  return `${name}${extension === '.qdc' ? ' codebook' : ''}${extension}`;
}

// Writes export bytes to a host path (never over an existing file) or hands them back as base64.
function deliver(bytes: Uint8Array, target: string | undefined, extension: '.qdpx' | '.qdc', fallbackName: string): Pick<ExchangeExportResult, 'fileName' | 'path' | 'bytesBase64' | 'bytes'> {
  if (target === undefined) return { fileName: fallbackName, path: null, bytesBase64: Buffer.from(bytes).toString('base64'), bytes: bytes.length };
  if (!target.toLowerCase().endsWith(extension)) throw new ApiError('BAD_INPUT', `The file name must end in ${extension} (for example ${fallbackName}).`);
  if (existsSync(target)) throw new ApiError('ALREADY_EXISTS', `${target} already exists. Choose another name; nothing was written.`);
  try {
    writeFileAtomic(target, bytes);
  } catch (error) {
    throw new ApiError('IO', `${target} could not be written (${error instanceof Error ? error.message.slice(0, 200) : 'unknown error'}). Check the folder exists and can be written to.`);
  }
  return { fileName: basename(target), path: target, bytesBase64: null, bytes: bytes.length };
}

// Builds this area's handlers.
export function createExchangeHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof exchangeSchemas> {
  return {
    'exchange.exportInfo': () => {
      const store = deps.requireStore();
      const counts = exportCounts(store);
      return { counts, qdpxWarning: qdpxWarning(store), qdcNote: QDC_EXPORT_NOTE, suggestedName: suggestedFileName(store, '.qdpx'), sameNameCodes: qdpxSameNameCodes(store) };
    },
    'exchange.exportQdpx': ({ path, confirmRealNames }, ctx) => {
      const store = deps.requireStore();
      requireRealNamesConfirmation(confirmRealNames === true, store);
      const built = buildQdpx(store, (done, total, message) => ctx.progress(done, total + 1, message));
      if (ctx.signal.aborted) throw new ApiError('CANCELLED', 'The export was cancelled. Nothing was written.');
      const file = deliver(built.bytes, path, '.qdpx', suggestedFileName(store, '.qdpx'));
      ctx.progress(1, 1, 'Exported');
      return { ...file, counts: built.counts, leftOut: built.leftOut };
    },
    'exchange.exportQdc': ({ path }) => {
      const store = deps.requireStore();
      const built = buildQdc(store);
      const counts = { coders: 0, nodes: built.codes, cases: 0, attributes: 0, sources: 0, codings: 0, memos: 0, diagrams: 0, references: 0 };
      return { ...deliver(built.bytes, path, '.qdc', suggestedFileName(store, '.qdc')), counts, leftOut: [] };
    },
    'exchange.previewQdpx': (input, ctx) => {
      const { bytes, fileName } = readIncoming(input);
      return previewQdpx(bytes, fileName, { reader: deps.reader(), signal: ctx.signal, onProgress: (done, total, message) => ctx.progress(done, total + 1, message) });
    },
    'exchange.importQdpx': async (input, ctx) => {
      const { bytes, fileName } = readIncoming(input);
      const report = await importQdpxAsNewProject(bytes, fileName, input.projectPath, {
        name: input.name,
        reader: deps.reader(),
        signal: ctx.signal,
        onProgress: (done, total, message) => ctx.progress(done, total + 1, message),
      });
      ctx.progress(1, 1, 'Imported');
      return report;
    },
    'exchange.previewQdc': (input) => {
      const { bytes, fileName } = readIncoming(input);
      return previewQdc(deps.requireStore(), bytes, fileName, deps.reader());
    },
    'exchange.mergeQdc': (input) => {
      const { bytes, fileName } = readIncoming(input);
      return mergeQdc(deps.requireStore(), bytes, fileName, deps.reader());
    },
    'exchange.references': () => {
      return exchangeQueries(deps.requireStore())
        .referenceList.all()
        .map((r) => ({ id: r.id, guid: r.guid, kind: r.kind, name: r.name, path: r.path, currentPath: r.current_path, origin: r.origin, note: r.note, importedAt: r.imported_at }));
    },
  };
}
