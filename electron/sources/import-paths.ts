// Turns the paths a researcher names (files and folders) into the files to import:
// folders are searched recursively for supported files (hidden ones and symlinked
// folders are skipped); a path that does not exist is reported, not fatal.
import { lstatSync, readdirSync, statSync } from 'node:fs';
import { basename, extname, join, resolve } from 'node:path';
import { IMPORT_EXTENSIONS } from '../../shared/model/import.ts';
import type { FailedFile } from '../../shared/model/import.ts';

export const MAX_FILES_PER_IMPORT = 5000;

export interface ExpandedPaths {
  files: string[];
  failures: FailedFile[];
}

function walk(dir: string, out: string[]): void {
  const names = readdirSync(dir).sort((a, b) => a.localeCompare(b, undefined, { numeric: true }));
  for (const name of names) {
    if (name.startsWith('.') || name.startsWith('~$')) continue;
    const path = join(dir, name);
    const info = lstatSync(path);
    if (info.isDirectory()) walk(path, out);
    else if (info.isFile() && IMPORT_EXTENSIONS[extname(name).toLowerCase()] !== undefined) out.push(path);
    if (out.length > MAX_FILES_PER_IMPORT) return;
  }
}

// Lists the files to import from files and folders, in a stable order.
export function expandPaths(paths: readonly string[]): ExpandedPaths {
  const files: string[] = [];
  const failures: FailedFile[] = [];
  for (const given of paths) {
    const path = resolve(given);
    let info;
    try {
      info = statSync(path);
    } catch {
      failures.push({ fileName: basename(path), path, code: 'NOT_FOUND', message: `${path} does not exist.` });
      continue;
    }
    if (info.isDirectory()) {
      const found: string[] = [];
      walk(path, found);
      if (found.length === 0) failures.push({ fileName: basename(path), path, code: 'NOT_FOUND', message: `${path} holds no files Activity Lens can import (.txt, .md, .docx, .odt, .pdf, .vtt, .srt).` });
      files.push(...found);
    } else files.push(path);
    if (files.length > MAX_FILES_PER_IMPORT) {
      failures.push({ fileName: basename(path), path, code: 'TOO_LARGE', message: `More than ${MAX_FILES_PER_IMPORT} files were named; import them in smaller batches.` });
      return { files: files.slice(0, MAX_FILES_PER_IMPORT), failures };
    }
  }
  return { files: [...new Set(files)], failures };
}
