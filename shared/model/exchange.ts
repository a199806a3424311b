// What REFI-QDA exchange (.qdpx projects, .qdc codebooks) reports to the researcher:
// counts of what goes out or comes in, and every kind of thing that does not.

// How many of each kind of thing an export wrote or an import brings in.
export interface ExchangeCounts {
  coders: number;
  nodes: number;
  cases: number;
  attributes: number;
  sources: number;
  codings: number;
  memos: number;
  diagrams: number;
  // PDF, picture, audio and video sources kept as references (name and path only)
  references: number;
}

// One kind of thing that does not come through, with how many and why (the data-loss warning).
export interface LeftOutItem {
  what: string;
  count: number;
  reason: string;
  // up to a few names or positions so the researcher can find them in the other program
  examples: string[];
}

// A source as it will come in (or not): shown in the preview and the report.
export interface PreviewSource {
  name: string;
  // 'text' becomes a codable source; 'reference' is kept by name and path only; 'missing' is not imported
  status: 'text' | 'reference' | 'missing';
  // what the other program called it: TextSource, PDFSource, PictureSource, AudioSource, VideoSource
  type: string;
  codings: number;
  // how the positions were read, e.g. "line breaks (CRLF) counted as two positions"
  positions: string | null;
}

// What a .qdpx file holds, before anything is written (the standard asks importers to warn about data loss).
export interface QdpxPreview {
  fileName: string;
  projectName: string;
  // the program that wrote the file, when it says
  origin: string | null;
  comingIn: ExchangeCounts;
  leftOut: LeftOutItem[];
  // things worth knowing that lose nothing (defaults applied, positions re-read)
  notes: string[];
  sources: PreviewSource[];
}

// What an import into a new project did.
export interface QdpxImportReport extends QdpxPreview {
  projectPath: string;
}

// What a .qdc codebook holds compared with the open project, before merging.
export interface QdcPreview {
  fileName: string;
  origin: string | null;
  codes: number;
  // codes the project does not have yet (by GUID, else by name under the same parent)
  newCodes: number;
  // codes the project already has; they are left as they are
  matchedCodes: number;
  leftOut: LeftOutItem[];
  notes: string[];
}

// What merging a codebook did (one undoable action).
export interface QdcMergeReport extends QdcPreview {
  undoLabel: string;
}

// What an export wrote: the file (as base64 for the browser, or its path on disk) and what it holds.
export interface ExchangeExportResult {
  fileName: string;
  // set when the file was written on the host (Electron, the CLI, or a typed path)
  path: string | null;
  // set when the file comes back to the window to be saved as a download
  bytesBase64: string | null;
  bytes: number;
  counts: ExchangeCounts;
  leftOut: LeftOutItem[];
}

// What a full export would hold, and the warning to show before writing it.
export interface ExchangeExportInfo {
  counts: ExchangeCounts;
  // the real-names warning for a .qdpx
  qdpxWarning: string;
  // what a .qdc holds
  qdcNote: string;
  // a file name to suggest ("Demo study.qdpx")
  suggestedName: string;
  // codable codes sharing a name, whose codings QualCoder would lose (shared/exchange/same-name-codes.ts)
  sameNameCodes: SameNameCodes[];
}

// Codable codes with the same name: their paths in export order, and the codings of all but the first.
export interface SameNameCodes {
  name: string;
  paths: string[];
  codingsAtRisk: number;
}

// A source of an imported project kept as a reference only (PDF, picture, audio, video).
export interface ExchangeReference {
  id: number;
  guid: string;
  kind: 'pdf' | 'picture' | 'audio' | 'video';
  name: string;
  path: string | null;
  currentPath: string | null;
  origin: string;
  // what of it was not imported
  note: string;
  importedAt: string;
}
