// Tables a report can carry: the number of extracts at each node by a case facet (role,
// project, an attribute), and the alignment table kept in the project - one row per
// research objective: objective | research questions | activity-system components |
// where it is presented (its tables are read only when the project has them).
import { COMPONENT_LABELS } from '../../shared/model/activity-components.ts';
import type { CaseRecord } from '../../shared/model/entities.ts';
import type { Store } from '../db/store.ts';
import type { ReportTable } from './report-blocks.ts';
import type { Extract } from './extracts.ts';
import { facetValue, labelledCases } from './extracts.ts';
import { nodePaths } from '../codebook/codebook.ts';
import { getAlignment } from '../alignment/alignment.ts';
import { documentQueries } from './queries.ts';

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
  return documentQueries(store).tableExists.get(name) !== undefined;
}

// The alignment table, or null when the project has none.
export function alignmentTable(store: Store): ReportTable | null {
  if (!tableExists(store, 'alignment_objectives') || !tableExists(store, 'alignment_cells')) return null;
  const matrix = getAlignment(store);
  if (matrix.objectives.length === 0) return null;
  const names = new Map(matrix.questions.map((q) => [q.question, q.name]));
  return {
    title: 'Objectives, questions and components',
    caption: 'research objectives with their research questions, the activity-system components they look at and where they are presented.',
    header: ['Research objective', 'Research questions', 'Activity-system components', 'Presented in'],
    rows: matrix.objectives.map((o) => {
      const questions = o.questions.map((q) => {
        const note = o.cells[String(q)]?.trim() ?? '';
        const name = names.get(q) ?? `Q${q}`;
        return note ? `${name}: ${note}` : name;
      });
      return [o.title, [o.researchQuestions.trim(), ...questions].filter(Boolean).join('\n'), o.components.map((c) => COMPONENT_LABELS[c]).join(', '), o.presentedIn.trim()];
    }),
    numeric: false,
  };
}
