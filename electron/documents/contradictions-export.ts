// Exports the Contradictions view to Word: every researcher-written text (labels, memos,
// advanced forms, names of activities and contradictions) anonymised with the register,
// the document built, packed, leak-checked part by part and written atomically.
import { Packer } from 'docx';
import { anonymiseText } from '../../shared/anonymise/anonymise-text.ts';
import type { Matcher } from '../../shared/anonymise/matcher.ts';
import type { ContradictionEntry, ContradictionGroup, ContradictionRecord } from '../../shared/model/contradictions.ts';
import type { ExportOutcome } from '../../shared/model/anonymise.ts';
import type { Store } from '../db/store.ts';
import { contradictionsOverview } from '../contradictions/overview.ts';
import { checkExportPath } from '../infra/atomic-write.ts';
import { buildContradictionsDocument } from './contradictions-docx.ts';
import { checkAndWrite, exportMatcher } from './extracts-export.ts';
import type { Progress } from './extracts-export.ts';

export interface ContradictionsExportOptions {
  path: string;
  overwrite: boolean;
  title?: string;
}

// The text with the register's replacements, counting how many were made.
function anonymiser(matcher: Matcher): { text: (value: string) => string; count: () => number } {
  let replacements = 0;
  return {
    text: (value: string) => {
      const done = anonymiseText(matcher, value);
      replacements += done.replacements;
      return done.text;
    },
    count: () => replacements,
  };
}

function anonymisedEntry(entry: ContradictionEntry, text: (value: string) => string): ContradictionEntry {
  return {
    ...entry,
    diagramTitle: text(entry.diagramTitle),
    phase: text(entry.phase),
    label: text(entry.label),
    memo: text(entry.memo),
    advancedForm: text(entry.advancedForm),
    neighbourActivity: entry.neighbourActivity === null ? null : text(entry.neighbourActivity),
    from: text(entry.from),
    to: entry.to === null ? null : text(entry.to),
    link: entry.link ? { ...entry.link, name: text(entry.link.name) } : null,
  };
}

function anonymisedRecord(c: ContradictionRecord, text: (value: string) => string): ContradictionRecord {
  return { ...c, name: text(c.name), memo: text(c.memo), phases: c.phases.map((p) => ({ ...p, diagramTitle: text(p.diagramTitle), phase: text(p.phase), label: text(p.label) })) };
}

// Exports every tension of the project by level and components, and the contradictions across phases.
export async function exportContradictionsDocx(store: Store, options: ContradictionsExportOptions, work: Progress = {}): Promise<ExportOutcome> {
  checkExportPath(options.path, ['.docx'], options.overwrite);
  work.progress?.(0, 3, 'Gathering the tensions');
  const overview = contradictionsOverview(store);
  const matcher = exportMatcher(store);
  const anonymise = anonymiser(matcher);
  const groups: ContradictionGroup[] = overview.groups.map((g) => ({ ...g, entries: g.entries.map((e) => anonymisedEntry(e, anonymise.text)) }));
  const title = options.title?.trim() || 'Contradictions';
  const document = buildContradictionsDocument({ title, groups, contradictions: overview.contradictions.map((c) => anonymisedRecord(c, anonymise.text)) });
  const bytes = new Uint8Array(await Packer.toBuffer(document));
  work.progress?.(2, 3, 'Checking every part for real names');
  return checkAndWrite(matcher, bytes, [], options.path, { extracts: overview.tensionCount, replacements: anonymise.count(), warnings: [] });
}
