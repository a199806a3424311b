// Importing a REFI-QDA .qdpx: open the archive within limits, find the project file
// (project.qde or <name>.qde, any letter case), read source texts from sources/ or
// Sources/, plan the import (shared/exchange/import-plan.ts), show what will and will
// not come in, and write it into a new project file in one transaction.
import { rmSync } from 'node:fs';
import { planProjectImport } from '../../shared/exchange/import-plan.ts';
import type { TextLookup } from '../../shared/exchange/import-plan.ts';
import type { ImportPlan } from '../../shared/exchange/import-plan-types.ts';
import type { RefiProject } from '../../shared/exchange/refi-model.ts';
import { ApiError } from '../../shared/errors.ts';
import type { QdpxImportReport, QdpxPreview } from '../../shared/model/exchange.ts';
import { createProject } from '../db/open-project.ts';
import { runSetup } from '../db/undo-log.ts';
import { decodeTextBytes } from '../import/decode-text.ts';
import { readProjectEntry } from '../import/qdpx-read-stream.ts';
import { writePlan } from './qdpx-write.ts';
import { SafeZip } from '../infra/zip-reader.ts';

type Progress = (done: number, total: number, message: string) => void;

export interface OpenedQdpx {
  project: RefiProject;
  lookup: TextLookup;
  qdeName: string;
}

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

// Opens a .qdpx: finds and parses its project file and prepares reading its source texts.
export function openQdpx(bytes: Uint8Array, fileName: string): OpenedQdpx {
  const zip = SafeZip.open(bytes, fileName);
  const qdes = zip.entries.filter((e) => /\.qde$/i.test(e.name) && !e.name.endsWith('/') && !/(^|\/)__MACOSX\//.test(e.name));
  if (qdes.length === 0) throw new ApiError('BAD_INPUT', `${fileName} holds no project file (.qde). A .qdpx exported by NVivo, ATLAS.ti, MAXQDA or QualCoder has one; check that this is the file they wrote.`);
  const depth = (name: string) => name.split('/').length;
  const qde = [...qdes].sort((a, b) => depth(a.name) - depth(b.name) || Number(!/(^|\/)project\.qde$/i.test(a.name)) - Number(!/(^|\/)project\.qde$/i.test(b.name)))[0];
  if (!qde) throw new ApiError('BAD_INPUT', `${fileName} holds no project file.`);
  const folder = qde.name.includes('/') ? qde.name.slice(0, qde.name.lastIndexOf('/') + 1) : '';
  const project = readProjectEntry(zip, qde, qde.name);
  // texts are not cached: the plan reads each once to plan and once more to write it, one at a time
  const lookup: TextLookup = (path) => {
    const scheme = /^([a-z]+):\/\/\/?(.*)$/i.exec(path.trim());
    if (scheme && scheme[1]?.toLowerCase() !== 'internal') {
      return { ok: false, problem: `its text is outside the .qdpx (${path}); files outside the archive are not read` };
    }
    const name = (scheme ? (scheme[2] ?? '') : path.trim()).replace(/\\/g, '/').replace(/^\/+/, '');
    const entry = zip.find(`${folder}sources/${name}`) ?? zip.find(`${folder}${name}`);
    if (!entry) return { ok: false, problem: `its file ${name} is missing from the .qdpx` };
    const raw = zip.read(entry);
    return { ok: true, text: decodeTextBytes(raw).text, hadBom: hasBom(raw) };
  };
  return { project, lookup, qdeName: qde.name };
}

// What an import plan brings in and what it does not, for the preview and the report.
export function previewOf(plan: ImportPlan, fileName: string): QdpxPreview {
  return {
    fileName,
    projectName: plan.projectName,
    origin: plan.origin,
    comingIn: {
      coders: plan.coders.length,
      nodes: plan.nodes.length,
      cases: plan.cases.length,
      attributes: plan.attributes.length,
      sources: plan.sources.length,
      codings: plan.sources.reduce((n, s) => n + s.codings.length, 0),
      memos: plan.memos.length,
      diagrams: plan.diagrams.length,
      references: plan.references.length,
    },
    leftOut: plan.leftOut,
    notes: plan.notes,
    sources: plan.previewSources,
  };
}

// Plans the import of a .qdpx file's bytes.
export function planQdpx(bytes: Uint8Array, fileName: string, onProgress?: Progress): ImportPlan {
  const opened = openQdpx(bytes, fileName);
  return planProjectImport(opened.project, opened.lookup, onProgress);
}

// Shows what a .qdpx will bring in and what it cannot, without writing anything.
export function previewQdpx(bytes: Uint8Array, fileName: string, onProgress?: Progress): QdpxPreview {
  return previewOf(planQdpx(bytes, fileName, onProgress), fileName);
}

export interface ImportOptions {
  onProgress?: Progress;
  signal?: AbortSignal;
  now?: () => Date;
  // the new project's name (default: the name in the file)
  name?: string;
}

// Imports a .qdpx into a new project file; on any failure the half-made file is removed.
export function importQdpxAsNewProject(bytes: Uint8Array, fileName: string, projectPath: string, options: ImportOptions = {}): QdpxImportReport {
  const plan = planQdpx(bytes, fileName, options.onProgress);
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
}
