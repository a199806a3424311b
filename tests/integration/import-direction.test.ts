// DESIGN.md's import direction: shared imports nothing of ours outside shared/;
// renderer imports shared and only types from electron; electron never imports renderer.
import { readdirSync, readFileSync, statSync } from 'node:fs';
import { join, relative } from 'node:path';
import { describe, expect, it } from 'vitest';

const ROOT = join(import.meta.dirname, '..', '..');

function filesOf(dir: string): string[] {
  const out: string[] = [];
  const walk = (d: string) => {
    for (const name of readdirSync(d)) {
      const p = join(d, name);
      if (statSync(p).isDirectory()) walk(p);
      else if (/\.(ts|tsx)$/.test(name)) out.push(p);
    }
  };
  walk(join(ROOT, dir));
  return out;
}

interface ImportLine {
  file: string;
  spec: string;
  typeOnly: boolean;
}

function importsOf(file: string): ImportLine[] {
  const text = readFileSync(file, 'utf8');
  const out: ImportLine[] = [];
  for (const m of text.matchAll(/^\s*(import|export)\s+(type\s+)?[^'";]*?from\s+['"]([^'"]+)['"]/gm)) {
    out.push({ file: relative(ROOT, file), spec: m[3] ?? '', typeOnly: Boolean(m[2]) });
  }
  for (const m of text.matchAll(/import\(\s*['"]([^'"]+)['"]\s*\)/g)) out.push({ file: relative(ROOT, file), spec: m[1] ?? '', typeOnly: false });
  return out;
}

const resolvesInto = (line: ImportLine, folder: string) => line.spec.startsWith('.') && relative(ROOT, join(ROOT, line.file, '..', line.spec)).startsWith(`${folder}/`);

describe('import direction', () => {
  it('shared/ imports nothing outside shared/ except zod, and no Node or DOM modules', () => {
    const bad = filesOf('shared')
      .filter((f) => !f.endsWith('.test.ts'))
      .flatMap(importsOf)
      .filter((l) => (l.spec.startsWith('.') ? !resolvesInto(l, 'shared') : l.spec !== 'zod'));
    expect(bad).toEqual([]);
  });

  it('renderer/ imports only types from electron/ and never Node modules', () => {
    const lines = filesOf('renderer').flatMap(importsOf);
    expect(lines.filter((l) => resolvesInto(l, 'electron') && !l.typeOnly)).toEqual([]);
    expect(lines.filter((l) => l.spec.startsWith('node:') || ['fs', 'path', 'better-sqlite3', 'electron'].includes(l.spec))).toEqual([]);
  });

  it('electron/ never imports the renderer', () => {
    expect(filesOf('electron').flatMap(importsOf).filter((l) => resolvesInto(l, 'renderer'))).toEqual([]);
  });
});
