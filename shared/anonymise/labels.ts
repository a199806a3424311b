// Attribution labels: "(Broker, Project 1)" from a case's label, or its pseudonym, and
// the warning that a label identifies one person when only one case carries it.
import type { AttributionFormat, SingleCaseLabelWarning } from '../model/anonymise.ts';

export interface LabelledCase {
  id: number;
  label: string;
  pseudonym: string;
}

// The attribution text of a case in a given format (falls back to the label when a pseudonym is missing).
export function attributionOf(c: LabelledCase | null, format: AttributionFormat): string {
  if (!c) return 'Unattributed';
  if (format === 'pseudonym' && c.pseudonym.trim()) return c.pseudonym.trim();
  return c.label.trim() || 'Participant';
}

// Labels (in role-project format) that only one case carries, among the cases used.
export function singleCaseLabels(all: readonly LabelledCase[], used: ReadonlySet<number>): SingleCaseLabelWarning[] {
  const byLabel = new Map<string, number[]>();
  for (const c of all) {
    const key = c.label.trim().toLowerCase();
    byLabel.set(key, [...(byLabel.get(key) ?? []), c.id]);
  }
  const out: SingleCaseLabelWarning[] = [];
  for (const c of all) {
    if (!used.has(c.id)) continue;
    if ((byLabel.get(c.label.trim().toLowerCase()) ?? []).length === 1) out.push({ label: c.label, caseId: c.id });
  }
  return out.sort((a, b) => a.label.localeCompare(b.label));
}
