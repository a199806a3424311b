// Coding packages: blind and anonymised by default (no codings, no real name anywhere in the
// file, speaker turns still on their words, nothing of the lead's history); with codings,
// real names and chosen sources when asked; as .qdpx; recorded in the logbook.
import { existsSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { openProject } from '../db/open-project.ts';
import { projectStats } from '../projects/project-info.ts';
import { getSetting } from '../projects/project-info.ts';
import { getSource, listSources } from '../sources/sources.ts';
import { listCases } from '../cases/cases.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { agreementQueries } from './agreement-queries.ts';
import { packageOrigin, startCycle, teamOverview } from './logbook.ts';
import { makePackage } from './package.ts';
import { allTextValues } from './package-queries.ts';
import { coder, demoProjectFile, sourceNamed } from './testing/team-projects.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

function lead() {
  const { dir, cleanup } = makeTempDir();
  cleanups.push(cleanup);
  const store = demoProjectFile(dir, 'lead.alens');
  cleanups.push(() => store.close());
  return { dir, store };
}

const REAL_NAMES = ['Margaret', 'Okafor', 'Rachel', 'Ainsworth', 'Ashdown', 'Hollins'];

describe('a coding package', () => {
  it('is blind and anonymised by default: no codings, no real names, turns on their words, no history', async () => {
    const { dir, store } = lead();
    const sam = coder(store, 'Sam Ortiz', 'SO');
    const cycle = startCycle(store, { title: 'Second coding of round 1' });
    const result = await makePackage(store, { path: join(dir, 'for-sam.alens'), coderId: sam, withCodings: false, instructions: 'Code the three brokers.' });
    expect(result).toMatchObject({ codings: 0, package: { coder: { name: 'Sam Ortiz' }, anonymised: true, withCodings: false, cycleId: cycle.id, sources: 14 } });
    expect(result.replacements).toBeGreaterThan(50);
    const copy = openProject(join(dir, 'for-sam.alens'), { readOnly: true });
    expect(projectStats(copy)).toMatchObject({ codings: 0, sources: 14 });
    const everything = allTextValues(copy)
      .map((t) => t.text)
      .join('\n');
    for (const name of REAL_NAMES) expect(everything).not.toContain(name);
    expect(listCases(copy).every((c) => c.realName === c.label)).toBe(true);
    // each speaker turn still starts with its (anonymised) label
    for (const s of listSources(copy)) {
      const detail = getSource(copy, s.id);
      for (const segment of detail.segments.filter((g) => g.labelStart !== null && g.labelEnd !== null)) {
        expect(Array.from(detail.text).slice(segment.labelStart ?? 0, segment.labelEnd ?? 0).join('').startsWith(segment.speakerLabel ?? '?')).toBe(true);
      }
    }
    expect(getSetting(copy, 'project.guid')).not.toBe(getSetting(store, 'project.guid'));
    expect(packageOrigin(copy)).toMatchObject({ coderName: 'Sam Ortiz', instructions: 'Code the three brokers.', anonymised: true });
    expect(teamOverview(copy).logbook).toEqual([]);
    copy.close();
    // the same sources, known by their GUIDs
    const guids = (s: typeof store) => agreementQueries(s).sourceLengths.all().map((x) => x.guid).sort();
    const again = openProject(join(dir, 'for-sam.alens'), { readOnly: true });
    expect(guids(again)).toEqual(guids(store));
    again.close();
    expect(teamOverview(store).logbook.map((e) => e.summary)).toEqual([expect.stringContaining('Cycle 1 started'), expect.stringContaining('Package for-sam.alens made for Sam Ortiz')]);
  });

  it('carries chosen sources with their codings and real names only when asked', async () => {
    const { dir, store } = lead();
    const okafor = sourceNamed(store, 'Interview - Margaret Okafor (round 1)');
    const result = await makePackage(store, { path: join(dir, 'split.alens'), sourceIds: [okafor], withCodings: true, realNames: true });
    const copy = openProject(join(dir, 'split.alens'), { readOnly: true });
    expect(listSources(copy).map((s) => s.name)).toEqual(['Interview - Margaret Okafor (round 1)']);
    expect(result.codings).toBe(projectStats(copy).codings);
    expect(result.codings).toBe(listSources(store).find((s) => s.id === okafor)?.codingCount);
    expect(getSource(copy, listSources(copy)[0]?.id ?? 0).text).toBe(getSource(store, okafor).text);
    copy.close();
  });

  it('is written as .qdpx for another program, and refuses a file that exists', async () => {
    const { dir, store } = lead();
    await makePackage(store, { path: join(dir, 'for-atlas.qdpx'), withCodings: false });
    const qde = strFromU8(unzipSync(readFileSync(join(dir, 'for-atlas.qdpx')))['project.qde'] ?? new Uint8Array());
    expect(qde).toContain('<TextSource');
    expect(qde).not.toContain('Okafor');
    expect(existsSync(join(dir, 'for-atlas.qdpx.making'))).toBe(false);
    await expect(makePackage(store, { path: join(dir, 'for-atlas.qdpx'), withCodings: false })).rejects.toThrow('already exists');
    await expect(makePackage(store, { path: join(dir, 'notes.txt'), withCodings: false })).rejects.toThrow('.alens');
  });
});
