// Tables a report can carry: the number of extracts at each node by a case facet (role,
// project, an attribute), and the objectives x questions alignment matrix kept in the
// project (issue 4's tables, read only when they exist).
import type { CaseRecord } from '../../shared/model/entities.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import type { ReportTable } from './extracts-docx.ts';
import type { Extract } from './extracts.ts';
import { facetValue, labelledCases } from './extracts.ts';
import { nodePaths } from '../codebook/codebook.ts';

const FACET_NAMES: Record<string, string> = { role: 'role', project: 'project', partnerRole: 'lead or partner', providerType: 'provider type', region: 'region' };

// A readable name of a case facet.
export function facetLabel(facet: string): string {
  return facet.startsWith('attr:') ? facet.slice(5) : (FACET_NAMES[facet] ?? facet);
}

// Counts the extracts at each node by the value of a case facet.
export function facetMatrix(store: Store, extracts: readonly Extract[], facet: string): ReportTable {
  const cases = labelledCases(store);
  const value = (caseId: number | null): string => {
    const c: CaseRecord | undefined = caseId === null ? undefined : cases.get(caseId)?.record;
    const v = c ? facetValue(c, facet).trim() : '';
    return v ? v.charAt(0).toUpperCase() + v.slice(1) : 'Not recorded';
  };
  const columns = [...new Set(extracts.map((e) => value(e.caseId)))].sort((a, b) => a.localeCompare(b));
  const paths = nodePaths(store);
  const rows = new Map<number, number[]>();
  for (const e of extracts) {
    const counts = rows.get(e.nodeId) ?? columns.map(() => 0);
    const k = columns.indexOf(value(e.caseId));
    counts[k] = (counts[k] ?? 0) + 1;
    rows.set(e.nodeId, counts);
  }
  const label = facetLabel(facet);
  return {
    title: `Extracts by ${label}`,
    caption: `number of coded extracts at each node by ${label}.`,
    header: ['Node', ...columns, 'Total'],
    rows: [...rows.entries()].map(([nodeId, counts]) => [paths.get(nodeId) ?? '', ...counts.map(String), String(counts.reduce((a, b) => a + b, 0))]),
    numeric: true,
  };
}

function tableExists(store: Store, name: string): boolean {
  return sql(store, "SELECT 1 FROM sqlite_master WHERE type = 'table' AND name = ?").get(name) !== undefined;
}

// The objectives x questions matrix, or null when the project has none.
export function alignmentTable(store: Store): ReportTable | null {
  if (!tableExists(store, 'alignment_objectives') || !tableExists(store, 'alignment_cells')) return null;
  const objectives = sql(store, 'SELECT id, title FROM alignment_objectives ORDER BY sort_order, id').all() as { id: number; title: string }[];
  if (objectives.length === 0) return null;
  const cells = sql(store, 'SELECT objective_id, question, text FROM alignment_cells').all() as { objective_id: number; question: number; text: string }[];
  const questions = [1, 2, 3, 4, 5, 6].map((q) => (sql(store, 'SELECT name FROM nodes WHERE parent_id IS NULL AND question = ? ORDER BY sort_order, id LIMIT 1').pluck().get(q) as string | undefined) ?? `Q${q}`);
  return {
    title: 'Objectives and questions',
    caption: 'research objectives aligned with the six questions.',
    header: ['Objective', ...questions],
    rows: objectives.map((o) => [o.title, ...[1, 2, 3, 4, 5, 6].map((q) => cells.find((c) => c.objective_id === o.id && c.question === q)?.text ?? '')]),
    numeric: false,
  };
}
