// Team work on an encrypted project: the package for a second coder keeps the project's key,
// the second coder's codings merge back into the lead's project, and a package encrypted
// with a passphrase the project does not have is refused in words.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { createProject, openProject } from '../db/open-project.ts';
import { inspectProjectHeader } from '../db/project-file.ts';
import { listCodingDetails } from '../codings/coding-report.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { setCurrentCoder } from './current-coder.ts';
import { mergeFile } from './merge.ts';
import { makePackage } from './package.ts';
import { codeQuote, coder, sourceNamed } from './testing/team-projects.ts';

const PASSPHRASE = 'the lead and the second coder share this';
const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

describe('team work on an encrypted project', () => {
  it('packages it encrypted with the same key and merges the second coder\'s codings back', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const lead = createProject(join(dir, 'lead.alens'), 'Demo', { passphrase: PASSPHRASE });
    cleanups.push(() => lead.close());
    writeDemoStudy(lead);
    const sam = coder(lead, 'Sam Ortiz', 'SO');
    const path = join(dir, 'for-sam.alens');
    await makePackage(lead, { path, coderId: sam, withCodings: false });
    expect(inspectProjectHeader(path).kind).toBe('encrypted');

    const other = openProject(path, { passphrase: PASSPHRASE });
    setCurrentCoder(other, sam);
    const source = sourceNamed(other, 'Interview - ');
    const text = other.db.prepare<[number], string>('SELECT text FROM sources WHERE id = ?').pluck().get(source) ?? '';
    codeQuote(other, sam, source, 'Q3 Community/Community in practice', text.slice(40, 90));
    other.close();

    const before = listCodingDetails(lead).length;
    const report = await mergeFile(lead, readFileSync(path), 'for-sam.alens');
    expect(report.mergeId).not.toBeNull();
    expect(listCodingDetails(lead)).toHaveLength(before + 1);
  });

  it('refuses a package in another key, naming the file, and merges nothing', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const lead = createProject(join(dir, 'lead.alens'), 'Demo', { passphrase: PASSPHRASE });
    cleanups.push(() => lead.close());
    writeDemoStudy(lead);
    const stranger = createProject(join(dir, 'stranger.alens'), 'Other', { passphrase: 'a passphrase nobody here knows' });
    writeDemoStudy(stranger);
    stranger.close();
    const before = listCodingDetails(lead).length;
    await expect(mergeFile(lead, readFileSync(join(dir, 'stranger.alens')), 'stranger.alens')).rejects.toThrow(
      "stranger.alens is encrypted with a passphrase this project does not have. Ask for a copy without encryption, or one encrypted with this project's passphrase. Nothing was merged.",
    );
    expect(listCodingDetails(lead)).toHaveLength(before);
  });
});
