// The Contradictions view in Word: a table of every tension by level and components, with
// its evidence counted by role, project and round and the contradiction it is followed as;
// a table of each contradiction across phases with its status in each; and the tensions'
// memos. Every text is anonymised by the caller; columns are sized so no word breaks.
import { HeadingLevel, Paragraph, TextRun } from 'docx';
import { CONTRADICTION_STATUS_NAMES } from '../../shared/model/contradictions.ts';
import type { ContradictionEntry, ContradictionGroup, ContradictionRecord, FacetCount } from '../../shared/model/contradictions.ts';
import { TENSION_LEVEL_NAMES } from '../../shared/model/diagrams.ts';
import { tableCaption } from './captions.ts';
import { neutralDocument, NOTE_STYLE, textParagraphs } from './docx-common.ts';
import { orientedSections } from './page-layout.ts';
import type { PageRun } from './page-layout.ts';
import { sizedTable } from './word-table.ts';

// The overview with every researcher-written text already anonymised.
export interface ContradictionsDocumentInput {
  title: string;
  groups: ContradictionGroup[];
  contradictions: ContradictionRecord[];
}

function counts(list: readonly FacetCount[]): string {
  return list.length === 0 ? '-' : list.map((c) => `${c.value}: ${c.count}`).join('\n');
}

function levelName(entry: ContradictionEntry): string {
  return TENSION_LEVEL_NAMES[entry.level].replace(/ \(.*\)$/, '');
}

function tensionText(entry: ContradictionEntry): string {
  const lines = [entry.label.trim() || '(no label)'];
  if (entry.level === 'tertiary' && entry.advancedForm.trim()) lines.push(`More advanced form: ${entry.advancedForm.trim()}`);
  if (entry.level === 'quaternary' && entry.neighbourActivity) lines.push(`Neighbouring activity: ${entry.neighbourActivity}`);
  return lines.join('\n');
}

function diagramText(entry: ContradictionEntry): string {
  return entry.phase.trim() ? `${entry.diagramTitle}\n(${entry.phase.trim()})` : entry.diagramTitle;
}

function tensionRow(entry: ContradictionEntry): string[] {
  const between = entry.to === null ? `Inside ${entry.from}` : `${entry.from} – ${entry.to}`;
  const followed = entry.link ? `${entry.link.name}\n${CONTRADICTION_STATUS_NAMES[entry.link.status]}` : '-';
  return [levelName(entry), between, tensionText(entry), diagramText(entry), String(entry.evidenceCount), counts(entry.breakdown.role), counts(entry.breakdown.project), counts(entry.breakdown.round), followed];
}

function phaseRows(c: ContradictionRecord): string[][] {
  return c.phases.map((p, i) => [i === 0 ? c.name : '', p.phase.trim() || p.diagramTitle, p.label.trim() || '(no label)', CONTRADICTION_STATUS_NAMES[p.status], String(p.evidenceCount), i === 0 ? counts(c.evidenceByRound) : '']);
}

function memoBlocks(groups: readonly ContradictionGroup[]): Paragraph[] {
  const withMemos = groups.flatMap((g) => g.entries).filter((e) => e.memo.trim());
  if (withMemos.length === 0) return [];
  return [
    new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Memos on the tensions')] }),
    ...withMemos.flatMap((e) => [new Paragraph({ heading: HeadingLevel.HEADING_2, children: [new TextRun(`${e.label.trim() || '(no label)'} (${e.diagramTitle})`)] }), ...textParagraphs(e.memo)]),
  ];
}

function introBlocks(title: string, count: number): Paragraph[] {
  return [
    new Paragraph({ heading: HeadingLevel.TITLE, children: [new TextRun(title)] }),
    new Paragraph({
      style: NOTE_STYLE,
      children: [
        new TextRun(
          `${count} tension${count === 1 ? '' : 's'} of the project's diagrams, grouped by level (Engestrom 1987) and by the components they lie between. Evidence: the coded extracts linked to each tension, counted by the role and project of the case quoted and by interview round. Names are replaced by the anonymisation register.`,
        ),
      ],
    }),
  ];
}

// Builds the contradictions document: the title and the tensions' table share the table's page.
export function buildContradictionsDocument(input: ContradictionsDocumentInput) {
  const entries = input.groups.flatMap((g) => g.entries);
  const runs: PageRun[] = [];
  if (entries.length > 0) {
    const sized = sizedTable({
      header: ['Level', 'Between', 'Tension', 'Diagram', 'Evidence', 'By role', 'By project', 'By round', 'Across phases'],
      rows: entries.map(tensionRow),
      numeric: false,
      numericColumns: [4],
    });
    runs.push({
      orientation: sized.orientation,
      children: [...introBlocks(input.title, entries.length), new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Tensions by level and components')] }), tableCaption(1, 'tensions by level and components, with their evidence.'), sized.table],
    });
  } else runs.push({ orientation: 'portrait', children: [...introBlocks(input.title, 0), new Paragraph({ style: NOTE_STYLE, children: [new TextRun('The project has no tensions yet.')] })] });
  const followed = input.contradictions.filter((c) => c.phases.length > 0);
  if (followed.length > 0) {
    const sized = sizedTable({ header: ['Contradiction', 'Phase', 'Tension', 'Status', 'Evidence', 'Evidence by round'], rows: followed.flatMap(phaseRows), numeric: false, numericColumns: [4] });
    runs.push({
      orientation: sized.orientation,
      children: [new Paragraph({ heading: HeadingLevel.HEADING_1, children: [new TextRun('Contradictions across phases')] }), tableCaption(entries.length > 0 ? 2 : 1, 'each contradiction followed across phases, with its status in each.'), sized.table],
    });
  }
  runs.push({ orientation: 'portrait', children: memoBlocks(input.groups) });
  return neutralDocument(input.title, orientedSections(input.title, runs));
}
