// Reading REFI-QDA files in the reader process: a .qdpx is opened within the zip limits, its
// project file found (project.qde or <name>.qde, any letter case) and read, and the import
// planned (shared/exchange/import-plan.ts) with source texts read from sources/ or Sources/;
// a .qdc (or the codebook inside a .qdpx) is read into the codebook model.
import { planProjectImport } from '../../shared/exchange/import-plan.ts';
import type { TextLookup } from '../../shared/exchange/import-plan-state.ts';
import type { ImportPlan } from '../../shared/exchange/import-plan-types.ts';
import type { RefiCodebook, RefiProject } from '../../shared/exchange/refi-model.ts';
import { ApiError } from '../../shared/errors.ts';
import type { QdpxPreview } from '../../shared/model/exchange.ts';
import type { PortablePlan } from '../infra/reader-protocol.ts';
import { SafeZip } from '../infra/zip-reader.ts';
import { decodeTextBytes } from './decode-text.ts';
import { readCodebook } from './qdpx-read.ts';
import { readProjectEntry } from './qdpx-read-stream.ts';
import { decodeXmlBytes } from './qdpx-xml.ts';
import { checkRefiCounts, countCodes, elementCounter } from './refi-limits.ts';
import { buildXmlTreeFromText } from './xml-stream-tree.ts';

type Progress = (done: number, total: number, message: string) => void;

interface OpenedQdpx {
  project: RefiProject;
  lookup: TextLookup;
}

const MAX_QDC_BYTES = 50 * 1024 * 1024;

function hasBom(bytes: Uint8Array): boolean {
  return (bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf) || (bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff);
}

// Opens a .qdpx: finds and parses its project file and prepares reading its source texts.
function openQdpx(bytes: Uint8Array, fileName: string): OpenedQdpx {
  const zip = SafeZip.open(bytes, fileName);
  const qdes = zip.entries.filter((e) => /\.qde$/i.test(e.name) && !e.name.endsWith('/') && !/(^|\/)__MACOSX\//.test(e.name));
  if (qdes.length === 0) throw new ApiError('BAD_INPUT', `${fileName} holds no project file (.qde). A .qdpx exported by NVivo, ATLAS.ti, MAXQDA or QualCoder has one; check that this is the file they wrote.`);
  const depth = (name: string) => name.split('/').length;
  const qde = [...qdes].sort((a, b) => depth(a.name) - depth(b.name) || Number(!/(^|\/)project\.qde$/i.test(a.name)) - Number(!/(^|\/)project\.qde$/i.test(b.name)))[0];
  if (!qde) throw new ApiError('BAD_INPUT', `${fileName} holds no project file.`);
  const folder = qde.name.includes('/') ? qde.name.slice(0, qde.name.lastIndexOf('/') + 1) : '';
  const project = readProjectEntry(zip, qde, qde.name, fileName);
  // texts are not cached: the plan reads each once to plan and once more to write it, one at a time
  const lookup: TextLookup = (path) => {
    const scheme = /^([a-z]+):\/\/\/?(.*)$/i.exec(path.trim());
    if (scheme && scheme[1]?.toLowerCase() !== 'internal') {
      return { ok: false, problem: `its text is outside the .qdpx (${path}); files outside the archive are not read` };
    }
    const name = (scheme ? (scheme[2] ?? '') : path.trim()).replace(/\\/g, '/').replace(/^\/+/, '');
    if (name.split('/').includes('..')) return { ok: false, problem: `its path ${path} climbs out of the archive's folders (..), so it is not read` };
    const entry = zip.find(`${folder}sources/${name}`) ?? zip.find(`${folder}${name}`);
    if (!entry) return { ok: false, problem: `its file ${name} is missing from the .qdpx` };
    const raw = zip.read(entry);
    return { ok: true, text: decodeTextBytes(raw).text, hadBom: hasBom(raw) };
  };
  return { project, lookup };
}

// Plans the import of a .qdpx file's bytes; each planned source reads its text again when asked.
export function planQdpx(bytes: Uint8Array, fileName: string, onProgress?: Progress): ImportPlan {
  const opened = openQdpx(bytes, fileName);
  return planProjectImport(opened.project, opened.lookup, onProgress);
}

// What an import plan brings in and what it does not, for the preview and the report.
export function previewOf(plan: PortablePlan, fileName: string): QdpxPreview {
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

// Reads a codebook from .qdc bytes (or from a .qdpx's project file).
export function readRefiCodebook(bytes: Uint8Array, fileName: string): RefiCodebook {
  if (bytes[0] === 0x50 && bytes[1] === 0x4b) {
    const { project } = openQdpx(bytes, fileName);
    return { origin: project.origin, codes: project.codes, sets: project.sets };
  }
  if (bytes.length > MAX_QDC_BYTES) throw new ApiError('TOO_LARGE', `${fileName} is larger than 50 MB, far more than any codebook needs.`);
  const count = elementCounter(fileName);
  const root = buildXmlTreeFromText(fileName, decodeXmlBytes(bytes), (el) => {
    count(el);
    return false;
  });
  const book = readCodebook(root, fileName);
  checkRefiCounts(fileName, { codes: countCodes(book.codes) });
  return book;
}
