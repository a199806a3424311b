// Inter-coder agreement of the open project: the chosen coders' codings over the chosen
// sources and nodes, read in one query and handed to the measures as ranges; with the
// review's decisions counted in when asked (in a decided passage both coders take the
// agreed coding, so the figure says how far they agree after adjudication).
import type { AgreementCoding, AgreementId, AgreementInput, AgreementSelection } from '../../shared/analysis/agreement/model.ts';
import { ApiError } from '../../shared/errors.ts';
import type { AgreementReport, AgreementRequest, TeamCoder } from '../../shared/model/team.ts';
import type { Store } from '../db/store.ts';
import type { TeamDecisionRow } from '../db/table-rows.ts';
import { listCoders } from '../projects/project-info.ts';
import { agreementQueries } from './agreement-queries.ts';
import type { CoderCodingRow } from './agreement-queries.ts';
import { alphaTables, characterTables, segmentTables } from './agreement-tables.ts';
import type { TableNames } from './agreement-tables.ts';
import { teamQueries } from './queries.ts';
import { nodePaths } from '../codebook/codebook.ts';

// What the measures read, with the names tables show.
export interface PreparedComparison {
  input: AgreementInput;
  selection: AgreementSelection;
  coders: TeamCoder[];
  sourceNames: Map<number, string>;
  nodePaths: Map<number, string>;
  decisionsApplied: number;
}

// The chosen coders, checked: at least two different coders of this project.
export function chosenCoders(store: Store, coderIds: readonly number[]): TeamCoder[] {
  const all = new Map(listCoders(store).map((c) => [c.id, c]));
  const unique = [...new Set(coderIds)];
  if (unique.length < 2) throw new ApiError('BAD_INPUT', 'Choose at least two different coders to compare.');
  return unique.map((id) => {
    const coder = all.get(id);
    if (!coder) throw new ApiError('NOT_FOUND', `There is no coder with id ${id} in this project.`);
    return { id: coder.id, name: coder.name, initials: coder.initials };
  });
}

// Cuts [start, end) out of a coding (zero, one or two pieces remain).
function outside(c: AgreementCoding, start: number, end: number): AgreementCoding[] {
  if (c.end <= start || c.start >= end) return [c];
  const pieces: AgreementCoding[] = [];
  if (c.start < start) pieces.push({ ...c, end: start });
  if (c.end > end) pieces.push({ ...c, start: end });
  return pieces;
}

// In each decided passage both coders of the decision take its agreed ranges.
export function applyDecisions(codings: readonly AgreementCoding[], decisions: readonly TeamDecisionRow[]): AgreementCoding[] {
  if (decisions.length === 0) return [...codings];
  const bySourceNode = new Map<string, TeamDecisionRow[]>();
  for (const d of decisions) {
    const key = `${d.source_id}:${d.node_id}`;
    bySourceNode.set(key, [...(bySourceNode.get(key) ?? []), d]);
  }
  const out: AgreementCoding[] = [];
  for (const c of codings) {
    let pieces = [c];
    for (const d of bySourceNode.get(`${String(c.source)}:${String(c.node)}`) ?? []) {
      if (c.coder !== d.coder_a && c.coder !== d.coder_b) continue;
      pieces = pieces.flatMap((p) => outside(p, d.start, d.end));
    }
    out.push(...pieces);
  }
  for (const d of decisions) {
    const ranges = JSON.parse(d.ranges_json) as [number, number][];
    for (const coder of [d.coder_a, d.coder_b]) {
      for (const [start, end] of ranges) out.push({ coder, source: d.source_id, node: d.node_id, start, end });
    }
  }
  return out;
}

const toCoding = (r: CoderCodingRow): AgreementCoding => ({ coder: r.coder_id ?? 0, source: r.source_id, node: r.node_id, start: r.start, end: r.end });

// Reads what a comparison needs. Sources default to those every chosen coder coded something in.
export function prepareComparison(store: Store, req: Omit<AgreementRequest, 'level'>): PreparedComparison {
  const coders = chosenCoders(store, req.coderIds);
  const ids = JSON.stringify(coders.map((c) => c.id));
  const q = agreementQueries(store);
  let codings = q.codingsOfCoders.all(ids).map(toCoding);
  const decisions = req.withDecisions ? teamQueries(store).decisionsAmong.all({ coderIdsJson: ids }) : [];
  codings = applyDecisions(codings, decisions);
  const lengths = q.sourceLengths.all();
  const known = new Set(lengths.map((s) => s.id));
  let sourceIds: number[];
  if (req.sourceIds && req.sourceIds.length > 0) {
    for (const id of req.sourceIds) if (!known.has(id)) throw new ApiError('NOT_FOUND', `There is no source with id ${id} in this project.`);
    sourceIds = [...new Set(req.sourceIds)];
  } else {
    const codersIn = new Map<number, Set<AgreementId>>();
    for (const c of codings) {
      const set = codersIn.get(Number(c.source)) ?? new Set<AgreementId>();
      set.add(c.coder);
      codersIn.set(Number(c.source), set);
    }
    sourceIds = lengths.filter((s) => (codersIn.get(s.id)?.size ?? 0) === coders.length).map((s) => s.id);
  }
  const chosen = new Set(sourceIds);
  const paths = nodePaths(store);
  if (req.nodeIds) for (const id of req.nodeIds) if (!paths.has(id)) throw new ApiError('NOT_FOUND', `There is no node with id ${id} in this project.`);
  const nodes = req.nodeIds && req.nodeIds.length > 0 ? new Set(req.nodeIds) : null;
  const sources = lengths.filter((s) => chosen.has(s.id)).map((s) => ({ id: s.id, length: s.characters }));
  const kept = codings.filter((c) => chosen.has(Number(c.source)) && (nodes === null || nodes.has(Number(c.node))));
  return {
    input: { sources, codings: kept },
    selection: { coders: coders.map((c) => c.id), sources: sources.map((s) => s.id), nodes: nodes ? [...nodes] : undefined },
    coders,
    sourceNames: new Map(lengths.map((s) => [s.id, s.name])),
    nodePaths: paths,
    decisionsApplied: decisions.length,
  };
}

// The names a comparison's tables show (real names; the export replaces them when anonymising).
export function tableNames(prepared: PreparedComparison): TableNames {
  const coders = new Map(prepared.coders.map((c) => [c.id, c.initials || c.name]));
  return {
    coder: (id) => coders.get(Number(id)) ?? String(id),
    node: (id) => prepared.nodePaths.get(Number(id)) ?? `Node ${String(id)}`,
    source: (id) => prepared.sourceNames.get(Number(id)) ?? `Source ${String(id)}`,
  };
}

// The agreement report of a request: its tables at the chosen level.
export function agreementReport(store: Store, req: AgreementRequest, names?: (prepared: PreparedComparison) => TableNames): AgreementReport {
  const prepared = prepareComparison(store, req);
  const { input, selection } = prepared;
  const tableNamesOf = names ? names(prepared) : tableNames(prepared);
  const tables =
    req.level === 'char'
      ? characterTables(input, selection, tableNamesOf, req.excludeUncoded === true)
      : req.level === 'segment'
        ? segmentTables(input, selection, tableNamesOf, req.minOverlap ?? 0.9)
        : alphaTables(input, selection, tableNamesOf);
  const usedNodes = new Set(input.codings.map((c) => c.node));
  return {
    level: req.level,
    coders: prepared.coders,
    sources: input.sources.length,
    nodes: selection.nodes?.length ?? usedNodes.size,
    codings: input.codings.length,
    decisionsApplied: prepared.decisionsApplied,
    tables,
  };
}
