// Coded extracts for export: chosen by question, node, case, case facet and source;
// each anonymised with the register (honouring "not a name" decisions), attributed by
// label or pseudonym, and given a reference that stays the same across exports
// (a pseudonymised source id from the project's and the source's GUIDs, and the turn).
import { createHash } from 'node:crypto';
import { allowancesInPlace, anonymiseText } from '../../shared/anonymise/anonymise-text.ts';
import type { Allowance } from '../../shared/anonymise/anonymise-text.ts';
import { attributionOf } from '../../shared/anonymise/labels.ts';
import type { LabelledCase } from '../../shared/anonymise/labels.ts';
import type { Matcher, NameMatch } from '../../shared/anonymise/matcher.ts';
import type { AttributionFormat, ExtractPiece, ExtractSelection, ExtractView } from '../../shared/model/anonymise.ts';
import type { CaseRecord, NodeRecord, SourceKind } from '../../shared/model/entities.ts';
import { createOffsetIndex, utf16ToCodePoint } from '../../shared/text/code-points.ts';
import type { OffsetIndex } from '../../shared/text/code-points.ts';
import type { Store } from '../db/store.ts';
import { activeOverrides } from '../anonymise/overrides.ts';
import type { ActiveOverride } from '../anonymise/overrides.ts';
import { registerQueries } from '../anonymise/queries.ts';
import { listCases } from '../cases/cases.ts';
import { listNodes } from '../codebook/codebook.ts';
import { getSetting } from '../projects/project-info.ts';
import { sourceQueries } from '../sources/queries.ts';
import { documentQueries } from './queries.ts';
import type { ExtractCodingRow } from './queries.ts';

// A pseudonymised, stable id of a source: a kind letter and 8 digits from a hash of the GUIDs.
export function sourceReference(projectGuid: string, sourceGuid: string, kind: SourceKind): string {
  const digest = createHash('sha256').update(`${projectGuid}\u0000${sourceGuid}`).digest();
  const number = digest.readUInt32BE(0) % 100_000_000;
  const letter = kind === 'transcript' ? 'T' : kind === 'evaluator report' ? 'R' : 'D';
  return `${letter}${String(number).padStart(8, '0')}`;
}

// The reference of an extract: "T40571938, turn 12" (or "para 12"; with a timestamp when the turn has one).
export function extractReference(sourceRef: string, kind: SourceKind, seq: number | null, timestamp: string | null): string {
  if (seq === null) return sourceRef;
  const unit = kind === 'transcript' ? 'turn' : 'para';
  return `${sourceRef}, ${unit} ${seq + 1}${timestamp ? ` (${timestamp})` : ''}`;
}

// The value of a case facet ('role', 'project', ..., 'attr:<name>').
export function facetValue(c: CaseRecord, facet: string): string {
  if (facet.startsWith('attr:')) return c.attributes[facet.slice(5)] ?? '';
  switch (facet) {
    case 'role':
      return c.role;
    case 'project':
      return c.project ?? '';
    case 'partnerRole':
      return c.partnerRole ?? '';
    case 'providerType':
      return c.providerType ?? '';
    case 'region':
      return c.region ?? '';
    default:
      return '';
  }
}

// The question of a node: its own, or its top ancestor's.
export function questionOf(node: NodeRecord, byId: ReadonlyMap<number, NodeRecord>): number | null {
  let current: NodeRecord | undefined = node;
  for (let depth = 0; current && depth < 100; depth++) {
    if (current.question !== null) return current.question;
    current = current.parentId === null ? undefined : byId.get(current.parentId);
  }
  return null;
}

// The nodes a selection covers, in codebook order.
export function selectedNodes(store: Store, selection: Pick<ExtractSelection, 'questions' | 'nodeIds'>): NodeRecord[] {
  const nodes = listNodes(store);
  const byId = new Map(nodes.map((n) => [n.id, n]));
  const within = (node: NodeRecord, roots: ReadonlySet<number>) => {
    let current: NodeRecord | undefined = node;
    for (let depth = 0; current && depth < 100; depth++) {
      if (roots.has(current.id)) return true;
      current = current.parentId === null ? undefined : byId.get(current.parentId);
    }
    return false;
  };
  const questions = new Set(selection.questions);
  const roots = new Set(selection.nodeIds);
  return nodes.filter((n) => (roots.size === 0 || within(n, roots)) && (questions.size === 0 || questions.has(questionOf(n, byId) ?? -1)));
}

export interface Extract extends ExtractView {
  sourceKind: SourceKind;
  start: number;
  allowances: Allowance[];
  replacementCount: number;
}

export interface GatherOptions {
  attribution: AttributionFormat;
  // put the register's replacements into memo text too (otherwise memos are checked as written)
  anonymiseMemos: boolean;
  signal?: AbortSignal;
  progress?: (done: number, total: number) => void;
  // only these codings (the codebook's examples); all of the selection when absent
  onlyCodings?: ReadonlySet<number>;
}

// Anonymises one text of a location, honouring that location's overrides (positions in code points from `offset`).
export function anonymiseAt(matcher: Matcher, text: string, overrides: readonly ActiveOverride[], offset: number): ReturnType<typeof anonymiseText> {
  if (overrides.length === 0) return anonymiseText(matcher, text);
  return anonymiseText(matcher, text, overrideKeeper(matcher, text, overrides, offset));
}

// Tells whether a match in `text` (which starts at code point `offset` of its location) is marked as not a name.
export function overrideKeeper(matcher: Matcher, text: string, overrides: readonly ActiveOverride[], offset: number): (m: NameMatch) => boolean {
  return (m: NameMatch) => {
    if (overrides.length === 0) return false;
    const start = offset + utf16ToCodePoint(text, m.start);
    const end = offset + utf16ToCodePoint(text, m.end);
    const ids = m.ruleIndexes.map((i) => matcher.rules[i]?.id);
    return overrides.some((o) => o.start === start && o.end === end && ids.includes(o.ruleId));
  };
}

// Pieces with the source positions (code points) of what each replaced.
function piecesWithPositions(pieces: ReturnType<typeof anonymiseText>['pieces'], original: string, offset: number): ExtractPiece[] {
  const out: ExtractPiece[] = [];
  let at = 0; // UTF-16 position in the original text
  for (const p of pieces) {
    if (p.replaced) {
      const start = offset + utf16ToCodePoint(original, at);
      at += p.replaced.original.length;
      out.push({ text: p.text, replaced: { ruleId: p.replaced.ruleId, original: p.replaced.original, start, end: offset + utf16ToCodePoint(original, Math.min(at, original.length)) } });
    } else {
      at += p.text.length;
      out.push(p.kept ? { text: p.text, kept: p.kept } : { text: p.text });
    }
  }
  return out;
}

// The cases as attribution needs them (label and pseudonym from the case's register entry).
export function labelledCases(store: Store): Map<number, LabelledCase & { record: CaseRecord }> {
  const pseudonyms = new Map(
    registerQueries(store)
      .pseudonyms.all()
      .map((r) => [r.case_id, r.pseudonym]),
  );
  return new Map(listCases(store).map((c) => [c.id, { id: c.id, label: c.label, pseudonym: pseudonyms.get(c.id) ?? '', record: c }]));
}

// The codings at the selected nodes, by source and position; with sources chosen, found
// from them (not every coding of every node).
function extractCodings(store: Store, nodes: readonly NodeRecord[], sourceIds: ReadonlySet<number>): ExtractCodingRow[] {
  const q = documentQueries(store);
  const nodeIds = JSON.stringify(nodes.map((n) => n.id));
  return sourceIds.size > 0 ? q.extractCodingsInSources.all({ nodes: nodeIds, sources: JSON.stringify([...sourceIds]) }) : q.extractCodings.all({ nodes: nodeIds });
}

// The text a coding codes; each source's text is read once, when its first coding comes (rows come by source).
function codedTextReader(store: Store): (row: ExtractCodingRow) => string {
  let text: { sourceId: number; index: OffsetIndex } | null = null;
  return (row) => {
    if (text?.sourceId !== row.source_id) text = { sourceId: row.source_id, index: createOffsetIndex(sourceQueries(store).text.get(row.source_id)?.text ?? '') };
    const length = text.index.codePointLength;
    return text.index.slice(Math.min(row.start, length), Math.min(Math.max(row.start, row.end), length));
  };
}

type CodingMemo = { id: number; title: string; plain_text: string };

// The memos on each coding, oldest first.
function memosByCoding(store: Store): Map<number, CodingMemo[]> {
  const out = new Map<number, CodingMemo[]>();
  for (const m of documentQueries(store).memosOnCodings.all()) out.set(m.target_id, [...(out.get(m.target_id) ?? []), m]);
  return out;
}

// A coding's memos as its extract carries them: anonymised, or as the researcher wrote them
// (then only occurrences marked "not a name" are accepted by the scan). Adds their allowances.
function extractMemos(store: Store, matcher: Matcher, memos: readonly CodingMemo[], anonymiseMemos: boolean, allowances: Allowance[]): Extract['memos'] {
  return memos.map((m) => {
    const memoOverrides = activeOverrides(store, 'memo', m.id, m.plain_text);
    if (!anonymiseMemos) {
      allowances.push(...allowancesInPlace(matcher, m.plain_text, overrideKeeper(matcher, m.plain_text, memoOverrides, 0)));
      return { id: m.id, title: m.title, text: m.plain_text };
    }
    const done = anonymiseAt(matcher, m.plain_text, memoOverrides, 0);
    allowances.push(...done.allowances);
    return { id: m.id, title: anonymiseText(matcher, m.title).text, text: done.text };
  });
}

// Gathers, filters and anonymises the extracts of a selection, grouped by question then node.
export function gatherExtracts(store: Store, matcher: Matcher, selection: ExtractSelection, options: GatherOptions): Extract[] {
  const nodes = selectedNodes(store, selection);
  if (nodes.length === 0) return [];
  const nodeOrder = new Map(nodes.map((n, i) => [n.id, i]));
  const byId = new Map(listNodes(store).map((n) => [n.id, n]));
  const cases = labelledCases(store);
  const projectGuid = getSetting(store, 'project.guid') ?? '';
  const caseFilter = new Set(selection.caseIds);
  const facets = selection.facets.filter((f) => f.values.length > 0).map((f) => ({ facet: f.facet, values: new Set(f.values.map((v) => v.toLowerCase())) }));
  const rows = extractCodings(store, nodes, new Set(selection.sourceIds));
  const codedText = codedTextReader(store);
  const memos = memosByCoding(store);
  const overridesBySource = new Map<number, ActiveOverride[]>();
  const sourceRefs = new Map<number, string>();

  const out: Extract[] = [];
  rows.forEach((row, index) => {
    if (options.signal?.aborted) return;
    if (index % 500 === 0) options.progress?.(index, rows.length);
    if (options.onlyCodings && !options.onlyCodings.has(row.id)) return;
    const segment = row.segment_id === null ? undefined : documentQueries(store).segment.get(row.segment_id);
    const inSegment = segment && segment.end > row.start ? segment : undefined;
    const caseId = inSegment?.case_id ?? row.single_case ?? null;
    if (caseFilter.size > 0 && (caseId === null || !caseFilter.has(caseId))) return;
    const labelled = caseId === null ? undefined : cases.get(caseId);
    if (facets.length > 0 && (!labelled || !facets.every((f) => f.values.has(facetValue(labelled.record, f.facet).toLowerCase())))) return;

    let overrides = overridesBySource.get(row.source_id);
    if (!overrides) {
      overrides = activeOverrides(store, 'source', row.source_id);
      overridesBySource.set(row.source_id, overrides);
    }
    const rowText = codedText(row);
    const anonymised = anonymiseAt(matcher, rowText, overrides, row.start);
    let sourceRef = sourceRefs.get(row.source_id);
    if (!sourceRef) {
      sourceRef = sourceReference(projectGuid, row.source_guid, row.source_kind);
      sourceRefs.set(row.source_id, sourceRef);
    }
    const allowances = [...anonymised.allowances];
    const node = byId.get(row.node_id);
    out.push({
      codingId: row.id,
      nodeId: row.node_id,
      nodePath: node?.path ?? '',
      question: node ? questionOf(node, byId) : null,
      sourceId: row.source_id,
      sourceKind: row.source_kind,
      caseId,
      start: row.start,
      reference: extractReference(sourceRef, row.source_kind, inSegment ? inSegment.seq : null, inSegment?.timestamp ?? null),
      attribution: attributionOf(labelled ?? null, options.attribution),
      text: anonymised.text,
      pieces: piecesWithPositions(anonymised.pieces, rowText, row.start),
      memos: extractMemos(store, matcher, memos.get(row.id) ?? [], options.anonymiseMemos, allowances),
      allowances,
      replacementCount: anonymised.replacements,
    });
  });
  options.progress?.(rows.length, rows.length);
  return out.sort((a, b) => (a.question ?? 99) - (b.question ?? 99) || (nodeOrder.get(a.nodeId) ?? 0) - (nodeOrder.get(b.nodeId) ?? 0) || a.sourceId - b.sourceId || a.start - b.start);
}
