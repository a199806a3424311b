// Notes of a REFI-QDA project as memos: each goes on what refers to it (NoteRef on the
// project, a code, a source, a selection or a coding; a Link between the note and a
// case, source, code or graph), else on the project. Our diagram notes come back as
// diagrams. Other links are listed as not imported.
import type { ImportPlan, PlanDiagram, PlanMemo } from './import-plan-types.ts';
import type { KeyMaker } from './import-plan-codebook.ts';
import type { Placement, TextLookup } from './import-plan.ts';
import type { LeftOut } from './left-out.ts';
import { decodeDiagramData } from './diagram-data.ts';
import { markerValue, readMarkers } from './markers.ts';
import { canonicalGuid } from './refi-model.ts';
import type { RefiProject, RefiText } from './refi-model.ts';

export const DIAGRAM_MARKER = 'diagram';

function noteText(note: RefiText, lookup: TextLookup): string {
  if (note.plainTextContent !== undefined) return note.plainTextContent;
  if (note.plainTextPath !== undefined) {
    const read = lookup(note.plainTextPath);
    if (read.ok) return read.text.replace(/^\uFEFF/, '').replace(/\r\n?/g, '\n');
  }
  return '';
}

// Builds the memos (and our diagrams) of a project's notes.
export function planNotes(
  project: RefiProject,
  lookup: TextLookup,
  placements: Map<string, Placement>,
  keys: KeyMaker,
  left: LeftOut,
): { memos: PlanMemo[]; diagrams: PlanDiagram[]; notes: string[] } {
  const noteGuids = new Set(project.notes.map((n) => canonicalGuid(n.guid)).filter((g): g is string => g !== null));
  const attached = new Map<string, Placement>();
  let multiple = 0;
  const attach = (noteGuid: string, placement: Placement | undefined) => {
    const g = canonicalGuid(noteGuid);
    if (g === null || !noteGuids.has(g) || placement === undefined) return;
    if (attached.has(g)) {
      multiple++;
      return;
    }
    attached.set(g, placement);
  };
  const placed = (guid: string | undefined) => placements.get(canonicalGuid(guid) ?? '');

  for (const ref of project.noteRefs) attach(ref, { kind: 'project', key: '' });
  const walkCodes = (codes: RefiProject['codes']) => {
    for (const code of codes) {
      for (const ref of code.noteRefs) attach(ref, placed(code.guid));
      walkCodes(code.children);
    }
  };
  walkCodes(project.codes);
  for (const s of project.sources) {
    for (const ref of s.noteRefs) attach(ref, placed(s.guid) ?? { kind: 'project', key: '' });
    const texts: RefiText[] = s.kind === 'TextSource' ? [s] : [...(s.representation ? [s.representation] : []), ...s.transcripts];
    for (const t of texts) {
      for (const ref of t.noteRefs) attach(ref, placed(t.guid));
      for (const sel of t.selections) {
        for (const ref of sel.noteRefs) attach(ref, placed(sel.guid));
        for (const c of sel.codings) for (const ref of c.noteRefs) attach(ref, placed(c.guid) ?? placed(sel.guid));
      }
      for (const c of t.codings) for (const ref of c.noteRefs) attach(ref, placed(c.guid));
    }
  }

  // our diagrams travel as a note linked to their graph; their vertices, edges and evidence links come with them
  const diagrams: PlanDiagram[] = [];
  const diagramNotes = new Set<string>();
  const ourGraphParts = new Set<string>();
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
    diagramNotes.add(g);
    const decoded = decodeDiagramData(data);
    if (decoded === null) {
      left.add('Diagram data that could not be read', 'The note that carries a diagram\'s texts and tensions is damaged; the diagram is not imported.', graph.name);
      continue;
    }
    const key = `diagram:${graphGuid}`;
    diagrams.push({ key, data: decoded });
    placements.set(graphGuid, { kind: 'diagram', key });
    for (const part of [...graph.vertices.map((v) => v.guid), ...graph.edges.map((e) => e.guid)]) {
      const c = canonicalGuid(part);
      if (c !== null) ourGraphParts.add(c);
    }
  }
  const foreignGraphs = project.graphs.filter((graph) => !placements.has(canonicalGuid(graph.guid) ?? ''));
  if (foreignGraphs.length > 0) {
    left.add('Graphs (network views)', 'Activity Lens draws activity systems, not free networks; the codes and notes the graphs show are imported, the drawings are not.', foreignGraphs.map((g) => g.name ?? 'Untitled').slice(0, 5).join(', '), foreignGraphs.length);
  }

  let otherLinks = 0;
  const linkExamples: string[] = [];
  for (const link of project.links) {
    const origin = canonicalGuid(link.originGuid);
    const target = canonicalGuid(link.targetGuid);
    if (origin !== null && (diagramNotes.has(origin) || ourGraphParts.has(origin))) continue;
    if (origin !== null && noteGuids.has(origin) && target !== null && !noteGuids.has(target)) {
      const p = placements.get(target);
      if (p) {
        attach(origin, p);
        continue;
      }
    }
    if (target !== null && noteGuids.has(target) && origin !== null && !noteGuids.has(origin)) {
      const p = placements.get(origin);
      if (p) {
        attach(target, p);
        continue;
      }
    }
    otherLinks++;
    if (linkExamples.length < 5 && link.name) linkExamples.push(link.name);
  }
  if (otherLinks > 0) left.add('Links', 'Activity Lens has no links between codes, sources or selections (links from a note become the memo\'s place).', linkExamples.join(', ') || undefined, otherLinks);

  const memos: PlanMemo[] = [];
  for (const note of project.notes) {
    const g = canonicalGuid(note.guid);
    if (g !== null && diagramNotes.has(g)) continue;
    const placement = g === null ? undefined : attached.get(g);
    const { guid } = keys.take('memo', note.guid);
    const text = noteText(note, lookup);
    const body = [note.description ?? '', text].filter((t) => t.trim() !== '').join('\n\n');
    const onProject = placement === undefined || placement.kind === 'project';
    memos.push({
      guid,
      title: (note.name ?? '').trim().slice(0, 480),
      plainText: body,
      targetKind: onProject ? 'project' : placement.kind,
      targetKey: onProject ? null : placement.key,
      createdAt: note.creationDateTime ?? null,
      updatedAt: note.modifiedDateTime ?? note.creationDateTime ?? null,
    });
  }
  const notes: string[] = [];
  if (multiple > 0) notes.push(`${multiple} note reference${multiple === 1 ? '' : 's'} pointed at a note already placed elsewhere; each memo is kept once, on the first thing that refers to it.`);
  const loose = memos.filter((m) => m.targetKind === 'project').length - project.noteRefs.length;
  if (loose > 0) notes.push(`${loose} note${loose === 1 ? '' : 's'} not attached to anything in Activity Lens terms will be project memos.`);
  return { memos, diagrams, notes };
}

// The memos of a plan that sit on a given kind of thing (for reports and tests).
export function memosOn(plan: ImportPlan, kind: PlanMemo['targetKind']): PlanMemo[] {
  return plan.memos.filter((m) => m.targetKind === kind);
}
