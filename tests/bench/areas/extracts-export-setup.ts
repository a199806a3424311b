// What the Word-export bench areas share: sources whose codings add up to a wanted number of
// extracts, and the export options of the extracts dialog as a researcher leaves them.
import { join } from 'node:path';
import type { ExtractsExportOptions } from '../../../electron/documents/extracts-export.ts';
import type { BenchContext } from '../bench-context.ts';

type Selection = ExtractsExportOptions['selection'];

// Sources (in id order) whose codings add up to about `wanted` extracts, and their count.
export function sourcesFor(ctx: BenchContext, wanted: number): { ids: number[]; count: number } {
  const rows = ctx.store.db.prepare('SELECT source_id, count(*) AS n FROM codings GROUP BY source_id ORDER BY source_id').all() as { source_id: number; n: number }[];
  const ids: number[] = [];
  let count = 0;
  for (const r of rows) {
    if (count >= wanted) break;
    ids.push(r.source_id);
    count += r.n;
  }
  return { ids, count };
}

// The selection of those sources, every question, node and case.
export function selectionOf(sourceIds: number[]): Selection {
  return { questions: [], nodeIds: [], caseIds: [], sourceIds, facets: [] };
}

// The export of `selection` to extracts.docx in the bench's folder: attributed by role and
// project, memos as comments, with a contents list, node descriptions and a matrix by role.
export function benchExportOptions(ctx: BenchContext, selection: Selection): ExtractsExportOptions {
  return {
    path: join(ctx.workDir, 'extracts.docx'),
    overwrite: true,
    selection,
    attribution: 'role-project',
    memos: 'comments',
    anonymiseMemos: false,
    title: 'Coded extracts',
    tableOfContents: true,
    nodeDescriptions: true,
    matrixFacet: 'role',
    alignmentMatrix: false,
    diagramIds: [],
  };
}
