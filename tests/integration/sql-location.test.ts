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
  return codeRunsSql(readFileSync(join(ROOT, file), 'utf8'));
}

function codeRunsSql(text: string): boolean {
  const code = text
    .split('\n')
    .filter((line) => !/^\s*\/\//.test(line))
    .join('\n');
  return SQL_CALL.test(code);
}

function isQueryLayer(file: string): boolean {
  if (file.startsWith('electron/cli/')) return false;
  return file.startsWith('electron/db/') || /\/(?:[a-z-]+-)?queries\.ts$/.test(file);
}

describe('SQL lives in the query layers', () => {
  it('no file outside them prepares or runs SQL', () => {
    const offenders = sourceFiles(join(ROOT, 'electron'))
      .map((f) => relative(ROOT, f).split('\\').join('/'))
      .filter((f) => !isQueryLayer(f))
      .filter((f) => runsSql(f));
    expect(offenders).toEqual([]);
  });

  it('spots the ways code runs SQL, and not comments or regular expressions', () => {
    expect(codeRunsSql("const n = store.db.prepare('SELECT 1').get();")).toBe(true);
    expect(codeRunsSql('rec.store.db.exec(`DELETE FROM codings`);')).toBe(true);
    expect(codeRunsSql("sql(\n  store,\n  'SELECT 1')")).toBe(true);
    expect(codeRunsSql("this.db.pragma('user_version')")).toBe(true);
    expect(codeRunsSql("// store.db.prepare('SELECT 1')\nconst m = /a/.exec(text);")).toBe(false);
  });
});
