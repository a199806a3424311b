// Two diagrams compared in Word: a table of their components side by side, each side's
// text and its evidence count, then a table of their tensions; columns sized so no word
// breaks, on a landscape page when the table needs it.
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { tableCaption } from './captions.ts';
import { neutralDocument, NOTE_STYLE } from './docx-common.ts';
import type { ComparisonRow, DiagramComparison } from './comparison.ts';
import { orientedSections } from './page-layout.ts';
import type { PageRun } from './page-layout.ts';
import { sizedTable } from './word-table.ts';

const NOT_IN_DIAGRAM = '(not in this diagram)';

function cells(row: ComparisonRow): string[] {
  const text = (t: string | null) => (t === null ? NOT_IN_DIAGRAM : t.trim() || '(no text)');
  return [row.label, text(row.left.text), String(row.left.evidence), text(row.right.text), String(row.right.evidence)];
}

function tableRun(n: number, caption: string, header: string[], rows: readonly ComparisonRow[]): PageRun {
  // a column for the contradictions the tensions are followed as, when any is
  const followed = rows.some((r) => r.followed);
  const table = followed ? { header: [...header, 'Followed across phases'], rows: rows.map((r) => [...cells(r), r.followed ?? '-']) } : { header, rows: rows.map(cells) };
  const sized = sizedTable({ ...table, numeric: false, numericColumns: [2, 4] });
  return { orientation: sized.orientation, children: [tableCaption(n, caption), sized.table] };
}

// Builds the comparison document.
export function buildComparisonDocument(title: string, comparison: DiagramComparison) {
  const { left, right } = comparison;
  const header = ['Component', left.title, 'Evidence', right.title, 'Evidence'];
  const intro: PageRun = {
    orientation: 'portrait',
    children: [
      new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
      new Paragraph({ style: NOTE_STYLE, children: [new TextRun(`${left.title}: ${left.about}.`)] }),
      new Paragraph({ style: NOTE_STYLE, children: [new TextRun(`${right.title}: ${right.about}.`)] }),
      new Paragraph({ style: NOTE_STYLE, children: [new TextRun('Evidence: the number of coded extracts linked to each component or tension.')] }),
    ],
  };
  const runs: PageRun[] = [intro, tableRun(1, `${left.title} and ${right.title}, component by component.`, header, comparison.components)];
  if (comparison.tensions.length > 0) runs.push(tableRun(2, `tensions of ${left.title} and ${right.title}.`, ['Tension', left.title, 'Evidence', right.title, 'Evidence'], comparison.tensions));
  return neutralDocument(title, orientedSections(title, runs));
}
