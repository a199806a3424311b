// Writes a project as a REFI-QDA .qdpx: a zip holding project.qde (Project.xsd) and
// sources/<guid>.txt (UTF-8, our canonical text, the text the positions count in).
import { renameSync, rmSync, writeFileSync } from 'node:fs';
import { strToU8, zipSync } from 'fflate';
import type { Zippable } from 'fflate';
import { writeProjectXml } from '../../shared/exchange/qde-writer.ts';
import type { ExchangeCounts, LeftOutItem } from '../../shared/model/exchange.ts';
import type { Store } from '../db/store.ts';
import { collectProject } from './qdpx-collect.ts';

export interface BuiltExport {
  bytes: Uint8Array;
  counts: ExchangeCounts;
  leftOut: LeftOutItem[];
}

type Progress = (done: number, total: number, message: string) => void;

// The project.qde XML of the open project (what the .qdpx holds, for checks and tests).
export function projectQdeXml(store: Store): string {
  return writeProjectXml(collectProject(store).project);
}

// Builds the .qdpx bytes of the open project.
export function buildQdpx(store: Store, onProgress?: Progress): BuiltExport {
  const collected = collectProject(store, onProgress);
  const xml = writeProjectXml(collected.project);
  const entries: Zippable = { 'project.qde': strToU8(xml) };
  for (const [path, text] of collected.files) entries[path] = strToU8(text);
  const bytes = zipSync(entries, { level: 6, mtime: new Date(Date.UTC(2020, 0, 1)) });
  return { bytes, counts: collected.counts, leftOut: collected.leftOut };
}

// Writes bytes to a file atomically (a temporary file beside it, then a rename).
export function writeFileAtomically(path: string, bytes: Uint8Array): void {
  const temp = `${path}.${process.pid}.partial`;
  try {
    writeFileSync(temp, bytes);
    renameSync(temp, path);
  } catch (error) {
    rmSync(temp, { force: true });
    throw error;
  }
}
