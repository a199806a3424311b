// Exports the comparison of two diagrams to Word: built, packed, leak-checked part by part
// and written atomically like every other document.
import { Packer } from 'docx';
import type { ExportOutcome } from '../../shared/model/anonymise.ts';
import type { Store } from '../db/store.ts';
import { getDiagram } from '../diagrams/read.ts';
import { checkExportPath } from '../infra/atomic-write.ts';
import { compareDiagrams } from './comparison.ts';
import { buildComparisonDocument } from './comparison-docx.ts';
import { checkAndWrite, exportMatcher } from './extracts-export.ts';
import type { Progress } from './extracts-export.ts';

export interface ComparisonExportOptions {
  path: string;
  overwrite: boolean;
  leftId: number;
  rightId: number;
  title?: string;
}

// Exports two diagrams compared component by component.
export async function exportComparisonDocx(store: Store, options: ComparisonExportOptions, work: Progress = {}): Promise<ExportOutcome> {
  checkExportPath(options.path, ['.docx'], options.overwrite);
  work.progress?.(0, 3, 'Comparing the diagrams');
  const comparison = compareDiagrams(getDiagram(store, options.leftId), getDiagram(store, options.rightId));
  const title = options.title?.trim() || `${comparison.left.title} and ${comparison.right.title} compared`;
  const bytes = new Uint8Array(await Packer.toBuffer(buildComparisonDocument(title, comparison)));
  work.progress?.(2, 3, 'Checking every part for real names');
  return checkAndWrite(exportMatcher(store), bytes, [], options.path, { extracts: comparison.components.length, replacements: 0, warnings: [] });
}
