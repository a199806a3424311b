// Notes of a REFI-QDA project as memos: each goes on what refers to it (NoteRef on the
// project, a code, a source, a selection or a coding; a Link between the note and a
// case, source, code or graph), else on the project. Our diagram notes come back as
// diagrams. Other links are listed as not imported.
import type { PlanDiagram, PlanMemo } from './import-plan-types.ts';
import type { KeyMaker } from './import-plan-codebook.ts';
import type { Placement, TextLookup } from './import-plan-state.ts';
import type { LeftOut } from './left-out.ts';
import { decodeDiagramData } from './diagram-data.ts';
import { markerValue, readMarkers } from './markers.ts';
import { canonicalGuid } from './refi-model.ts';
import type { RefiProject, RefiText } from './refi-model.ts';

export const DIAGRAM_MARKER = 'diagram';

// The longest note text imported as a memo (characters); a longer note is listed as not imported,
// since no memo editor shows tens of millions of characters and the sources' limit is for coded text.
export const MAX_NOTE_TEXT = 5_000_000;

type NoteRead = { ok: true; text: string } | { ok: false; problem: string };

// Reads a note's text: inline, else its file in the archive (a note with both, which Project.xsd
// does not allow, is read once, from its inline text unless that is empty).
export function readNoteText(note: RefiText, lookup: TextLookup): NoteRead {
  let text: string;
  if (note.plainTextContent !== undefined && (note.plainTextPath === undefined || note.plainTextContent !== '')) text = note.plainTextContent;
  else if (note.plainTextPath !== undefined) {
    const read = lookup(note.plainTextPath);
    if (!read.ok) return { ok: false, problem: read.problem };
    text = read.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  } else if (note.richTextPath !== undefined) return { ok: false, problem: 'only its formatted version is in the file, without plain text' };
  else text = '';
  if (text.length > MAX_NOTE_TEXT) return { ok: false, problem: `its text is ${text.length.toLocaleString('en')} characters long, more than the ${MAX_NOTE_TEXT.toLocaleString('en')} a memo takes` };
  return { ok: true, text };
}

// The text of a note ('' when it cannot be read).
export function noteText(note: RefiText, lookup: TextLookup): string {
  const read = readNoteText(note, lookup);
  return read.ok ? read.text : '';
}

// Where each note goes: the first thing that refers to it (a NoteRef or, later, a Link).
class NoteAttachments {
  readonly attached = new Map<string, Placement>();
  multiple = 0;
  constructor(readonly noteGuids: ReadonlySet<string>) {}

  attach(noteGuid: string, placement: Placement | undefined): void {
    const g = canonicalGuid(noteGuid);
    if (g === null || !this.noteGuids.has(g) || placement === undefined) return;
    if (this.attached.has(g)) {
      this.multiple++;
      return;
    }
    this.attached.set(g, placement);
  }
}

// Attaches the notes that the project, codes, sources, selections and codings refer to.
function attachNoteRefs(project: RefiProject, placements: Map<string, Placement>, notes: NoteAttachments): void {
  const placed = (guid: string | undefined) => placements.get(canonicalGuid(guid) ?? '');
  for (const ref of project.noteRefs) notes.attach(ref, { kind: 'project', key: '' });
  const walkCodes = (codes: RefiProject['codes']) => {
    for (const code of codes) {
      for (const ref of code.noteRefs) notes.attach(ref, placed(code.guid));
      walkCodes(code.children);
    }
  };
  walkCodes(project.codes);
  for (const s of project.sources) {
    for (const ref of s.noteRefs) notes.attach(ref, placed(s.guid) ?? { kind: 'project', key: '' });
    const texts: RefiText[] = s.kind === 'TextSource' ? [s] : [...(s.representation ? [s.representation] : []), ...s.transcripts];
    for (const t of texts) {
      for (const ref of t.noteRefs) notes.attach(ref, placed(t.guid));
      for (const sel of t.selections) {
        for (const ref of sel.noteRefs) notes.attach(ref, placed(sel.guid));
        for (const c of sel.codings) for (const ref of c.noteRefs) notes.attach(ref, placed(c.guid) ?? placed(sel.guid));
      }
      for (const c of t.codings) for (const ref of c.noteRefs) notes.attach(ref, placed(c.guid));
    }
  }
}

interface OurDiagrams {
  diagrams: PlanDiagram[];
  // the notes that carry a diagram (not memos) and the graph parts that belong to one
  diagramNotes: Set<string>;
  ourGraphParts: Set<string>;
}

// Our diagrams travel as a note linked to their graph; their vertices, edges and evidence links come with them.
function planOurDiagrams(project: RefiProject, lookup: TextLookup, placements: Map<string, Placement>, left: LeftOut): OurDiagrams {
  const out: OurDiagrams = { diagrams: [], diagramNotes: new Set(), ourGraphParts: new Set() };
  const graphs = new Map(project.graphs.map((g) => [canonicalGuid(g.guid) ?? g.guid, g]));
  for (const note of project.notes) {
    const { markers } = readMarkers(noteText(note, lookup));
    const data = markerValue(markers, DIAGRAM_MARKER);
    const g = canonicalGuid(note.guid);
    if (data === null || g === null) continue;
    const link = project.links.find((l) => canonicalGuid(l.originGuid) === g && graphs.has(canonicalGuid(l.targetGuid) ?? ''));
    const graphGuid = canonicalGuid(link?.targetGuid);
    const graph = graphGuid === null ? undefined : graphs.get(graphGuid);
    if (graphGuid === null || !graph) continue;
    out.diagramNotes.add(g);
    const decoded = decodeDiagramData(data);
    if (decoded === null) {
      left.add('Diagram data that could not be read', 'The note that carries a diagram\'s texts and tensions is damaged; the diagram is not imported.', graph.name);
      continue;
    }
    const key = `diagram:${graphGuid}`;
    out.diagrams.push({ key, data: decoded });
    placements.set(graphGuid, { kind: 'diagram', key });
    for (const part of [...graph.vertices.map((v) => v.guid), ...graph.edges.map((e) => e.guid)]) {
      const c = canonicalGuid(part);
      if (c !== null) out.ourGraphParts.add(c);
    }
  }
  const foreignGraphs = project.graphs.filter((graph) => !placements.has(canonicalGuid(graph.guid) ?? ''));
  if (foreignGraphs.length > 0) {
    left.add('Graphs (network views)', 'Activity Lens draws activity systems, not free networks; the codes and notes the graphs show are imported, the drawings are not.', foreignGraphs.map((g) => g.name ?? 'Untitled').slice(0, 5).join(', '), foreignGraphs.length);
  }
  return out;
}

// Links from a note to a thing (or back) place the note there; other links are listed as not imported.
function attachLinkedNotes(project: RefiProject, placements: Map<string, Placement>, notes: NoteAttachments, ours: OurDiagrams, left: LeftOut): void {
  let otherLinks = 0;
  const linkExamples: string[] = [];
  for (const link of project.links) {
    const origin = canonicalGuid(link.originGuid);
    const target = canonicalGuid(link.targetGuid);
    if (origin !== null && (ours.diagramNotes.has(origin) || ours.ourGraphParts.has(origin))) continue;
    const fromNote = origin !== null && notes.noteGuids.has(origin) && target !== null && !notes.noteGuids.has(target) ? placements.get(target) : undefined;
    if (origin !== null && fromNote) {
      notes.attach(origin, fromNote);
      continue;
    }
    const toNote = target !== null && notes.noteGuids.has(target) && origin !== null && !notes.noteGuids.has(origin) ? placements.get(origin) : undefined;
    if (target !== null && toNote) {
      notes.attach(target, toNote);
      continue;
    }
    otherLinks++;
    if (linkExamples.length < 5 && link.name) linkExamples.push(link.name);
  }
  if (otherLinks > 0) left.add('Links', 'Activity Lens has no links between codes, sources or selections (links from a note become the memo\'s place).', linkExamples.join(', ') || undefined, otherLinks);
}

// The memo a note becomes, on the thing it was attached to or on the project.
function noteMemo(note: RefiProject['notes'][number], placement: Placement | undefined, text: string, keys: KeyMaker, ownRange: { start: number; end: number } | undefined): PlanMemo {
  const { guid } = keys.take('memo', note.guid);
  const body = [note.description ?? '', text].filter((t) => t.trim() !== '').join('\n\n');
  const onProject = placement === undefined || placement.kind === 'project';
  const range = onProject || placement.kind !== 'source' ? undefined : (placement.range ?? ownRange);
  return {
    guid,
    title: noteTitle(note, text),
    plainText: body,
    targetKind: onProject ? 'project' : placement.kind,
    targetKey: onProject ? null : placement.key,
    createdAt: note.creationDateTime ?? null,
    updatedAt: note.modifiedDateTime ?? note.creationDateTime ?? null,
    creatingUser: note.creatingUser,
    ...(range ? { range } : {}),
  };
}

// A note's name, else the first words of its text (an export must name every note: QualCoder makes
// journals only of named ones), so a nameless note keeps the same title from one trip to the next.
function noteTitle(note: RefiText, text: string): string {
  const name = (note.name ?? '').trim();
  if (name !== '') return name.slice(0, 480);
  const words = Array.from(text.replace(/\s+/g, ' ').trim());
  return words.length > 60 ? `${words.slice(0, 60).join('')}…` : words.join('');
}

// The passage a note on a source marks itself (QualCoder writes an annotation as a note holding one
// PlainTextSelection, with a NoteRef from its TextSource); undefined when it marks none or several.
function ownPassage(note: RefiText): { start: number; end: number } | undefined {
  const only = note.selections.length === 1 ? note.selections[0] : undefined;
  if (!only || only.codings.length > 0 || !Number.isInteger(only.start) || !Number.isInteger(only.end) || only.start < 0 || only.end < only.start) return undefined;
  return { start: only.start, end: only.end };
}

// What a note carries that a memo cannot: its own coded selections and codings, its formatted version.
function listNoteParts(note: RefiText, left: LeftOut, usedAsPassage: number): void {
  const name = (note.name ?? '').trim() || 'Untitled note';
  const parts = note.selections.length + note.codings.length - usedAsPassage;
  if (parts > 0) left.add('Selections and codings inside notes', 'The note comes in as a memo with its text; selections in it that no source refers to, and codings of the note itself, cannot be placed.', name, parts);
  if (note.richTextPath !== undefined) left.add('Formatted versions of notes', 'The note\'s plain text comes in as a memo; the formatted file kept beside it does not.', name);
}

// Builds the memos (and our diagrams) of a project's notes.
export function planNotes(
  project: RefiProject,
  lookup: TextLookup,
  placements: Map<string, Placement>,
  keys: KeyMaker,
  left: LeftOut,
): { memos: PlanMemo[]; diagrams: PlanDiagram[]; notes: string[] } {
  const attachments = new NoteAttachments(new Set(project.notes.map((n) => canonicalGuid(n.guid)).filter((g): g is string => g !== null)));
  attachNoteRefs(project, placements, attachments);
  const ours = planOurDiagrams(project, lookup, placements, left);
  attachLinkedNotes(project, placements, attachments, ours, left);
  const memos: PlanMemo[] = [];
  for (const note of project.notes) {
    const g = canonicalGuid(note.guid);
    if (g !== null && ours.diagramNotes.has(g)) continue;
    const read = readNoteText(note, lookup);
    if (!read.ok) {
      left.add('Notes whose text cannot be read', 'The note\'s text is missing, outside the file or too long, so it is not imported as a memo; nothing else changes.', `${(note.name ?? '').trim() || 'Untitled note'} (${read.problem})`);
      continue;
    }
    const placement = g === null ? undefined : attachments.attached.get(g);
    const ownRange = placement?.kind === 'source' && placement.range === undefined ? ownPassage(note) : undefined;
    listNoteParts(note, left, ownRange ? 1 : 0);
    memos.push(noteMemo(note, placement, read.text, keys, ownRange));
  }
  const notes: string[] = [];
  const { multiple } = attachments;
  if (multiple > 0) notes.push(`${multiple} note reference${multiple === 1 ? '' : 's'} pointed at a note already placed elsewhere; each memo is kept once, on the first thing that refers to it.`);
  const loose = memos.filter((m) => m.targetKind === 'project').length - project.noteRefs.length;
  if (loose > 0) notes.push(`${loose} note${loose === 1 ? '' : 's'} not attached to anything in Activity Lens terms will be project memos.`);
  return { memos, diagrams: ours.diagrams, notes };
}
