// The REFI-QDA 1.5 project and codebook as plain data (Project.xsd, Codebook.xsd):
// what our exporter builds before writing XML and what the importer reads XML into.
// Field names follow the standard's element and attribute names.

export type RefiVariableType = 'Text' | 'Boolean' | 'Integer' | 'Float' | 'Date' | 'DateTime';

export interface RefiUser {
  guid: string;
  name?: string;
  id?: string;
}

export interface RefiCode {
  guid: string;
  name: string;
  isCodable: boolean;
  color?: string;
  description?: string;
  noteRefs: string[];
  children: RefiCode[];
}

export interface RefiVariable {
  guid: string;
  name: string;
  type: RefiVariableType;
  description?: string;
}

export interface RefiVariableValue {
  variableGuid: string;
  // which value element carried it (TextValue, IntegerValue, ...)
  type: RefiVariableType;
  value: string;
}

export interface RefiCase {
  guid: string;
  name?: string;
  description?: string;
  codeRefs: string[];
  values: RefiVariableValue[];
  sourceRefs: string[];
  selectionRefs: string[];
}

export interface RefiCoding {
  guid: string;
  codeGuid: string;
  noteRefs: string[];
  creatingUser?: string;
  creationDateTime?: string;
}

export interface RefiTextSelection {
  guid: string;
  name?: string;
  start: number;
  end: number;
  description?: string;
  codings: RefiCoding[];
  noteRefs: string[];
  creatingUser?: string;
  creationDateTime?: string;
}

// TextSourceType: text sources, notes, PDF representations, media transcripts.
export interface RefiText {
  guid: string;
  name?: string;
  description?: string;
  plainTextContent?: string;
  plainTextPath?: string;
  richTextPath?: string;
  creatingUser?: string;
  creationDateTime?: string;
  modifyingUser?: string;
  modifiedDateTime?: string;
  selections: RefiTextSelection[];
  codings: RefiCoding[];
  noteRefs: string[];
  values: RefiVariableValue[];
}

export type RefiMediaKind = 'PDFSource' | 'PictureSource' | 'AudioSource' | 'VideoSource';

// A source we cannot code: kept as a reference (and, for a PDF, its text representation).
export interface RefiMediaSource {
  kind: RefiMediaKind;
  guid: string;
  name?: string;
  path?: string;
  currentPath?: string;
  description?: string;
  // PDFSource Representation (the plain text other programs code a PDF through)
  representation?: RefiText;
  // AudioSource / VideoSource Transcript elements that carry text
  transcripts: RefiText[];
  // picture, PDF-region and media-time selections (not codable here), and their codings
  regionSelections: number;
  regionCodings: number;
  codings: RefiCoding[];
  noteRefs: string[];
  values: RefiVariableValue[];
}

export type RefiSource = ({ kind: 'TextSource' } & RefiText) | RefiMediaSource;

export interface RefiLink {
  guid: string;
  name?: string;
  direction?: 'Associative' | 'OneWay' | 'Bidirectional';
  color?: string;
  originGuid?: string;
  targetGuid?: string;
  noteRefs: string[];
}

export interface RefiSet {
  guid: string;
  name: string;
  description?: string;
  memberCodes: string[];
  memberSources: string[];
  memberNotes: string[];
}

export type RefiShape = 'Person' | 'Oval' | 'Rectangle' | 'RoundedRectangle' | 'Star' | 'LeftTriangle' | 'RightTriangle' | 'UpTriangle' | 'DownTriangle' | 'Note';

export interface RefiVertex {
  guid: string;
  representedGuid?: string;
  name?: string;
  firstX: number;
  firstY: number;
  secondX?: number;
  secondY?: number;
  shape?: RefiShape;
  color?: string;
}

export interface RefiEdge {
  guid: string;
  representedGuid?: string;
  name?: string;
  sourceVertex: string;
  targetVertex: string;
  color?: string;
  direction?: 'Associative' | 'OneWay' | 'Bidirectional';
  lineStyle?: 'dotted' | 'dashed' | 'solid';
}

export interface RefiGraph {
  guid: string;
  name?: string;
  vertices: RefiVertex[];
  edges: RefiEdge[];
}

export interface RefiProject {
  name: string;
  origin?: string;
  creatingUserGuid?: string;
  creationDateTime?: string;
  modifiedDateTime?: string;
  basePath?: string;
  description?: string;
  users: RefiUser[];
  codes: RefiCode[];
  variables: RefiVariable[];
  cases: RefiCase[];
  sources: RefiSource[];
  notes: RefiText[];
  links: RefiLink[];
  sets: RefiSet[];
  graphs: RefiGraph[];
  noteRefs: string[];
}

// A project as the exporter writes it: its sources may be made one at a time as they are written.
export type RefiProjectToWrite = Omit<RefiProject, 'sources'> & { sources: Iterable<RefiSource> };

export interface RefiCodebook {
  origin?: string;
  codes: RefiCode[];
  sets: RefiSet[];
}

export const PROJECT_NAMESPACE = 'urn:QDA-XML:project:1.0';
export const CODEBOOK_NAMESPACE = 'urn:QDA-XML:codebook:1.0';

const GUID_PATTERN = /^\{?([0-9a-fA-F]{8}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{4}-[0-9a-fA-F]{12})\}?$/;

// The canonical form of a GUID: no braces, lower case (other programs write both); null if not a GUID.
export function canonicalGuid(value: string | undefined): string | null {
  if (value === undefined) return null;
  const match = GUID_PATTERN.exec(value.trim());
  return match?.[1] ? match[1].toLowerCase() : null;
}

// A REFI colour as our #rrggbb (expands #rgb); null when it is not a colour.
export function toHexColor(value: string | undefined): string | null {
  if (value === undefined) return null;
  const v = value.trim();
  if (/^#[0-9a-fA-F]{6}$/.test(v)) return v.toLowerCase();
  if (/^#[0-9a-fA-F]{3}$/.test(v)) return `#${[...v.slice(1)].map((c) => c + c).join('')}`.toLowerCase();
  return null;
}
