// The queries commands of the CLI on a demo project file.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { runCli } from './main.ts';
import { openProject } from '../db/open-project.ts';
import { saveQuery } from '../queries/saved.ts';

let tmp: { dir: string; cleanup: () => void };
let project: string;

async function cli(args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(args, (s) => (out += `${s}\n`), (s) => (err += `${s}\n`));
  return { code, out, err };
}

beforeAll(async () => {
  tmp = makeTempDir();
  project = join(tmp.dir, 'demo.alens');
  expect((await cli(['demo', project])).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('queries CLI', () => {
  it('searches and prints JSON', async () => {
    const r = await cli(['search', project, '"peer coaching" NOT inspection', '--json']);
    expect(r.code).toBe(0);
    const result = JSON.parse(r.out) as { totalSegments: number; segments: { lines: { match: string }[] }[] };
    expect(result.totalSegments).toBeGreaterThan(0);
    expect(result.segments[0]?.lines[0]?.match.toLowerCase()).toBe('peer coaching');
  });

  it('runs a matrix of the questions by role', async () => {
    const r = await cli(['matrix', project, '--rows', 'questions', '--cols', 'role', '--json']);
    expect(r.code).toBe(0);
    const m = JSON.parse(r.out) as { rows: { label: string }[]; references: number[][] };
    expect(m.rows).toHaveLength(6);
    expect(m.references.flat().reduce((a, b) => a + b, 0)).toBeGreaterThan(100);
  });

  it('runs a saved query again and exports it', async () => {
    const store = openProject(project);
    saveQuery(store, { name: 'Agenda by round', definition: { kind: 'matrix', rows: { kind: 'questions' }, columns: 'round' } });
    store.close();
    const out = join(tmp.dir, 'agenda.csv');
    const r = await cli(['run-query', project, 'Agenda by round', '--out', out]);
    expect(r.code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Q1 Tools and artefacts');
    expect((await cli(['saved-queries', project])).out).toContain('Agenda by round');
  });

  it('explains bad input and exits 1', async () => {
    const bad = await cli(['search', project, '(coaching']);
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('never closed');
    const node = await cli(['node-view', project, 'No such node']);
    expect(node.err).toContain('There is no node');
  });

  it('codes search results from the command line', async () => {
    const r = await cli(['code-search', project, '"online log"', '--node', 'Structures, systems and procedures', '--spread', 'sentence']);
    expect(r.code).toBe(0);
    expect(r.out).toMatch(/Coded \d+ passages at Q1 Tools and artefacts\/Structures, systems and procedures/);
  });
});
