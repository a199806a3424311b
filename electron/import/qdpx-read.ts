// Reads the XML element tree of a project.qde or .qdc into the REFI-QDA model, tolerating
// what the major programs write differently (any namespace version, GUIDs in braces,
// missing optional attributes, numbers with spaces).
import { ApiError } from '../../shared/errors.ts';
import type {
  RefiCode,
  RefiCodebook,
  RefiCoding,
  RefiEdge,
  RefiGraph,
  RefiLink,
  RefiMediaKind,
  RefiMediaSource,
  RefiProject,
  RefiSet,
  RefiShape,
  RefiSource,
  RefiText,
  RefiTextSelection,
  RefiVariableType,
  RefiVariableValue,
  RefiVertex,
} from '../../shared/exchange/refi-model.ts';
import { childNamed, childrenNamed } from './qdpx-xml.ts';
import type { XmlElement } from './qdpx-xml.ts';

const VALUE_TYPES: Record<string, RefiVariableType> = {
  TextValue: 'Text',
  BooleanValue: 'Boolean',
  IntegerValue: 'Integer',
  FloatValue: 'Float',
  DateValue: 'Date',
  DateTimeValue: 'DateTime',
};
const VARIABLE_TYPES: readonly RefiVariableType[] = ['Text', 'Boolean', 'Integer', 'Float', 'Date', 'DateTime'];
const MEDIA_KINDS: readonly RefiMediaKind[] = ['PDFSource', 'PictureSource', 'AudioSource', 'VideoSource'];
const SHAPES: readonly RefiShape[] = ['Person', 'Oval', 'Rectangle', 'RoundedRectangle', 'Star', 'LeftTriangle', 'RightTriangle', 'UpTriangle', 'DownTriangle', 'Note'];
const DIRECTIONS = ['Associative', 'OneWay', 'Bidirectional'] as const;

function attr(el: XmlElement, name: string): string | undefined {
  const v = el.attrs[name];
  return v === undefined || v.trim() === '' ? undefined : v;
}

function guidOf(el: XmlElement, name = 'guid'): string {
  return (el.attrs[name] ?? '').trim();
}

// An integer attribute, or NaN when it is missing or not a whole number.
function intAttr(el: XmlElement, name: string): number {
  const raw = (el.attrs[name] ?? '').trim();
  return /^[+-]?\d+$/.test(raw) ? Number(raw) : Number.NaN;
}

function optionalInt(el: XmlElement, name: string): number | undefined {
  const n = intAttr(el, name);
  return Number.isFinite(n) ? n : undefined;
}

function descriptionOf(el: XmlElement): string | undefined {
  const d = childNamed(el, 'Description');
  return d === undefined || d.text.trim() === '' ? undefined : d.text;
}

// Shared by every element without references (most of a large project's hundreds of thousands of
// selections and codings); nothing adds to a model's reference lists after reading.
const NO_REFS: string[] = [];

function refs(el: XmlElement, name: string): string[] {
  let out: string[] | null = null;
  for (const c of el.children) {
    if (c.name !== name) continue;
    const g = guidOf(c, 'targetGUID');
    if (g !== '') (out ??= []).push(g);
  }
  return out ?? NO_REFS;
}

function readCode(el: XmlElement): RefiCode {
  return {
    guid: guidOf(el),
    name: el.attrs.name ?? '',
    // the standard makes isCodable required; programs that leave it out mean a codable code
    isCodable: (el.attrs.isCodable ?? 'true').trim().toLowerCase() !== 'false',
    color: attr(el, 'color'),
    description: descriptionOf(el),
    noteRefs: refs(el, 'NoteRef'),
    children: childrenNamed(el, 'Code').map(readCode),
  };
}

function readValues(el: XmlElement): RefiVariableValue[] {
  return childrenNamed(el, 'VariableValue').map((vv) => {
    const valueEl = vv.children.find((c) => c.name in VALUE_TYPES);
    return {
      variableGuid: guidOf(childNamed(vv, 'VariableRef') ?? vv, 'targetGUID'),
      type: valueEl ? (VALUE_TYPES[valueEl.name] ?? 'Text') : 'Text',
      value: valueEl?.text ?? '',
    };
  });
}

function readCoding(el: XmlElement): RefiCoding {
  return {
    guid: guidOf(el),
    codeGuid: guidOf(childNamed(el, 'CodeRef') ?? el, 'targetGUID'),
    noteRefs: refs(el, 'NoteRef'),
    creatingUser: attr(el, 'creatingUser'),
    creationDateTime: attr(el, 'creationDateTime'),
  };
}

function readSelection(el: XmlElement): RefiTextSelection {
  return {
    guid: guidOf(el),
    name: attr(el, 'name'),
    start: intAttr(el, 'startPosition'),
    end: intAttr(el, 'endPosition'),
    description: descriptionOf(el),
    codings: childrenNamed(el, 'Coding').map(readCoding),
    noteRefs: refs(el, 'NoteRef'),
    creatingUser: attr(el, 'creatingUser') ?? attr(el, 'modifyingUser'),
    creationDateTime: attr(el, 'creationDateTime') ?? attr(el, 'modifiedDateTime'),
  };
}

// Reads a TextSourceType element (TextSource, Note, Representation, Transcript).
function readText(el: XmlElement): RefiText {
  const content = childNamed(el, 'PlainTextContent');
  return {
    guid: guidOf(el),
    name: attr(el, 'name'),
    description: descriptionOf(el),
    plainTextContent: content?.text,
    plainTextPath: attr(el, 'plainTextPath'),
    richTextPath: attr(el, 'richTextPath'),
    creatingUser: attr(el, 'creatingUser'),
    creationDateTime: attr(el, 'creationDateTime'),
    modifyingUser: attr(el, 'modifyingUser'),
    modifiedDateTime: attr(el, 'modifiedDateTime'),
    selections: childrenNamed(el, 'PlainTextSelection').map(readSelection),
    codings: childrenNamed(el, 'Coding').map(readCoding),
    noteRefs: refs(el, 'NoteRef'),
    values: readValues(el),
  };
}

function readMedia(el: XmlElement, kind: RefiMediaKind): RefiMediaSource {
  const regionNames = ['PictureSelection', 'PDFSelection', 'AudioSelection', 'VideoSelection'];
  const regions = el.children.filter((c) => regionNames.includes(c.name));
  const representation = kind === 'PDFSource' ? childNamed(el, 'Representation') : undefined;
  const transcripts = childrenNamed(el, 'Transcript');
  const transcriptCodings = transcripts.reduce((n, t) => n + childrenNamed(t, 'TranscriptSelection').reduce((m, s) => m + childrenNamed(s, 'Coding').length, 0), 0);
  return {
    kind,
    guid: guidOf(el),
    name: attr(el, 'name'),
    path: attr(el, 'path'),
    currentPath: attr(el, 'currentPath'),
    description: descriptionOf(el),
    representation: representation ? readText(representation) : undefined,
    transcripts: transcripts.map(readText),
    regionSelections: regions.length + transcripts.reduce((n, t) => n + childrenNamed(t, 'TranscriptSelection').length, 0),
    regionCodings: regions.reduce((n, r) => n + childrenNamed(r, 'Coding').length, 0) + transcriptCodings,
    codings: childrenNamed(el, 'Coding').map(readCoding),
    noteRefs: refs(el, 'NoteRef'),
    values: readValues(el),
  };
}

// Reads one child of <Sources> (a TextSource, PDFSource, ...); null for anything else.
export function readSource(el: XmlElement): RefiSource | null {
  if (el.name === 'TextSource') return { kind: 'TextSource', ...readText(el) };
  const kind = MEDIA_KINDS.find((k) => k === el.name);
  return kind ? readMedia(el, kind) : null;
}

function readSet(el: XmlElement): RefiSet {
  return {
    guid: guidOf(el),
    name: el.attrs.name ?? '',
    description: descriptionOf(el),
    // Codebook.xsd names the member by "guid", Project.xsd by "targetGUID"
    memberCodes: childrenNamed(el, 'MemberCode').map((m) => guidOf(m, 'targetGUID') || guidOf(m)).filter((g) => g !== ''),
    memberSources: refs(el, 'MemberSource'),
    memberNotes: refs(el, 'MemberNote'),
  };
}

function direction(value: string | undefined): RefiLink['direction'] {
  return DIRECTIONS.find((d) => d === value);
}

function readGraph(el: XmlElement): RefiGraph {
  const vertices: RefiVertex[] = childrenNamed(el, 'Vertex').map((v) => ({
    guid: guidOf(v),
    representedGuid: attr(v, 'representedGUID'),
    name: attr(v, 'name'),
    firstX: optionalInt(v, 'firstX') ?? 0,
    firstY: optionalInt(v, 'firstY') ?? 0,
    secondX: optionalInt(v, 'secondX'),
    secondY: optionalInt(v, 'secondY'),
    shape: SHAPES.find((s) => s === attr(v, 'shape')),
    color: attr(v, 'color'),
  }));
  const edges: RefiEdge[] = childrenNamed(el, 'Edge').map((e) => ({
    guid: guidOf(e),
    representedGuid: attr(e, 'representedGUID'),
    name: attr(e, 'name'),
    sourceVertex: guidOf(e, 'sourceVertex'),
    targetVertex: guidOf(e, 'targetVertex'),
    color: attr(e, 'color'),
    direction: direction(attr(e, 'direction')),
    lineStyle: (['dotted', 'dashed', 'solid'] as const).find((s) => s === attr(e, 'lineStyle')),
  }));
  return { guid: guidOf(el), name: attr(el, 'name'), vertices, edges };
}

// Reads a Project element into the REFI model; `streamed` holds sources already read while the file streamed.
export function readProject(root: XmlElement, fileName: string, streamed: readonly RefiSource[] = []): RefiProject {
  if (root.name !== 'Project') throw new ApiError('BAD_INPUT', `${fileName} is not a REFI-QDA project: its root element is <${root.name}>, not <Project>.`);
  const codeBook = childNamed(root, 'CodeBook');
  const codes = codeBook ? childrenNamed(childNamed(codeBook, 'Codes') ?? codeBook, 'Code').map(readCode) : [];
  return {
    name: root.attrs.name?.trim() || 'Imported project',
    origin: attr(root, 'origin'),
    creatingUserGuid: attr(root, 'creatingUserGUID'),
    creationDateTime: attr(root, 'creationDateTime'),
    modifiedDateTime: attr(root, 'modifiedDateTime'),
    basePath: attr(root, 'basePath'),
    description: descriptionOf(root),
    users: childrenNamed(childNamed(root, 'Users') ?? { name: '', attrs: {}, children: [], text: '' }, 'User').map((u) => ({ guid: guidOf(u), name: attr(u, 'name'), id: attr(u, 'id') })),
    codes,
    variables: childrenNamed(childNamed(root, 'Variables') ?? root, 'Variable').map((v) => ({
      guid: guidOf(v),
      name: v.attrs.name ?? '',
      type: VARIABLE_TYPES.find((t) => t.toLowerCase() === (v.attrs.typeOfVariable ?? '').trim().toLowerCase()) ?? 'Text',
      description: descriptionOf(v),
    })),
    cases: childrenNamed(childNamed(root, 'Cases') ?? root, 'Case').map((c) => ({
      guid: guidOf(c),
      name: attr(c, 'name'),
      description: descriptionOf(c),
      codeRefs: refs(c, 'CodeRef'),
      values: readValues(c),
      sourceRefs: refs(c, 'SourceRef'),
      selectionRefs: refs(c, 'SelectionRef'),
    })),
    sources: [...streamed, ...(childNamed(root, 'Sources')?.children ?? []).map(readSource).filter((s): s is RefiSource => s !== null)],
    notes: childrenNamed(childNamed(root, 'Notes') ?? root, 'Note').map(readText),
    links: childrenNamed(childNamed(root, 'Links') ?? root, 'Link').map((l) => ({
      guid: guidOf(l),
      name: attr(l, 'name'),
      direction: direction(attr(l, 'direction')),
      color: attr(l, 'color'),
      originGuid: attr(l, 'originGUID'),
      targetGuid: attr(l, 'targetGUID'),
      noteRefs: refs(l, 'NoteRef'),
    })),
    sets: childrenNamed(childNamed(root, 'Sets') ?? root, 'Set').map(readSet),
    graphs: childrenNamed(childNamed(root, 'Graphs') ?? root, 'Graph').map(readGraph),
    noteRefs: refs(root, 'NoteRef'),
  };
}

// Reads a CodeBook element (a .qdc), or the codebook inside a Project element.
export function readCodebook(root: XmlElement, fileName: string): RefiCodebook {
  if (root.name === 'Project') {
    const project = readProject(root, fileName);
    return { origin: project.origin, codes: project.codes, sets: project.sets };
  }
  if (root.name !== 'CodeBook') throw new ApiError('BAD_INPUT', `${fileName} is not a REFI-QDA codebook: its root element is <${root.name}>, not <CodeBook>.`);
  return {
    origin: attr(root, 'origin'),
    codes: childrenNamed(childNamed(root, 'Codes') ?? root, 'Code').map(readCode),
    sets: childrenNamed(childNamed(root, 'Sets') ?? root, 'Set').map(readSet),
  };
}
