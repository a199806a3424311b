// Reads chosen or dropped files into the host for confirmation ('import.stage'), one
// call per file so progress is "file n of N" and cancel stops between files. In Electron
// the host reads the file from its path; in a browser the page sends the bytes.
import { MAX_IMPORT_FILE_BYTES } from '../../../shared/model/import.ts';
import type { StageOutcome } from '../../../shared/model/import.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { getBridge } from '../../bridge.ts';
import { fileToBase64 } from '../../file-base64.ts';
import { formatBytes } from '../../format.ts';

export interface ReadOptions {
  jobId: string;
  onProgress(index: number, total: number, fileName: string): void;
  isCancelled(): boolean;
}

// The real path of a file in Electron (dropped or picked), or '' in a browser.
export function pathOfFile(file: File): string {
  try {
    return getBridge()?.getPathForFile(file) ?? '';
  } catch {
    return '';
  }
}

// Sends each file to be read and held; failures come back as outcomes, never as throws.
export async function stageFiles(files: readonly File[], options: ReadOptions): Promise<StageOutcome[]> {
  const outcomes: StageOutcome[] = [];
  for (const [index, file] of files.entries()) {
    const failure = (code: string, message: string): StageOutcome => ({ ok: false, failure: { fileName: file.name, path: null, code, message } });
    if (options.isCancelled()) {
      outcomes.push(failure('CANCELLED', `${file.name} was not read: the import was cancelled.`));
      continue;
    }
    options.onProgress(index, files.length, file.name);
    if (file.size > MAX_IMPORT_FILE_BYTES) {
      outcomes.push(failure('TOO_LARGE', `${file.name} is ${formatBytes(file.size)}, more than the ${formatBytes(MAX_IMPORT_FILE_BYTES)} a file may be. Nothing was imported.`));
      continue;
    }
    try {
      const path = pathOfFile(file);
      const input = path ? { path } : { fileName: file.name, bytesBase64: await fileToBase64(file) };
      const result = await call('import.stage', { files: [input], jobId: options.jobId });
      outcomes.push(...result.outcomes);
    } catch (error) {
      const e = toApiCallError(error);
      outcomes.push(failure(e.code, e.message));
      if (e.code === 'NO_PROJECT' || e.code === 'READ_ONLY') break;
    }
  }
  return outcomes;
}
