// Writes a REFI-QDA project (project.qde) and codebook (.qdc) as XML in the element
// order Project.xsd and Codebook.xsd require (they are xsd:sequence, so order matters).
import { CODEBOOK_NAMESPACE, PROJECT_NAMESPACE } from './refi-model.ts';
import type {
  RefiCode,
  RefiCodebook,
  RefiCoding,
  RefiMediaSource,
  RefiProjectToWrite,
  RefiSource,
  RefiSet,
  RefiText,
  RefiTextSelection,
  RefiVariableValue,
} from './refi-model.ts';
import { XmlWriter } from './xml-text.ts';

const VALUE_ELEMENT = {
  Text: 'TextValue',
  Boolean: 'BooleanValue',
  Integer: 'IntegerValue',
  Float: 'FloatValue',
  Date: 'DateValue',
  DateTime: 'DateTimeValue',
} as const;

function noteRefs(w: XmlWriter, refs: readonly string[]): void {
  for (const ref of refs) w.empty('NoteRef', { targetGUID: ref });
}

function description(w: XmlWriter, text: string | undefined): void {
  if (text !== undefined && text !== '') w.text('Description', text);
}

function writeCode(w: XmlWriter, code: RefiCode, withNotes: boolean): void {
  const attrs = { guid: code.guid, name: code.name, isCodable: code.isCodable, color: code.color };
  const hasBody = (code.description ?? '') !== '' || code.children.length > 0 || (withNotes && code.noteRefs.length > 0);
  if (!hasBody) {
    w.empty('Code', attrs);
    return;
  }
  w.open('Code', attrs);
  description(w, code.description);
  if (withNotes) noteRefs(w, code.noteRefs);
  for (const child of code.children) writeCode(w, child, withNotes);
  w.close('Code');
}

function writeValue(w: XmlWriter, value: RefiVariableValue): void {
  w.open('VariableValue');
  w.empty('VariableRef', { targetGUID: value.variableGuid });
  w.text(VALUE_ELEMENT[value.type], value.value);
  w.close('VariableValue');
}

function writeCoding(w: XmlWriter, coding: RefiCoding): void {
  w.open('Coding', { guid: coding.guid, creatingUser: coding.creatingUser, creationDateTime: coding.creationDateTime });
  w.empty('CodeRef', { targetGUID: coding.codeGuid });
  noteRefs(w, coding.noteRefs);
  w.close('Coding');
}

function writeSelection(w: XmlWriter, s: RefiTextSelection): void {
  w.open('PlainTextSelection', {
    guid: s.guid,
    name: s.name,
    startPosition: s.start,
    endPosition: s.end,
    creatingUser: s.creatingUser,
    creationDateTime: s.creationDateTime,
  });
  description(w, s.description);
  for (const c of s.codings) writeCoding(w, c);
  noteRefs(w, s.noteRefs);
  w.close('PlainTextSelection');
}

// Writes a TextSourceType element (TextSource, Note, Representation).
function writeText(w: XmlWriter, element: string, t: RefiText): void {
  w.open(element, {
    guid: t.guid,
    name: t.name,
    richTextPath: t.richTextPath,
    plainTextPath: t.plainTextPath,
    creatingUser: t.creatingUser,
    creationDateTime: t.creationDateTime,
    modifyingUser: t.modifyingUser,
    modifiedDateTime: t.modifiedDateTime,
  });
  description(w, t.description);
  if (t.plainTextContent !== undefined) w.text('PlainTextContent', t.plainTextContent);
  for (const s of t.selections) writeSelection(w, s);
  for (const c of t.codings) writeCoding(w, c);
  noteRefs(w, t.noteRefs);
  for (const v of t.values) writeValue(w, v);
  w.close(element);
}

function writeMedia(w: XmlWriter, m: RefiMediaSource): void {
  w.open(m.kind, { guid: m.guid, name: m.name, path: m.path, currentPath: m.currentPath });
  description(w, m.description);
  if (m.kind === 'PDFSource' && m.representation) writeText(w, 'Representation', m.representation);
  for (const c of m.codings) writeCoding(w, c);
  noteRefs(w, m.noteRefs);
  for (const v of m.values) writeValue(w, v);
  w.close(m.kind);
}

function writeSet(w: XmlWriter, set: RefiSet, codebook: boolean): void {
  w.open('Set', { guid: set.guid, name: set.name });
  description(w, set.description);
  for (const g of set.memberCodes) w.empty('MemberCode', codebook ? { guid: g } : { targetGUID: g });
  if (!codebook) {
    for (const g of set.memberSources) w.empty('MemberSource', { targetGUID: g });
    for (const g of set.memberNotes) w.empty('MemberNote', { targetGUID: g });
  }
  w.close('Set');
}

// The project.qde XML of a project.
export function writeProjectXml(p: RefiProjectToWrite): string {
  const w = new XmlWriter();
  writeProject(w, p);
  return w.toString();
}

// Writes the project.qde XML of a project to `sink` in pieces (about 64 KB each), never holding it whole.
export function streamProjectXml(p: RefiProjectToWrite, sink: (chunk: string) => void): void {
  const w = new XmlWriter(sink);
  writeProject(w, p);
  w.flush();
}

// Writes a wrapping element around items, only when there are any.
function writeList<T>(w: XmlWriter, name: string, items: readonly T[], write: (item: T) => void): void {
  if (items.length === 0) return;
  w.open(name);
  for (const item of items) write(item);
  w.close(name);
}

function writeVariable(w: XmlWriter, v: RefiProjectToWrite['variables'][number]): void {
  if (!v.description) {
    w.empty('Variable', { guid: v.guid, name: v.name, typeOfVariable: v.type });
    return;
  }
  w.open('Variable', { guid: v.guid, name: v.name, typeOfVariable: v.type });
  w.text('Description', v.description);
  w.close('Variable');
}

function writeCase(w: XmlWriter, c: RefiProjectToWrite['cases'][number]): void {
  w.open('Case', { guid: c.guid, name: c.name });
  description(w, c.description);
  for (const g of c.codeRefs) w.empty('CodeRef', { targetGUID: g });
  for (const v of c.values) writeValue(w, v);
  for (const g of c.sourceRefs) w.empty('SourceRef', { targetGUID: g });
  for (const g of c.selectionRefs) w.empty('SelectionRef', { targetGUID: g });
  w.close('Case');
}

// Sources may be a lazy iterable (a large project's texts are made one at a time).
function writeSources(w: XmlWriter, sources: Iterable<RefiSource>): void {
  let open = false;
  for (const s of sources) {
    if (!open) w.open('Sources');
    open = true;
    if (s.kind === 'TextSource') writeText(w, 'TextSource', s);
    else writeMedia(w, s);
  }
  if (open) w.close('Sources');
}

function writeLink(w: XmlWriter, l: RefiProjectToWrite['links'][number]): void {
  const attrs = { guid: l.guid, name: l.name, direction: l.direction, color: l.color, originGUID: l.originGuid, targetGUID: l.targetGuid };
  if (l.noteRefs.length === 0) {
    w.empty('Link', attrs);
    return;
  }
  w.open('Link', attrs);
  noteRefs(w, l.noteRefs);
  w.close('Link');
}

function writeGraph(w: XmlWriter, g: RefiProjectToWrite['graphs'][number]): void {
  w.open('Graph', { guid: g.guid, name: g.name });
  for (const v of g.vertices) {
    w.empty('Vertex', { guid: v.guid, representedGUID: v.representedGuid, name: v.name, firstX: v.firstX, firstY: v.firstY, secondX: v.secondX, secondY: v.secondY, shape: v.shape, color: v.color });
  }
  for (const e of g.edges) {
    w.empty('Edge', { guid: e.guid, representedGUID: e.representedGuid, name: e.name, sourceVertex: e.sourceVertex, targetVertex: e.targetVertex, color: e.color, direction: e.direction, lineStyle: e.lineStyle });
  }
  w.close('Graph');
}

function writeProject(w: XmlWriter, p: RefiProjectToWrite): void {
  w.open('Project', {
    xmlns: PROJECT_NAMESPACE,
    name: p.name,
    origin: p.origin,
    creatingUserGUID: p.creatingUserGuid,
    creationDateTime: p.creationDateTime,
    modifiedDateTime: p.modifiedDateTime,
    basePath: p.basePath,
  });
  writeList(w, 'Users', p.users, (u) => w.empty('User', { guid: u.guid, name: u.name, id: u.id }));
  if (p.codes.length > 0) {
    w.open('CodeBook');
    writeList(w, 'Codes', p.codes, (c) => writeCode(w, c, true));
    w.close('CodeBook');
  }
  writeList(w, 'Variables', p.variables, (v) => writeVariable(w, v));
  writeList(w, 'Cases', p.cases, (c) => writeCase(w, c));
  writeSources(w, p.sources);
  writeList(w, 'Notes', p.notes, (n) => writeText(w, 'Note', n));
  writeList(w, 'Links', p.links, (l) => writeLink(w, l));
  writeList(w, 'Sets', p.sets, (s) => writeSet(w, s, false));
  writeList(w, 'Graphs', p.graphs, (g) => writeGraph(w, g));
  description(w, p.description);
  noteRefs(w, p.noteRefs);
  w.close('Project');
}

// The .qdc XML of a codebook (codes and their sets; Codebook.xsd has no notes).
export function writeCodebookXml(book: RefiCodebook): string {
  const w = new XmlWriter();
  w.open('CodeBook', { xmlns: CODEBOOK_NAMESPACE, origin: book.origin });
  w.open('Codes');
  for (const c of book.codes) writeCode(w, c, false);
  w.close('Codes');
  const sets = book.sets.filter((s) => s.memberCodes.length > 0 || s.description);
  if (sets.length > 0) {
    w.open('Sets');
    for (const s of sets) writeSet(w, s, true);
    w.close('Sets');
  }
  w.close('CodeBook');
  return w.toString();
}
