// The tables a query's results export as, anonymised: cases appear by their labels
// ("Broker, Project 1, Lead"), sources by kind and number ("Transcript 3"), and the real
// names and speaker labels of cases are replaced by case labels inside quoted text.
// (The anonymisation area's rules and leak check come on top of this later.)
import { anonymiseText } from '../../shared/anonymise/anonymise-text.ts';
import type { SourceKind } from '../../shared/model/entities.ts';
import type { QueryDefinition } from '../../shared/model/queries.ts';
import type { Store } from '../db/store.ts';
import { exportMatcher } from '../documents/extracts-export.ts';
import { namesToReplace } from './export-queries.ts';
import { runCooccurrence } from './cooccurrence.ts';
import { getFramework } from './framework.ts';
import { loadLookups } from './lookup.ts';
import type { Lookups } from './lookup.ts';
import { runMatrix, uniqueCaseLabels } from './matrix.ts';
import { nodeView } from './node-view.ts';
import { loadSourceTexts } from './references.ts';
import { segmentLines } from './search.ts';
import { prepareSearch } from './search-core.ts';
import { runWordFrequency } from './word-use.ts';

export type Cell = string | number | null;

export interface ExportTable {
  sheet: string;
  columns: string[];
  rows: Cell[][];
  // numeric cells after the first column are counts to shade (matrices)
  shaded?: boolean;
}

export const MAX_EXPORT_ROWS = 100_000;

export interface Anonymiser {
  source(sourceId: number): string;
  caseLabel(caseId: number | null): string;
  text(text: string): string;
  // a coder as output shows them: initials, or "Coder N" when anonymised (initials identify)
  coder(initials: string | null): string;
}

const KIND_LABEL: Record<SourceKind, string> = { transcript: 'Transcript', 'evaluator report': 'Evaluator report', other: 'Document' };

function escapeRegExp(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

// Builds the replacements an anonymised export uses (or pass-through ones when not anonymising).
export function makeAnonymiser(store: Store, lookups: Lookups, anonymise: boolean): Anonymiser {
  const labels = uniqueCaseLabels(lookups);
  if (!anonymise) {
    return { source: (id) => lookups.sources.get(id)?.name ?? '', caseLabel: (id) => (id === null ? '' : (labels.get(id) ?? '')), text: (t) => t, coder: (c) => c ?? '' };
  }
  const names: { pattern: string; label: string }[] = [];
  const { realNames, speakerLabels, coderInitials } = namesToReplace(store);
  for (const r of realNames) if (r.real_name.trim().length >= 2) names.push({ pattern: r.real_name.trim(), label: labels.get(r.id) ?? '' });
  for (const r of speakerLabels) if (r.speaker_label.trim().length >= 2) names.push({ pattern: r.speaker_label.trim(), label: labels.get(r.case_id) ?? '' });
  names.sort((a, b) => b.pattern.length - a.pattern.length);
  const byLower = new Map(names.map((n) => [n.pattern.toLocaleLowerCase(), n.label]));
  const regex = names.length > 0 ? new RegExp(`(?<![\\p{L}\\p{N}])(${names.map((n) => escapeRegExp(n.pattern)).join('|')})(?![\\p{L}\\p{N}])`, 'giu') : null;
  // then the register's own rules (colleagues, places, variants) as every export applies them
  const register = exportMatcher(store);
  const coders = coderInitials.map((c, i) => [c, `Coder ${i + 1}`] as const);
  const coderLabels = new Map(coders);
  return {
    coder: (c) => (c ? (coderLabels.get(c) ?? 'Coder') : ''),
    source: (id) => `${KIND_LABEL[lookups.sources.get(id)?.kind ?? 'other']} ${id}`,
    caseLabel: (id) => (id === null ? '' : (labels.get(id) ?? '')),
    text: (t) => anonymiseText(register, regex ? t.replace(regex, (m: string) => `[${byLower.get(m.toLocaleLowerCase()) ?? 'participant'}]`) : t).text,
  };
}

function nodeTable(store: Store, def: Extract<QueryDefinition, { kind: 'node' }>, anon: Anonymiser): ExportTable {
  const view = nodeView(store, { nodeId: def.nodeId, includeDescendants: def.includeDescendants, scope: def.scope, limit: MAX_EXPORT_ROWS });
  return {
    sheet: 'References',
    columns: ['Node', 'Case', 'Role', 'Project', 'Lead or partner', 'Round', 'Source', 'Start', 'End', 'Interviewer turn', 'Coder', 'Text'],
    rows: view.references.map((r) => [r.nodePath, anon.caseLabel(r.caseId), r.role, r.project, r.partnerRole, r.round, anon.source(r.sourceId), r.start, r.end, r.inInterviewerTurn ? 'yes' : 'no', anon.coder(r.coder), anon.text(r.text)]),
  };
}

function searchTable(store: Store, def: Extract<QueryDefinition, { kind: 'search' }>, lookups: Lookups, anon: Anonymiser): ExportTable {
  const prepared = prepareSearch(store, def);
  const rows: Cell[][] = [];
  const bySource = new Map<number, typeof prepared.segments>();
  for (const s of prepared.page(0, MAX_EXPORT_ROWS)) bySource.set(s.sourceId, [...(bySource.get(s.sourceId) ?? []), s]);
  for (const [sourceId, segments] of bySource) {
    const text = loadSourceTexts(store, [sourceId]).get(sourceId);
    for (const s of segments) {
      for (const line of segmentLines(prepared, s, text, 60)) {
        rows.push([anon.source(sourceId), anon.caseLabel(s.caseId), s.caseId === null ? null : lookups.cases.get(s.caseId)?.role || null, s.interviewer ? 'yes' : 'no', anon.text(line.left), anon.text(line.match), anon.text(line.right), line.start, line.end]);
      }
    }
  }
  return { sheet: 'Search', columns: ['Source', 'Case', 'Role', 'Interviewer turn', 'Before', 'Match', 'After', 'Start', 'End'], rows };
}

// The tables of a matrix: one per measure (references, sources and, when counted, words coded).
function matrixTables(store: Store, def: Extract<QueryDefinition, { kind: 'matrix' }>, withWords: boolean): ExportTable[] {
  const result = runMatrix(store, { ...def, words: withWords || def.words });
  const corner = `${def.rows.kind === 'questions' ? 'Question' : 'Node'} \\ ${result.columnLabel}`;
  const table = (sheet: string, values: number[][]): ExportTable => ({
    sheet,
    columns: [corner, ...result.columns.map((c) => c.label)],
    rows: result.rows.map((r, i) => [r.label, ...(values[i] ?? [])]),
    shaded: true,
  });
  const out = [table('References', result.references), table('Sources', result.sources)];
  if (result.words) out.push(table('Words coded', result.words));
  return out;
}

// Builds the tables of a query's results for export (anonymised unless asked otherwise).
export function exportTables(store: Store, def: QueryDefinition, options: { anonymise: boolean; measure?: 'references' | 'sources' | 'words' }): ExportTable[] {
  const lookups = loadLookups(store);
  const anon = makeAnonymiser(store, lookups, options.anonymise);
  switch (def.kind) {
    case 'node':
      return [nodeTable(store, def, anon)];
    case 'search':
      return [searchTable(store, def, lookups, anon)];
    case 'matrix':
      return matrixTables(store, def, options.measure === 'words');
    case 'cooccurrence': {
      const result = runCooccurrence(store, def);
      const label = new Map(result.items.map((i) => [i.key, i.label]));
      return [{ sheet: 'Co-occurrence', columns: ['Node A', 'Node B', def.mode === 'overlap' ? 'Overlapping passages' : 'Shared turns', 'Sources'], rows: result.pairs.map((p) => [label.get(p.a) ?? '', label.get(p.b) ?? '', p.count, p.sources]) }];
    }
    case 'words': {
      const result = runWordFrequency(store, def);
      return [{ sheet: 'Word use', columns: [def.stem ? 'Stem' : 'Word', 'Commonest form', 'Count', 'Sources', 'Forms'], rows: result.words.map((w) => [w.key, w.display, w.count, w.sources, w.forms.join(', ')]) }];
    }
  }
}

// The table of a framework matrix: a row per case, a column per node, summaries in the cells.
export function frameworkTable(store: Store, frameworkId: number, anonymise: boolean): { name: string; table: ExportTable } {
  const fw = getFramework(store, frameworkId);
  const anon = makeAnonymiser(store, loadLookups(store), anonymise);
  const cells = new Map(fw.cells.map((c) => [`${c.caseId}:${c.nodeId}`, c]));
  return {
    name: fw.name,
    table: {
      sheet: 'Framework',
      columns: ['Case', ...fw.nodes.map((n) => n.path)],
      rows: fw.cases.map((k) => [k.label, ...fw.nodes.map((n) => {
        const c = cells.get(`${k.id}:${n.id}`);
        return c && c.summary ? `${anon.text(c.summary)}${c.codingIds.length > 0 ? ` [${c.codingIds.length} linked references]` : ''}` : '';
      })]),
    },
  };
}
