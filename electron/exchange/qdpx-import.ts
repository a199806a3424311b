// Importing a REFI-QDA .qdpx: the reader process opens the archive within limits, reads its
// project file and source texts and plans the import (electron/import/read-qdpx.ts); here
// the plan is shown (what will and will not come in) or written into a new project file in
// one transaction, each source's text read back from where it waited (qdpx-texts.ts).
import { rmSync } from 'node:fs';
import type { ImportPlan } from '../../shared/exchange/import-plan-types.ts';
import { ApiError } from '../../shared/errors.ts';
import type { QdpxImportReport, QdpxPreview } from '../../shared/model/exchange.ts';
import { createProject } from '../db/open-project.ts';
import { runSetup } from '../db/undo-log.ts';
import { sharedReader } from '../infra/default-reader-runner.ts';
import type { ParseRunner } from '../infra/reader-runner.ts';
import { previewOf } from '../import/read-qdpx.ts';
import { TextSpool } from './qdpx-texts.ts';
import { writePlan } from './qdpx-write.ts';

type Progress = (done: number, total: number, message: string) => void;

export interface ReadOptions {
  onProgress?: Progress;
  signal?: AbortSignal;
  // the reader process to parse the file in (default: one shared forked reader)
  reader?: ParseRunner;
}

// Shows what a .qdpx will bring in and what it cannot, without writing anything.
export function previewQdpx(bytes: Uint8Array, fileName: string, options: ReadOptions = {}): Promise<QdpxPreview> {
  return (options.reader ?? sharedReader()).read('qdpx-preview', fileName, bytes, options);
}

export interface ImportOptions extends ReadOptions {
  now?: () => Date;
  // the new project's name (default: the name in the file)
  name?: string;
}

// Plans the import in the reader process; the texts wait in `spool` and are read back as the plan is written.
export async function readPlan(bytes: Uint8Array, fileName: string, spool: TextSpool, options: ReadOptions): Promise<ImportPlan> {
  const reader = options.reader ?? sharedReader();
  const portable = await reader.read('qdpx-plan', fileName, bytes, { ...options, onText: (index, text) => spool.add(index, text) });
  return { ...portable, sources: portable.sources.map((source, index) => ({ ...source, loadText: () => spool.read(index) })) };
}

// Imports a .qdpx into a new project file; on any failure the half-made file is removed.
export async function importQdpxAsNewProject(bytes: Uint8Array, fileName: string, projectPath: string, options: ImportOptions = {}): Promise<QdpxImportReport> {
  const spool = new TextSpool();
  try {
    const plan = await readPlan(bytes, fileName, spool, options);
    if (options.signal?.aborted) throw new ApiError('CANCELLED', 'The import was cancelled. No project was created.');
    const preview = previewOf(plan, fileName);
    const store = createProject(projectPath, (options.name ?? plan.projectName).trim().slice(0, 500) || 'Imported project', { now: options.now });
    try {
      runSetup(store, (rec) => writePlan(rec, plan, options.onProgress));
      store.close();
    } catch (error) {
      store.close();
      for (const suffix of ['', '-wal', '-shm']) rmSync(projectPath + suffix, { force: true });
      throw error;
    }
    return { ...preview, projectPath };
  } finally {
    spool.remove();
  }
}
