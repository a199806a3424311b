// The team commands of the command line: coders, package, merge (with --dry-run) and agreement.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { cli } from './testing/run-captured.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';

let tmp: { dir: string; cleanup: () => void };
let demo: string;


beforeAll(async () => {
  tmp = makeTempDir('alens-team-cli-');
  demo = join(tmp.dir, 'demo.alens');
  expect((await cli('demo', demo)).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('team commands', () => {
  it('coders lists the demo\'s two coders and adds one', async () => {
    const listed = await cli('coders', demo, '--json');
    const coders = JSON.parse(listed.out) as { initials: string; codings: number }[];
    expect(coders.map((c) => c.initials)).toEqual(['AM', 'JR']);
    expect(coders[1]?.codings).toBe(51);
    expect((await cli('coders', demo, '--add', 'Sam Ortiz', '--initials', 'SO')).out).toContain('Sam Ortiz (SO)');
  });

  it('agreement prints the tables with how they were computed, as JSON and to a file', async () => {
    const text = await cli('agreement', demo, '--coders', 'AM,JR', '--level', 'segment');
    expect(text.code).toBe(0);
    expect(text.out).toContain('Segment level (overlap of at least 90%): AM and JR');
    expect(text.out).toContain('How each figure was computed');
    const json = JSON.parse((await cli('agreement', demo, '--coders', 'AM,JR', '--exclude-uncoded', '--json')).out) as { sources: number; tables: { columns: { label: string }[] }[] };
    expect(json.sources).toBe(3);
    expect(json.tables[0]?.columns[0]?.label).toBe('Agreement on coded text');
    const out = join(tmp.dir, 'agreement.csv');
    expect((await cli('agreement', demo, '--coders', 'AM,JR', '--out', out)).code).toBe(0);
    expect(readFileSync(out, 'utf8')).toContain('Coder 1');
    const bad = await cli('agreement', demo, '--coders', 'AM,XX');
    expect(bad.code).toBe(1);
    expect(bad.err).toContain('no coder "XX"');
  });

  it('package writes a blind package; merge --dry-run shows what would come in; merge twice changes nothing the second time', async () => {
    const pkg = join(tmp.dir, 'for-jr.alens');
    const made = await cli('package', demo, pkg, '--coder', 'JR', '--sources', 'Interview - Margaret Okafor (round 1)');
    expect(made.err).toBe('');
    expect(made.out).toContain('1 sources, no codings (blind), anonymised');
    expect(existsSync(pkg)).toBe(true);
    const dry = await cli('merge', demo, pkg, '--dry-run');
    expect(dry.out).toContain('Dry run: nothing was written.');
    expect(dry.out).toContain('coder JR (Jordan Reyes): matched by guid');
    expect((await cli('merge', demo, pkg)).out).toContain('Merged');
    expect((await cli('merge', demo, pkg)).out).toContain('merging it again changes nothing');
  });
});
