// `merge-duplicates` shows what merging one coder's overlapping codings would do and changes
// the file only with --apply; a second run finds nothing.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { DuplicateMergeResult, DuplicatePreview } from '../../shared/model/duplicate-codings.ts';
import { addDuplicateCodings } from '../../tests/helpers/duplicate-codings.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { cli } from './testing/run-captured.ts';

let tmp: ReturnType<typeof makeTempDir>;
let project: string;
let codingsBefore = 0;


beforeAll(async () => {
  tmp = makeTempDir('alens-cli-duplicates-');
  project = join(tmp.dir, 'demo.alens');
  expect((await cli('demo', project)).code).toBe(0);
  codingsBefore = addDuplicateCodings(project, 3);
}, 60_000);
afterAll(() => tmp.cleanup());

describe('merge-duplicates on the command line', () => {
  it('previews without changing the file, as lines and as JSON', async () => {
    const bytes = readFileSync(project);
    const text = await cli('merge-duplicates', project);
    expect(text.code).toBe(0);
    expect(text.out).toContain(`3 passages coded more than once by the same coder at the same node: 3 codings would be folded into the one kept for each passage (${codingsBefore} codings, ${codingsBefore - 3} after).`);
    expect(text.out).toContain('By node:');
    expect(text.out).toContain('Nothing was changed. Run again with --apply to merge them.');
    const preview = JSON.parse((await cli('merge-duplicates', project, '--json')).out) as DuplicatePreview;
    expect(preview).toMatchObject({ groups: 3, folded: 3, codingsBefore, codingsAfter: codingsBefore - 3 });
    expect(preview.examples).toHaveLength(3);
    expect(preview.examples.every((e) => e.codings === 2 && e.coder !== null && e.text.length > 0)).toBe(true);
    expect(readFileSync(project).equals(bytes)).toBe(true);
  });

  it('merges with --apply; a second run finds nothing', async () => {
    const merged = await cli('merge-duplicates', '--apply', project, '--json');
    expect(merged.err).toBe('');
    expect(JSON.parse(merged.out) as DuplicateMergeResult).toMatchObject({ groups: 3, folded: 3 });
    expect((JSON.parse((await cli('stats', project, '--json')).out) as { codings: number }).codings).toBe(codingsBefore - 3);
    const again = await cli('merge-duplicates', project, '--apply');
    expect(again.out).toContain('No duplicate codings: nothing changed.');
    expect((await cli('merge-duplicates', project)).out).toMatch(/^No duplicate codings/);
  });

  it('asks for the project file', async () => {
    const missing = await cli('merge-duplicates');
    expect(missing.code).toBe(1);
    expect(missing.err).toContain('Missing the project file.');
    expect((await cli('help')).out).toContain('merge-duplicates <project.alens> [--apply] [--json]');
  });
});
