// The exchange commands of the command line: export-qdpx warns before writing and never
// replaces a file without --force; import-qdpx prints what was and was not imported;
// export-qdc and import-qdc round a codebook.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './testing/run-captured.ts';
import { createNode, listNodes } from '../codebook/codebook.ts';
import { openProject } from '../db/open-project.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';

let tmp: { dir: string; cleanup: () => void };


beforeAll(async () => {
  tmp = makeTempDir('alens-exchange-cli-');
  expect((await cli('demo', join(tmp.dir, 'demo.alens'))).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('exchange commands', () => {
  it('export-qdpx prints the real-names warning, writes the file and refuses to replace it', async () => {
    const out = join(tmp.dir, 'demo.qdpx');
    const first = await cli('export-qdpx', join(tmp.dir, 'demo.alens'), out);
    expect(first.code).toBe(0);
    expect(first.err).toContain('carries real names');
    expect(first.err).not.toContain('QualCoder matches codes by name');
    expect(first.out).toMatch(/Wrote .*demo\.qdpx/);
    expect(existsSync(out)).toBe(true);
    const again = await cli('export-qdpx', join(tmp.dir, 'demo.alens'), out);
    expect(again.code).toBe(1);
    expect(again.err).toContain('--force');
    expect((await cli('export-qdpx', join(tmp.dir, 'demo.alens'), out, '--force')).code).toBe(0);
  });

  it('import-qdpx prints what was imported and what was not', async () => {
    const result = await cli('import-qdpx', join(tmp.dir, 'demo.qdpx'), join(tmp.dir, 'back.alens'));
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Imported demo\.qdpx \(written by Activity Lens/);
    expect(result.out).toMatch(/\d+ sources/);
    expect(result.out).toContain('Not imported:');
    const stats = await cli('stats', join(tmp.dir, 'back.alens'), '--json');
    const original = await cli('stats', join(tmp.dir, 'demo.alens'), '--json');
    expect(JSON.parse(stats.out)).toEqual(JSON.parse(original.out));
  });

  it('export-qdc and import-qdc merge a codebook', async () => {
    const qdc = join(tmp.dir, 'codebook.qdc');
    expect((await cli('export-qdc', join(tmp.dir, 'demo.alens'), qdc)).out).toMatch(/\d+ codes/);
    expect((await cli('create', join(tmp.dir, 'empty.alens'), '--name', 'Empty')).code).toBe(0);
    const merged = await cli('import-qdc', qdc, join(tmp.dir, 'empty.alens'));
    expect(merged.code).toBe(0);
    // a new project has the six questions' codebook; the demo adds the discursive manifestations branch (a parent and four kinds)
    expect(merged.out).toMatch(/ 5 codes added, \d+ already in the project/);
  });

  it('export-qdpx warns about codes sharing a name, naming them, and still writes the file', async () => {
    const project = join(tmp.dir, 'same-names.alens');
    expect((await cli('create', project, '--name', 'Same names')).code).toBe(0);
    const store = openProject(project);
    const [first, second] = listNodes(store).filter((n) => n.parentId === null);
    if (!first || !second) throw new Error('a new project has the six questions');
    createNode(store, { name: 'Barriers', parentId: first.id });
    createNode(store, { name: 'Barriers', parentId: second.id });
    store.close();
    const out = join(tmp.dir, 'same-names.qdpx');
    const result = await cli('export-qdpx', project, out);
    expect(result.code).toBe(0);
    expect(result.err).toContain('Warning: Two or more codes share a name. QualCoder matches codes by name');
    expect(result.err).toContain(`“Barriers”: ${first.path}/Barriers; ${second.path}/Barriers`);
    expect(existsSync(out)).toBe(true);
  });

  it('says clearly when the input is missing or wrong', async () => {
    const missing = await cli('import-qdpx', join(tmp.dir, 'nope.qdpx'), join(tmp.dir, 'x.alens'));
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('There is no file at');
    expect(existsSync(join(tmp.dir, 'x.alens'))).toBe(false);
    const wrong = await cli('import-qdpx', join(tmp.dir, 'demo.alens'), join(tmp.dir, 'y.alens'));
    expect(wrong.code).toBe(1);
    expect(wrong.err).toContain('not a readable .qdpx');
    expect(existsSync(join(tmp.dir, 'y.alens'))).toBe(false);
  });
});
