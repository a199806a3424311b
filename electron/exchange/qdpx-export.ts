// Writes a project as a REFI-QDA .qdpx: a zip holding project.qde (Project.xsd) and
// sources/<guid>.txt (UTF-8, our canonical text, the text the positions count in).
import { strToU8, Zip, ZipDeflate } from 'fflate';
import { streamProjectXml, writeProjectXml } from '../../shared/exchange/qde-writer.ts';
import type { ExchangeCounts, LeftOutItem } from '../../shared/model/exchange.ts';
import type { Store } from '../db/store.ts';
import { collectProject } from './qdpx-collect.ts';

export interface BuiltExport {
  bytes: Uint8Array;
  counts: ExchangeCounts;
  leftOut: LeftOutItem[];
}

type Progress = (done: number, total: number, message: string) => void;

const ZIP_OPTIONS = { level: 6, mtime: new Date(Date.UTC(2020, 0, 1)) } as const;

// The project.qde XML of the open project (what the .qdpx holds, for checks and tests).
export function projectQdeXml(store: Store): string {
  return writeProjectXml(collectProject(store).project);
}

// Builds the .qdpx bytes of the open project: project.qde is written into the zip as it is made
// (source by source) and each text is read and packed one at a time, so only the packed bytes grow.
export function buildQdpx(store: Store, onProgress?: Progress): BuiltExport {
  const collected = collectProject(store, onProgress);
  const packed: Uint8Array[] = [];
  let failure: Error | null = null;
  const zip = new Zip((error, data) => {
    if (error) failure ??= error;
    else packed.push(data);
  });
  const qde = new ZipDeflate('project.qde', ZIP_OPTIONS);
  zip.add(qde);
  streamProjectXml(collected.project, (chunk) => qde.push(strToU8(chunk)));
  qde.push(new Uint8Array(0), true);
  for (const file of collected.files) {
    const entry = new ZipDeflate(file.path, ZIP_OPTIONS);
    zip.add(entry);
    entry.push(strToU8(file.text()), true);
  }
  zip.end();
  if (failure) throw failure;
  return { bytes: concat(packed), counts: collected.counts, leftOut: collected.leftOut };
}

function concat(parts: readonly Uint8Array[]): Uint8Array {
  const out = new Uint8Array(parts.reduce((n, p) => n + p.length, 0));
  let at = 0;
  for (const p of parts) {
    out.set(p, at);
    at += p.length;
  }
  return out;
}
