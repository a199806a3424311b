// Reads a project into the REFI-QDA model: coders as users, the codebook with colours
// and nesting, variables, cases, sources with one PlainTextSelection per coding
// (positions in code points, end exclusive), memos as notes, sets for the six
// questions and the seven components, and the project's diagrams as graphs.
import { ACTIVITY_COMPONENTS, COMPONENT_LABELS } from '../../shared/model/activity-components.ts';
import type { ExchangeCounts, LeftOutItem } from '../../shared/model/exchange.ts';
import { withMarkers } from '../../shared/exchange/markers.ts';
import type { RefiCode, RefiLink, RefiMediaSource, RefiProjectToWrite, RefiSet, RefiText } from '../../shared/exchange/refi-model.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import { getSetting } from '../projects/project-info.ts';
import { exportFiles, lazySources } from './qdpx-collect-sources.ts';
import type { ExportFile, SourceRow } from './qdpx-collect-sources.ts';
import { collectGraphs } from './qdpx-graphs.ts';
import { derivedGuid, elementGuids, exportGuid } from './qdpx-guids.ts';
import { collectVariables } from './qdpx-variables.ts';

export const APP_ORIGIN = 'Activity Lens 0.1.0';

// Work of other screens that REFI-QDA cannot carry (table, what the researcher calls it).
const OTHER_WORK: readonly (readonly [string, string])[] = [
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

export interface NodeRow {
  id: number;
  guid: string;
  parent_id: number | null;
  name: string;
  description: string;
  color: string;
  question: number | null;
}

interface MemoRow {
  id: number;
  guid: string;
  target_kind: string;
  target_id: number | null;
  title: string;
  plain_text: string;
  created_at: string;
  updated_at: string;
}

function tableExists(store: Store, name: string): boolean {
  return sql(store, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

// Builds the REFI-QDA project of the open project and the text files that go with it.
export function collectProject(store: Store, onProgress?: (done: number, total: number, message: string) => void): CollectedProject {
  const projectGuid = getSetting(store, 'project.guid') ?? 'project';
  const guidOf = (table: string, stored: string) => exportGuid(stored, `${projectGuid}:${table}`);
  const leftOut: LeftOutItem[] = [];

  // users
  const coders = sql(store, 'SELECT id, guid, name, initials FROM coders ORDER BY id').all() as { id: number; guid: string; name: string; initials: string }[];
  const coderGuids = new Map(coders.map((c) => [c.id, guidOf('coders', c.guid)]));
  const users = coders.map((c) => ({ guid: coderGuids.get(c.id) ?? '', name: c.name, id: c.initials || undefined }));

  // memos, by what they are on
  const memos = sql(store, 'SELECT id, guid, target_kind, target_id, title, plain_text, created_at, updated_at FROM memos ORDER BY id').all() as MemoRow[];
  const memoGuid = (m: MemoRow) => guidOf('memos', m.guid);
  const memosByTarget = new Map<string, string[]>();
  for (const m of memos) {
    const key = `${m.target_kind}:${m.target_id ?? ''}`;
    memosByTarget.set(key, [...(memosByTarget.get(key) ?? []), memoGuid(m)]);
  }
  const memosOn = (kind: string, id: number | null) => [...(memosByTarget.get(`${kind}:${id ?? ''}`) ?? [])];

  // codebook
  const nodes = sql(store, 'SELECT id, guid, parent_id, name, description, color, question FROM nodes ORDER BY sort_order, id').all() as NodeRow[];
  const nodeGuids = new Map(nodes.map((n) => [n.id, guidOf('nodes', n.guid)]));
  const components = sql(store, 'SELECT node_id, component FROM node_components ORDER BY node_id').all() as { node_id: number; component: string }[];
  const toCode = (n: NodeRow): RefiCode => ({
    guid: nodeGuids.get(n.id) ?? '',
    name: n.name,
    isCodable: true,
    color: /^#[0-9a-fA-F]{6}$/.test(n.color) ? n.color : undefined,
    description: n.description || undefined,
    noteRefs: memosOn('node', n.id),
    children: nodes.filter((c) => c.parent_id === n.id).map(toCode),
  });
  const codes = nodes.filter((n) => n.parent_id === null || !nodeGuids.has(n.parent_id)).map(toCode);
  const guidFor = elementGuids(store);
  const sets = codebookSets(guidFor, nodes, nodeGuids, components);

  // cases, variables
  const cases = sql(store, 'SELECT id, guid, real_name, label, description FROM cases ORDER BY id').all() as { id: number; guid: string; real_name: string; label: string; description: string }[];
  const caseGuids = new Map(cases.map((c) => [c.id, guidOf('cases', c.guid)]));
  const variables = collectVariables(store, guidFor, projectGuid, caseGuids);

  // sources: their codings and texts are read while the export is written (qdpx-collect-sources.ts)
  const sourceRows = (sql(store, 'SELECT id, guid, name, description, imported_at FROM sources ORDER BY id').all() as (Omit<SourceRow, 'exportGuid'> & { guid: string })[]).map(
    (s): SourceRow => ({ id: s.id, exportGuid: guidOf('sources', s.guid), name: s.name, description: s.description, imported_at: s.imported_at }),
  );
  const sourceGuids = new Map(sourceRows.map((s) => [s.id, s.exportGuid]));
  const codingGuid = (stored: string) => guidOf('codings', stored);
  const references = collectReferences(store, projectGuid);
  const refiSources = lazySources(store, { rows: sourceRows, codingGuid, nodeGuids, coderGuids, memosOn, sourceValues: variables.sourceValues, references }, onProgress);
  const files = exportFiles(store, sourceRows);

  const links: RefiLink[] = [];
  const refiCases = cases.map((c) => ({
    guid: caseGuids.get(c.id) ?? '',
    name: c.real_name || c.label,
    description: c.description || undefined,
    codeRefs: [],
    values: variables.caseValues.get(c.id) ?? [],
    sourceRefs: (sql(store, 'SELECT source_id FROM source_cases WHERE case_id = ? ORDER BY source_id').pluck().all(c.id) as number[]).map((id) => sourceGuids.get(id) ?? '').filter(Boolean),
    selectionRefs: [],
  }));
  // Case has no NoteRef in the schema: a memo on a case is linked to it
  for (const m of memos.filter((x) => x.target_kind === 'case' && x.target_id !== null)) {
    const target = caseGuids.get(m.target_id ?? 0);
    if (target) links.push({ guid: derivedGuid(`${memoGuid(m)}:link`), name: 'Memo on case', direction: 'OneWay', originGuid: memoGuid(m), targetGuid: target, noteRefs: [] });
  }

  // diagram evidence names codings by their stored GUID
  const evidenceCodings = sql(store, 'SELECT DISTINCT c.guid FROM diagram_evidence e JOIN codings c ON c.guid = e.coding_guid').pluck().all() as string[];
  const graphs = collectGraphs(store, projectGuid, new Map(evidenceCodings.map((g) => [g, codingGuid(g)])));
  for (const m of memos.filter((x) => x.target_kind === 'diagram' && x.target_id !== null)) {
    const target = graphs.diagramGuids.get(m.target_id ?? 0);
    if (target) links.push({ guid: derivedGuid(`${memoGuid(m)}:link`), name: 'Memo on diagram', direction: 'OneWay', originGuid: memoGuid(m), targetGuid: target, noteRefs: [] });
  }
  links.push(...graphs.links);

  const notes: RefiText[] = memos.map((m) => ({
    guid: memoGuid(m),
    name: m.title || 'Memo',
    plainTextContent: m.plain_text,
    creationDateTime: m.created_at,
    modifiedDateTime: m.updated_at,
    selections: [],
    codings: [],
    noteRefs: [],
    values: [],
  }));
  notes.push(...graphs.notes);

  if (memos.length > 0) leftOut.push({ what: 'Memo formatting', count: memos.length, reason: 'Notes carry plain text: headings, bold, lists and links inside memos become plain paragraphs.', examples: [] });
  const rules = Number(sql(store, 'SELECT count(*) FROM anonymisation_rules').pluck().get());
  if (rules > 0) {
    leftOut.push({ what: 'Anonymisation register', count: rules, reason: 'The register of real names and replacements stays in the project file and is never put in an export.', examples: [] });
  }
  leftOut.push(...graphs.leftOut);
  for (const [table, what] of OTHER_WORK) {
    const rows = tableExists(store, table) ? Number(sql(store, `SELECT count(*) FROM ${table}`).pluck().get()) : 0;
    if (rows > 0) leftOut.push({ what, count: rows, reason: 'REFI-QDA has no element for it; it stays in the project file.', examples: [] });
  }

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
    notes,
    links,
    sets,
    graphs: graphs.graphs,
    noteRefs: memosOn('project', null),
  };
  return {
    project,
    files,
    counts: {
      coders: users.length,
      nodes: nodes.length,
      cases: cases.length,
      attributes: Number(sql(store, 'SELECT count(*) FROM attributes').pluck().get()),
      sources: sourceRows.length,
      codings: Number(sql(store, 'SELECT count(*) FROM codings').pluck().get()),
      memos: memos.length,
      diagrams: graphs.graphs.length,
      references: references.length,
    },
    leftOut,
  };
}

// Sets of codes for the six questions and the seven components (other programs show them as code sets).
export function codebookSets(guidFor: (key: string) => string, nodes: readonly NodeRow[], nodeGuids: Map<number, string>, components: readonly { node_id: number; component: string }[]): RefiSet[] {
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
  if (!tableExists(store, 'exchange_references')) return [];
  const rows = sql(store, 'SELECT guid, kind, name, path, current_path, description FROM exchange_references ORDER BY id').all() as {
    guid: string;
    kind: keyof typeof REFERENCE_KIND;
    name: string;
    path: string | null;
    current_path: string | null;
    description: string;
  }[];
  return rows.map((r) => ({
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
