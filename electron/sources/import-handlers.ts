// Handlers for importing files: formats, speakers, batches. Files are read in a separate
// reader process (infra/reader-runner.ts) and held between
// 'import.stage' and 'import.commit', so the researcher confirms speakers before any write.
import { basename } from 'node:path';
import { ApiError } from '../../shared/errors.ts';
import type { SourceSummary } from '../../shared/model/entities.ts';
import type { FailedFile, StageOutcome } from '../../shared/model/import.ts';
import type { Handlers, HandlerContext } from '../app/dispatch.ts';
import type { Store } from '../db/store.ts';
import { commitBatch } from './import-batch.ts';
import { commitStaged } from './import-commit.ts';
import { expandPaths } from './import-paths.ts';
import { readIncomingFile } from './import-read.ts';
import type { IncomingFile } from './import-read.ts';
import { assignSpeaker, setSourceCases } from './source-links.ts';
import { failureOf, stageFile, StagingArea } from './import-staging.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';

type ImportMethods = 'import.stage' | 'import.commit' | 'import.discard' | 'import.setSourceCases' | 'import.assignSpeaker' | 'sources.importFile';

function writable(store: Store): Store {
  if (store.readOnly) throw new ApiError('READ_ONLY', 'This project is open read-only, so nothing can be imported. Save a copy to make changes.');
  return store;
}

// Builds the import handlers (and 'sources.importFile', one file in one call).
export function createImportHandlers(deps: HandlerDeps): Pick<Handlers, ImportMethods> {
  const staging = new StagingArea();
  const reader = deps.reader;

  const stageAll = async (files: readonly ({ fileName: string; bytesBase64: string } | { path: string })[], ctx: HandlerContext): Promise<StageOutcome[]> => {
    const store = writable(deps.requireStore());
    const outcomes: StageOutcome[] = [];
    // paths may name folders: list their files first (outcomes keep the order files were given in)
    const inputs: ({ fileName: string; bytesBase64: string } | { path: string } | { failure: FailedFile })[] = [];
    for (const file of files) {
      if ('bytesBase64' in file) inputs.push(file);
      else {
        const expanded = expandPaths([file.path]);
        for (const failure of expanded.failures) inputs.push({ failure });
        for (const path of expanded.files) inputs.push({ path });
      }
    }
    for (const [i, file] of inputs.entries()) {
      if ('failure' in file) {
        outcomes.push({ ok: false, failure: file.failure });
        continue;
      }
      const fileName = 'path' in file ? basename(file.path) : file.fileName;
      if (ctx.signal.aborted) {
        outcomes.push({ ok: false, failure: { fileName, path: 'path' in file ? file.path : null, code: 'CANCELLED', message: `${fileName} was not read: the import was cancelled.` } });
        continue;
      }
      ctx.progress(i, inputs.length, inputs.length === 1 ? `Reading ${fileName}` : `Reading file ${i + 1} of ${inputs.length}: ${fileName}`);
      let input: IncomingFile;
      try {
        input = await readIncomingFile(file);
      } catch (error) {
        const code = (error as { code?: unknown }).code;
        const path = 'path' in file ? file.path : null;
        outcomes.push({ ok: false, failure: code === 'ENOENT' ? { fileName, path, code: 'NOT_FOUND', message: `${path ?? fileName} does not exist.` } : failureOf({ fileName, path }, error) });
        continue;
      }
      outcomes.push(await stageFile(store, reader(), staging, input, ctx.signal));
      ctx.progress(i + 1, inputs.length, `Read ${i + 1} of ${inputs.length}`);
    }
    return outcomes;
  };

  return {
    'import.stage': async ({ files }, ctx) => ({ outcomes: await stageAll(files, ctx) }),
    'import.commit': ({ items }, ctx) => commitBatch(writable(deps.requireStore()), staging, items, ctx, deps.testOnlyImportHold),
    'import.discard': ({ tokens }) => {
      staging.discard(tokens);
      return null;
    },
    'import.setSourceCases': ({ sourceId, caseIds }) => setSourceCases(deps.requireStore(), sourceId, caseIds),
    'import.assignSpeaker': ({ sourceId, label, assign }) => ({ segments: assignSpeaker(deps.requireStore(), sourceId, label, assign) }),
    // one file in one call (scripts, older pages): read in the reader process, the interviewer marked, other speakers kept as labels
    'sources.importFile': async (input, ctx): Promise<SourceSummary> => {
      const store = writable(deps.requireStore());
      ctx.progress(0, 1, `Reading ${input.fileName}`);
      const staged = await stageFile(store, reader(), staging, { fileName: input.fileName, path: null, bytes: Buffer.from(input.bytesBase64, 'base64') }, ctx.signal);
      if (!staged.ok) throw new ApiError(staged.failure.code === 'TOO_LARGE' ? 'TOO_LARGE' : staged.failure.code === 'CANCELLED' ? 'CANCELLED' : 'BAD_INPUT', staged.failure.message);
      const entry = staging.get(staged.file.token);
      staging.discard([staged.file.token]);
      if (!entry) throw new ApiError('INTERNAL', 'The file was read but could not be held for import.');
      const file = staged.file;
      const outcome = commitStaged(store, entry, {
        token: file.token,
        name: input.name ?? file.suggested.name,
        kind: input.kind ?? 'transcript',
        round: input.round ?? null,
        mode: input.mode ?? null,
        interviewDate: input.interviewDate ?? null,
        ...(input.description !== undefined ? { description: input.description } : {}),
        caseIds: [],
        speakers: file.speakers.map((s) => ({ label: s.label, assign: s.suggestion.kind === 'interviewer' ? { kind: 'interviewer' as const } : { kind: 'unassigned' as const } })),
        mediaPath: input.mediaPath ?? null,
      });
      ctx.progress(1, 1, `Imported ${input.fileName}`);
      if (outcome.status === 'duplicate') throw new ApiError('ALREADY_EXISTS', `${input.fileName} holds the same text as "${outcome.duplicateOf.name}", which is already in the project. Nothing was imported.`);
      if (outcome.status !== 'imported') throw new ApiError('INTERNAL', `${input.fileName} was not imported.`);
      return outcome.source;
    },
  };
}
