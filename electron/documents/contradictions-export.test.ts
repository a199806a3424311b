import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import type { Store } from '../db/store.ts';
import { contradictionsOverview } from '../contradictions/overview.ts';
import { listEvidence } from '../diagrams/evidence.ts';
import { updateTension } from '../diagrams/tensions.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { exportContradictionsDocx } from './contradictions-export.ts';
import { exportMirrorDataDocx, mirrorGroups } from './mirror-data-export.ts';

let store: Store & { close(): void };
let tmp: { dir: string; cleanup: () => void };

beforeAll(() => {
  store = memoryStore();
  writeDemoStudy(store);
  tmp = makeTempDir();
});
afterAll(() => {
  store.close();
  tmp.cleanup();
});

function entries() {
  return contradictionsOverview(store).groups.flatMap((g) => g.entries);
}

describe('the contradictions table in Word', () => {
  it('lists every tension by level and components with its evidence, and the contradiction across rounds', async () => {
    const tertiary = entries().find((e) => e.level === 'tertiary');
    // a real name typed into a memo is replaced, so the export is not blocked
    updateTension(store, tertiary?.tensionId ?? 0, { memo: 'What the mentee told Margaret in the corridor.' });
    const path = join(tmp.dir, 'contradictions.docx');
    const outcome = await exportContradictionsDocx(store, { path, overwrite: false });
    expect(outcome.written).toBe(true);
    const text = (await mammoth.extractRawText({ path })).value;
    expect(text).toContain('Table 1: Tensions by level and components, with their evidence.');
    expect(text).toContain('Table 2: Each contradiction followed across phases, with its status in each.');
    expect(text).toContain('Community – Division of labour');
    expect(text).toContain('More advanced form: Coaching as development the teacher chooses');
    expect(text).toContain('Neighbouring activity: Partner organisation (adult learning)');
    expect(text).toContain('Shared community, unequal release');
    expect(text).toMatch(/Round 1: \d+/);
    expect(text).not.toContain('Margaret');
  });
});

describe('the mirror-data handout', () => {
  it('groups the chosen extracts by contradiction: tensions followed across rounds share one group', async () => {
    const pair = entries().filter((e) => e.link?.name === 'Shared community, unequal release');
    expect(pair).toHaveLength(2);
    const choices = pair.map((e) => ({ tensionId: e.tensionId, codingIds: listEvidence(store, { tensionId: e.tensionId }).items.slice(0, 2).map((i) => i.codingId) }));
    const primary = entries().find((e) => e.level === 'primary');
    choices.push({ tensionId: primary?.tensionId ?? 0, codingIds: listEvidence(store, { tensionId: primary?.tensionId ?? 0 }).items.map((i) => i.codingId) });
    const groups = mirrorGroups(store, { path: '', overwrite: false, attribution: 'role-project', choices });
    expect(groups.map((g) => [g.heading, g.extracts.length])).toEqual([
      ['Shared community, unequal release', 4],
      ['The log: a record of learning, or proof for a quality review', 2],
    ]);
    const path = join(tmp.dir, 'mirror.docx');
    const outcome = await exportMirrorDataDocx(store, { path, overwrite: false, attribution: 'role-project', title: 'Mirror data for the second workshop', choices });
    expect(outcome).toMatchObject({ written: true, extracts: 6 });
    const text = (await mammoth.extractRawText({ path })).value;
    expect(text).toContain('Mirror data for the second workshop');
    expect(text).toContain('What could we try differently?');
    expect(text.match(/Notes/g)?.length).toBe(6 + 3 * 2);
    // anonymised like the extracts report: no real names, attributions by role
    for (const name of ['Margaret', 'Rachel', 'Imran', 'Hollins', 'Ashdown', 'Whitworth']) expect(text).not.toContain(name);
    expect(text).toMatch(/\((Strategic enabler|Broker|Mentor|Mentee|Evaluator)[^)]*\)/);
  });

  it('refuses a handout with no extract, and a tension that is gone', async () => {
    await expect(exportMirrorDataDocx(store, { path: join(tmp.dir, 'empty.docx'), overwrite: false, attribution: 'role-project', choices: [{ tensionId: entries()[0]?.tensionId ?? 0, codingIds: [999_999] }] })).rejects.toThrow('at least one extract');
    expect(() => mirrorGroups(store, { path: '', overwrite: false, attribution: 'role-project', choices: [{ tensionId: 999_999, codingIds: [1] }] })).toThrow('no longer exists');
  });
});
