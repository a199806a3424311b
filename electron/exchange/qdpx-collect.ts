// Reads a project into the REFI-QDA model: coders as users, the codebook with colours
// and nesting, variables, cases, sources with one PlainTextSelection per coding
// (positions in code points, end exclusive), memos as notes, sets for the six
// questions and the seven components, and the project's diagrams as graphs.
import { ACTIVITY_COMPONENTS, COMPONENT_LABELS } from '../../shared/model/activity-components.ts';
import type { ExchangeCounts, LeftOutItem } from '../../shared/model/exchange.ts';
import { withMarkers } from '../../shared/exchange/markers.ts';
import type { RefiCode, RefiLink, RefiMediaSource, RefiProjectToWrite, RefiSet, RefiText } from '../../shared/exchange/refi-model.ts';
import type { Store } from '../db/store.ts';
import type { NodeComponentRow } from '../db/table-rows.ts';
import { registerQueries } from '../anonymise/queries.ts';
import { getSetting } from '../projects/project-info.ts';
import { exportFiles, lazySources } from './qdpx-collect-sources.ts';
import type { Annotation, ExportFile, ExportSource } from './qdpx-collect-sources.ts';
import { collectGraphs } from './qdpx-graphs.ts';
import type { CollectedGraphs } from './qdpx-graphs.ts';
import { derivedGuid, elementGuids, exportGuid } from './qdpx-guids.ts';
import { collectVariables } from './qdpx-variables.ts';
import { countRows, exchangeQueries } from './queries.ts';
import type { CountedTable, ExportMemoRow, ExportNodeRow } from './queries.ts';

export const APP_ORIGIN = 'Activity Lens 0.1.0';

// Work of other screens that REFI-QDA cannot carry (table, what the researcher calls it).
const OTHER_WORK: readonly (readonly [CountedTable, string])[] = [
  ['saved_queries', 'Saved queries'],
  ['framework_matrices', 'Framework matrices'],
  ['alignment_objectives', 'Objectives of the alignment matrix'],
];

export interface CollectedProject {
  // its sources are made one at a time as the writer reaches them
  project: RefiProjectToWrite;
  // sources/<guid>.txt, each text read when it is zipped
  files: ExportFile[];
  counts: ExchangeCounts;
  leftOut: LeftOutItem[];
}

// A row's exported GUID, from the table it is in and its stored GUID.
type GuidOf = (table: string, stored: string) => string;

interface CollectedMemos {
  memos: ExportMemoRow[];
  memoGuid: (m: ExportMemoRow) => string;
  memosOn: (kind: string, id: number | null) => string[];
  codingMemoText: (codingId: number) => string | undefined;
  annotationsOn: (sourceId: number) => Annotation[];
}

// The project's memos as notes, and the GUIDs of the memos on each thing.
function collectMemos(store: Store, guidOf: GuidOf): CollectedMemos {
  const memos = exchangeQueries(store).memos.all();
  const memoGuid = (m: ExportMemoRow) => guidOf('memos', m.guid);
  const memosByTarget = new Map<string, string[]>();
  const codingTexts = new Map<number, string[]>();
  const annotations = new Map<number, Annotation[]>();
  for (const m of memos) {
    if (m.target_kind === 'source' && m.target_id !== null && m.range_start !== null && m.range_end !== null) {
      // a memo on a passage goes on its own selection, not on the whole source
      annotations.set(m.target_id, [...(annotations.get(m.target_id) ?? []), { guid: memoGuid(m), start: m.range_start, end: m.range_end, text: m.plain_text, createdAt: m.created_at }]);
      continue;
    }
    const key = `${m.target_kind}:${m.target_id ?? ''}`;
    memosByTarget.set(key, [...(memosByTarget.get(key) ?? []), memoGuid(m)]);
    if (m.target_kind === 'coding' && m.target_id !== null && m.plain_text.trim() !== '') codingTexts.set(m.target_id, [...(codingTexts.get(m.target_id) ?? []), m.plain_text]);
  }
  return {
    memos,
    memoGuid,
    memosOn: (kind, id) => [...(memosByTarget.get(`${kind}:${id ?? ''}`) ?? [])],
    // QualCoder reads a coding's memo from its selection's Description, not from a NoteRef
    codingMemoText: (codingId) => codingTexts.get(codingId)?.join('\n\n'),
    annotationsOn: (sourceId) => annotations.get(sourceId) ?? [],
  };
}

// The codebook as codes (with colours, descriptions, nesting and memos) and sets.
function collectCodebook(store: Store, guidOf: GuidOf, guidFor: (key: string) => string, memosOn: (kind: string, id: number | null) => string[]): { nodeGuids: Map<number, string>; codes: RefiCode[]; sets: RefiSet[] } {
  const nodes = exchangeQueries(store).nodes.all();
  const nodeGuids = new Map(nodes.map((n) => [n.id, guidOf('nodes', n.guid)]));
  const toCode = (n: ExportNodeRow): RefiCode => ({
    guid: nodeGuids.get(n.id) ?? '',
    name: n.name,
    isCodable: n.is_codable === 1,
    color: /^#[0-9a-fA-F]{6}$/.test(n.color) ? n.color : undefined,
    description: n.description || undefined,
    noteRefs: memosOn('node', n.id),
    children: nodes.filter((c) => c.parent_id === n.id).map(toCode),
  });
  const codes = nodes.filter((n) => n.parent_id === null || !nodeGuids.has(n.parent_id)).map(toCode);
  const sets = codebookSets(guidFor, nodes, nodeGuids, exchangeQueries(store).nodeComponents.all());
  return { nodeGuids, codes, sets };
}

// Links from memos on cases and diagrams (Case and Graph have no NoteRef in the schema).
function memoLinks(memos: readonly ExportMemoRow[], memoGuid: (m: ExportMemoRow) => string, caseGuids: ReadonlyMap<number, string>, diagramGuids: ReadonlyMap<number, string>): RefiLink[] {
  const links: RefiLink[] = [];
  for (const m of memos.filter((x) => x.target_kind === 'case' && x.target_id !== null)) {
    const target = caseGuids.get(m.target_id ?? 0);
    if (target) links.push({ guid: derivedGuid(`${memoGuid(m)}:link`), name: 'Memo on case', direction: 'OneWay', originGuid: memoGuid(m), targetGuid: target, noteRefs: [] });
  }
  for (const m of memos.filter((x) => x.target_kind === 'diagram' && x.target_id !== null)) {
    const target = diagramGuids.get(m.target_id ?? 0);
    if (target) links.push({ guid: derivedGuid(`${memoGuid(m)}:link`), name: 'Memo on diagram', direction: 'OneWay', originGuid: memoGuid(m), targetGuid: target, noteRefs: [] });
  }
  return links;
}

// What the export leaves out: memo formatting, the register, work REFI-QDA has no element for.
function leftOutOf(store: Store, memoCount: number, graphs: CollectedGraphs): LeftOutItem[] {
  const leftOut: LeftOutItem[] = [];
  if (memoCount > 0) leftOut.push({ what: 'Memo formatting', count: memoCount, reason: 'Notes carry plain text: headings, bold, lists and links inside memos become plain paragraphs.', examples: [] });
  const rules = Number(registerQueries(store).ruleCount.get());
  if (rules > 0) {
    leftOut.push({ what: 'Anonymisation register', count: rules, reason: 'The register of real names and replacements stays in the project file and is never put in an export.', examples: [] });
  }
  leftOut.push(...graphs.leftOut);
  for (const [table, what] of OTHER_WORK) {
    const rows = countRows(store, table);
    if (rows > 0) leftOut.push({ what, count: rows, reason: 'REFI-QDA has no element for it; it stays in the project file.', examples: [] });
  }
  return leftOut;
}

// The memos as notes; project memos (journals) go as sources/<guid>.txt files: QualCoder makes
// journals only of notes with a plainTextPath, and Project.xsd allows the text inline or as a file, not both.
function memoNotes(memos: readonly ExportMemoRow[], memoGuid: (m: ExportMemoRow) => string, coderGuids: ReadonlyMap<number, string>): { notes: RefiText[]; journalFiles: ExportFile[] } {
  const journal = (m: ExportMemoRow) => m.target_kind === 'project';
  const notes: RefiText[] = memos.map((m) => ({
    guid: memoGuid(m),
    name: m.title || 'Memo',
    plainTextContent: journal(m) ? undefined : m.plain_text,
    plainTextPath: journal(m) ? `internal://${memoGuid(m)}.txt` : undefined,
    creatingUser: m.coder_id === null ? undefined : coderGuids.get(m.coder_id),
    creationDateTime: m.created_at,
    modifyingUser: m.modified_by === null ? undefined : coderGuids.get(m.modified_by),
    modifiedDateTime: m.updated_at,
    selections: [],
    codings: [],
    noteRefs: [],
    values: [],
  }));
  const journalFiles = memos.filter(journal).map((m) => ({ path: `sources/${memoGuid(m)}.txt`, text: () => m.plain_text }));
  return { notes, journalFiles };
}

// Builds the REFI-QDA project of the open project and the text files that go with it.
export function collectProject(store: Store, onProgress?: (done: number, total: number, message: string) => void): CollectedProject {
  const projectGuid = getSetting(store, 'project.guid') ?? 'project';
  const guidOf: GuidOf = (table, stored) => exportGuid(stored, `${projectGuid}:${table}`);
  const q = exchangeQueries(store);

  const coders = q.coders.all();
  const coderGuids = new Map(coders.map((c) => [c.id, guidOf('coders', c.guid)]));
  const users = coders.map((c) => ({ guid: coderGuids.get(c.id) ?? '', name: c.name, id: c.initials || undefined }));
  const { memos, memoGuid, memosOn, codingMemoText, annotationsOn } = collectMemos(store, guidOf);
  const guidFor = elementGuids(store);
  const { nodeGuids, codes, sets } = collectCodebook(store, guidOf, guidFor, memosOn);
  const cases = q.cases.all();
  const caseGuids = new Map(cases.map((c) => [c.id, guidOf('cases', c.guid)]));
  const variables = collectVariables(store, guidFor, projectGuid, caseGuids);

  // sources: their codings and texts are read while the export is written (qdpx-collect-sources.ts)
  const sourceRows = q.sources.all().map((s): ExportSource => ({ id: s.id, exportGuid: guidOf('sources', s.guid), name: s.name, description: s.description, imported_at: s.imported_at }));
  const sourceGuids = new Map(sourceRows.map((s) => [s.id, s.exportGuid]));
  const codingGuid = (stored: string) => guidOf('codings', stored);
  const references = collectReferences(store, projectGuid);
  const refiSources = lazySources(store, { rows: sourceRows, codingGuid, nodeGuids, coderGuids, memosOn, codingMemoText, annotationsOn, sourceValues: variables.sourceValues, references }, onProgress);

  const refiCases = cases.map((c) => ({
    guid: caseGuids.get(c.id) ?? '',
    name: c.real_name || c.label,
    description: c.description || undefined,
    codeRefs: [],
    values: variables.caseValues.get(c.id) ?? [],
    sourceRefs: q.sourceIdsOfCase
      .all(c.id)
      .map((id) => sourceGuids.get(id) ?? '')
      .filter(Boolean),
    selectionRefs: [],
  }));

  // diagram evidence names codings by their stored GUID
  const graphs = collectGraphs(store, projectGuid, new Map(q.evidenceCodingGuids.all().map((g) => [g, codingGuid(g)])));
  const { notes, journalFiles } = memoNotes(memos, memoGuid, coderGuids);

  const createdAt = getSetting(store, 'project.created_at');
  const description = getSetting(store, 'project.description');
  const project: RefiProjectToWrite = {
    name: getSetting(store, 'project.name') ?? 'Activity Lens project',
    origin: APP_ORIGIN,
    creationDateTime: createdAt ?? undefined,
    modifiedDateTime: store.now().toISOString(),
    description: description || undefined,
    users,
    codes,
    variables: variables.variables,
    cases: refiCases,
    sources: refiSources,
    notes: [...notes, ...graphs.notes],
    links: [...memoLinks(memos, memoGuid, caseGuids, graphs.diagramGuids), ...graphs.links],
    sets,
    graphs: graphs.graphs,
    noteRefs: memosOn('project', null),
  };
  return {
    project,
    files: [...exportFiles(store, sourceRows), ...journalFiles],
    counts: {
      coders: users.length,
      nodes: nodeGuids.size,
      cases: cases.length,
      attributes: countRows(store, 'attributes'),
      sources: sourceRows.length,
      codings: countRows(store, 'codings'),
      memos: memos.length,
      diagrams: graphs.graphs.length,
      references: references.length,
    },
    leftOut: leftOutOf(store, memos.length, graphs),
  };
}

// Sets of codes for the six questions and the seven components (other programs show them as code sets).
export function codebookSets(guidFor: (key: string) => string, nodes: readonly ExportNodeRow[], nodeGuids: Map<number, string>, components: readonly NodeComponentRow[]): RefiSet[] {
  const sets: RefiSet[] = [];
  for (let q = 1; q <= 6; q++) {
    const members = nodes.filter((n) => n.question === q).map((n) => nodeGuids.get(n.id) ?? '');
    if (members.length === 0) continue;
    const top = nodes.find((n) => n.question === q && n.parent_id === null);
    sets.push({
      guid: guidFor(`set:question:${q}`),
      name: top ? `Question ${q}: ${top.name}` : `Question ${q}`,
      description: withMarkers(`Codes aligned to question ${q} of the activity-theory method.`, [['question', String(q)]]),
      memberCodes: members,
      memberSources: [],
      memberNotes: [],
    });
  }
  for (const component of ACTIVITY_COMPONENTS) {
    const members = components.filter((c) => c.component === component).map((c) => nodeGuids.get(c.node_id) ?? '').filter(Boolean);
    if (members.length === 0) continue;
    sets.push({
      guid: guidFor(`set:component:${component}`),
      name: `Component: ${COMPONENT_LABELS[component]}`,
      description: withMarkers(`Codes linked to the ${COMPONENT_LABELS[component].toLowerCase()} component of the activity system.`, [['component', component]]),
      memberCodes: members,
      memberSources: [],
      memberNotes: [],
    });
  }
  return sets;
}

const REFERENCE_KIND = { pdf: 'PDFSource', picture: 'PictureSource', audio: 'AudioSource', video: 'VideoSource' } as const;

// Sources kept as references by an earlier import, written back with the paths the other program gave.
function collectReferences(store: Store, projectGuid: string): RefiMediaSource[] {
  const q = exchangeQueries(store);
  if (q.tableExists.get('exchange_references') === undefined) return [];
  return q.references.all().map((r) => ({
    kind: REFERENCE_KIND[r.kind],
    guid: exportGuid(r.guid, `${projectGuid}:reference`),
    name: r.name,
    // the file itself was never kept: only an external path still points somewhere
    path: r.path && !r.path.startsWith('internal://') ? r.path : undefined,
    currentPath: r.current_path ?? undefined,
    description: r.description || undefined,
    transcripts: [],
    regionSelections: 0,
    regionCodings: 0,
    codings: [],
    noteRefs: [],
    values: [],
  }));
}
