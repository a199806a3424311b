// Building diagrams, tensions, the alignment table and contradictions from the command line.
import { writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import type { DiagramDetail, TensionRecord } from '../../shared/model/diagrams.ts';
import type { ContradictionsOverview } from '../../shared/model/contradictions.ts';
import type { AlignmentMatrix } from '../../shared/model/workspace.ts';
import { runCli } from './main.ts';

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
  project = join(tmp.dir, 'study.alens');
  expect((await cli(['create', project])).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('building diagrams from the command line', () => {
  it('creates a diagram, sets component texts, adds tensions of each level and links evidence', async () => {
    const created = await cli(['create-diagram', project, '--generation', '2', '--title', 'Round 1', '--phase', 'Round 1', '--json']);
    expect(created.code, created.err).toBe(0);
    const diagram = JSON.parse(created.out) as DiagramDetail;
    expect((await cli(['set-component', project, 'Round 1', 'community', 'Mentors and mentees\\nFour partner tutors'])).out).toContain('Set the community of "Round 1"');
    const tension = await cli(['add-tension', project, String(diagram.id), '--from', 'community', '--to', 'division-of-labour', '--label', 'Unequal release', '--memo', 'Only one side is paid.', '--json']);
    expect(tension.code, tension.err).toBe(0);
    const t = JSON.parse(tension.out) as TensionRecord;
    expect(t).toMatchObject({ level: 'secondary', label: 'Unequal release', memo: 'Only one side is paid.' });
    const tertiary = await cli(['add-tension', project, 'Round 1', '--from', 'object', '--level', 'tertiary', '--label', 'Observation as judgement']);
    expect(tertiary.code).toBe(1);
    expect(tertiary.err).toContain('name that form');
    expect((await cli(['add-tension', project, 'Round 1', '--from', 'object', '--level', 'tertiary', '--advanced-form', 'Coaching as development'])).out).toContain('Added tertiary tension');
    const quaternary = await cli(['add-tension', project, 'Round 1', '--from', 'object', '--to', 'rules', '--level', 'quaternary']);
    expect(quaternary.err).toContain('third-generation diagram');

    const file = join(tmp.dir, 'interview.txt');
    writeFileSync(file, 'Interviewer: Who is paid to go?\nRuth: Only the college mentors are released.\n');
    expect((await cli(['import', project, file])).code).toBe(0);
    const coded = await cli(['code-search', project, '"college mentors"', '--node', 'Q4 Division of labour/How work was divided', '--spread', 'sentence']);
    expect(coded.out, coded.err).toContain('Coded 1 passages');
    const linked = await cli(['link-evidence', project, 'Round 1', '--tension', String(t.id), '--codings', '1']);
    expect(linked.out, linked.err).toContain(`Tension ${t.id} now has 1 piece of evidence`);
    expect((await cli(['link-evidence', project, 'Round 1', '--component', 'division-of-labour', '--codings', '1'])).out).toContain('The component now has 1 piece');
    expect((await cli(['link-evidence', project, 'Round 1', '--codings', '1'])).err).toContain('either --tension ID or --component');
    expect((await cli(['set-component', project, 'Round 1', 'object@3', 'x'])).err).toContain('no system 3');
    expect((await cli(['set-component', project, 'Round 1', 'toolz', 'x'])).err).toContain('is not a component');
  });

  it('sets alignment rows in the shape of a thesis table, adding a row for a new objective', async () => {
    const added = await cli(['set-alignment-row', project, 'To explain who could take part', '--research-questions', 'What did the community look like?\\nHow was work divided?', '--questions', '3,4', '--components', 'community,division-of-labour', '--presented-in', 'Chapter 6']);
    expect(added.out, added.err).toContain('Added "To explain who could take part": questions 3, 4; components community, division-of-labour; presented in Chapter 6');
    expect((await cli(['set-alignment-row', project, 'To explain who could take part', '--components', 'follow', '--questions', '4'])).out).toContain('components division-of-labour');
    const matrix = JSON.parse((await cli(['alignment', project, '--json'])).out) as AlignmentMatrix;
    expect(matrix.objectives[0]?.researchQuestions).toBe('What did the community look like?\nHow was work divided?');
    expect((await cli(['set-alignment-row', project, '99'])).err).toContain('no objective 99');
    expect((await cli(['set-alignment-row', project, 'x', '--components', 'communities'])).err).toContain('Not components: communities');
  });

  it('follows a tension across phases and lists it in the contradictions', async () => {
    const second = JSON.parse((await cli(['create-diagram', project, '--generation', '2', '--title', 'Round 2', '--phase', 'Round 2', '--json'])).out) as DiagramDetail;
    const t2 = JSON.parse((await cli(['add-tension', project, String(second.id), '--from', 'community', '--to', 'division-of-labour', '--label', 'Paid trio time', '--json'])).out) as TensionRecord;
    const before = JSON.parse((await cli(['contradictions', project, '--json'])).out) as ContradictionsOverview;
    const t1 = before.groups.find((g) => g.pairKey === 'community|division-of-labour')?.entries[0]?.tensionId ?? 0;
    const linked = await cli(['link-contradiction', project, String(t1), String(t2.id), '--name', 'Who is released', '--status', 'emerging', '--with-status', 'addressed']);
    expect(linked.out, linked.err).toContain('Following "Who is released": Round 1 emerging -> Round 2 addressed');
    const listed = await cli(['contradictions', project]);
    expect(listed.out).toContain('secondary: Community – Division of labour');
    expect(listed.out).toContain('followed as "Who is released" (addressed)');
    const out = join(tmp.dir, 'contradictions.docx');
    expect((await cli(['export-contradictions', project, out])).out).toContain(`Wrote 3 tensions to ${out}`);
    expect((await cli(['export-contradictions', project, out])).err).toContain('already exists');
    expect((await cli(['add-manifestations-branch', project])).out).toContain('Added the "Discursive manifestations" branch');
    expect((await cli(['add-manifestations-branch', project])).err).toContain('already has');
  });
});
