// Every SQL statement lives in a query layer: electron/<entity>/queries.ts (or a
// <concept>-queries.ts beside it) or electron/db/ (the store, migrations, undo log).
// No other file of electron/ prepares, runs or builds SQL.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function sourceFiles(dir: string): string[] {
  const out: string[] = [];
  for (const name of readdirSync(dir)) {
    const path = join(dir, name);
    if (statSync(path).isDirectory()) {
      if (name !== 'testing') out.push(...sourceFiles(path));
    } else if (name.endsWith('.ts') && !name.endsWith('.test.ts')) out.push(path);
  }
  return out;
}

// Calls that run SQL on a connection (prepare, exec, pragma, SQL functions) or through the statement cache.
const SQL_CALL = /\bdb\.(prepare|exec|pragma|function|aggregate)\(|(?<![\w.])sql\(\s*[a-z]+\b/;

// Whether a file's code (comments left out) runs SQL.
function runsSql(file: string): boolean {
  const code = readFileSync(join(ROOT, file), 'utf8')
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');
  return SQL_CALL.test(code);
}

function isQueryLayer(file: string): boolean {
  return file.startsWith('electron/db/') || /\/(?:[a-z-]+-)?queries\.ts$/.test(file);
}

// Files not yet moved to a query layer (empty when every entity has its own).
const NOT_YET: string[] = [
  'electron/alignment/alignment.ts',
  'electron/anonymise/key-file.ts',
  'electron/anonymise/overrides.ts',
  'electron/anonymise/register.ts',
  'electron/anonymise/suggest.ts',
  'electron/anonymise/withdraw.ts',
  'electron/cases/case-grid.ts',
  'electron/cases/case-table-apply.ts',
  'electron/cases/cases.ts',
  'electron/cli/import.ts',
  'electron/codebook/codebook.ts',
  'electron/codebook/node-moves.ts',
  'electron/codings/coding-actions.ts',
  'electron/codings/coding-report.ts',
  'electron/codings/codings.ts',
  'electron/diagrams/diagrams.ts',
  'electron/diagrams/evidence.ts',
  'electron/diagrams/read.ts',
  'electron/diagrams/tensions.ts',
  'electron/documents/extracts.ts',
  'electron/documents/figures.ts',
  'electron/documents/handlers.ts',
  'electron/documents/other-documents.ts',
  'electron/documents/tables.ts',
  'electron/exchange/handlers.ts',
  'electron/exchange/qdc-export.ts',
  'electron/exchange/qdc-import.ts',
  'electron/exchange/qdpx-collect-sources.ts',
  'electron/exchange/qdpx-collect.ts',
  'electron/exchange/qdpx-counts.ts',
  'electron/exchange/qdpx-diagrams.ts',
  'electron/exchange/qdpx-fresh-guid.ts',
  'electron/exchange/qdpx-graphs.ts',
  'electron/exchange/qdpx-guids.ts',
  'electron/exchange/qdpx-variables.ts',
  'electron/exchange/qdpx-write.ts',
  'electron/memos/memo-search.ts',
  'electron/memos/memos.ts',
  'electron/projects/demo-study.ts',
  'electron/projects/project-info.ts',
  'electron/projects/session.ts',
  'electron/queries/export-tables.ts',
  'electron/queries/framework.ts',
  'electron/queries/fts-probe.ts',
  'electron/queries/index-cache.ts',
  'electron/queries/lookup-read.ts',
  'electron/queries/node-view.ts',
  'electron/queries/recode.ts',
  'electron/queries/references.ts',
  'electron/queries/saved.ts',
  'electron/queries/search-code.ts',
  'electron/queries/search-core.ts',
  'electron/queries/search.ts',
  'electron/queries/word-use.ts',
  'electron/sources/corrections.ts',
  'electron/sources/speaker-cases.ts',
];

describe('SQL lives in the query layers', () => {
  it('no file outside them prepares or runs SQL', () => {
    const offenders = sourceFiles(join(ROOT, 'electron'))
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .filter((f) => !isQueryLayer(f))
      .filter((f) => runsSql(f));
    expect(offenders.filter((f) => !NOT_YET.includes(f))).toEqual([]);
  });

  it('the list of files still to move holds only files that still need it', () => {
    const stale = NOT_YET.filter((f) => !runsSql(f));
    expect(stale).toEqual([]);
  });
});
