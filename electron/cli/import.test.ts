// The import command: files and folders, speakers as cases or --case, a summary,
// --json, duplicates skipped, and exit code 1 when a file failed.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { cli } from './testing/run-captured.ts';
import { openProject } from '../db/open-project.ts';
import { listCases } from '../cases/cases.ts';
import { getSource, listSources } from '../sources/sources.ts';
import { makeDocx, labelled } from '../import/testing/make-docx.ts';

let tmp: ReturnType<typeof makeTempDir>;
let project: string;


beforeEach(async () => {
  tmp = makeTempDir('alens-cli-import-');
  project = join(tmp.dir, 'study.alens');
  expect((await cli('create', project)).code).toBe(0);
  const folder = join(tmp.dir, 'round 1');
  mkdirSync(join(folder, 'sub'), { recursive: true });
  writeFileSync(join(folder, 'okafor.txt'), 'Interviewer: How did it start?\n\nMargaret: With the inspection.\n');
  writeFileSync(join(folder, 'sub', 'call.vtt'), 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Interviewer>Hello?\n\n00:00:02.000 --> 00:00:04.000\n<v Imran Shah>Hi, yes.\n');
  writeFileSync(join(folder, 'sub', 'broken.docx'), 'this is not a Word file');
  writeFileSync(join(folder, 'notes.xyz'), 'ignored: not a supported extension inside a folder');
  writeFileSync(join(tmp.dir, 'pryce.docx'), await makeDocx([labelled('Interviewer:', ' What is your role?'), labelled('Rachel:', ' I run it day to day.')]));
});
afterEach(() => tmp.cleanup());

describe('activity-lens import', () => {
  it('imports files and folders, makes speakers cases, summarises, and exits 1 because one file failed', async () => {
    const result = await cli('import', project, join(tmp.dir, 'round 1'), join(tmp.dir, 'pryce.docx'));
    expect(result.code).toBe(1);
    expect(result.out).toMatch(/imported +.*okafor\.txt as "okafor" \(transcript, 2 segments, .*new cases: Margaret\)/u);
    expect(result.out).toMatch(/imported +.*call\.vtt as "call"/u);
    expect(result.out).toMatch(/failed +.*broken\.docx: broken\.docx is not a valid document/u);
    expect(result.out).toMatch(/3 imported, 0 skipped as duplicates, 1 failed\./u);
    expect(result.err).toMatch(/one file could not be imported/u);
    const store = openProject(project, { readOnly: true });
    try {
      expect(listSources(store).map((s) => s.name).sort()).toEqual(['call', 'okafor', 'pryce']);
      expect(listCases(store).map((c) => c.realName).sort()).toEqual(['Imran Shah', 'Margaret', 'Rachel']);
      const call = listSources(store).find((s) => s.name === 'call');
      expect(getSource(store, call?.id ?? 0).segments.map((s) => [s.speakerLabel, s.timestamp, s.isInterviewer])).toEqual([
        ['Interviewer', '00:00:01', true],
        ['Imran Shah', '00:00:02', false],
      ]);
    } finally {
      store.close();
    }
  });

  it('skips duplicates on a second run and exits 0; --json gives the summary as data', async () => {
    await cli('import', project, join(tmp.dir, 'pryce.docx'));
    const again = await cli('import', project, join(tmp.dir, 'pryce.docx'), '--json');
    expect(again.code).toBe(0);
    const summary = JSON.parse(again.out) as { imported: unknown[]; duplicates: { duplicateOf: { name: string } }[]; failed: unknown[] };
    expect(summary.imported).toEqual([]);
    expect(summary.duplicates[0]?.duplicateOf.name).toBe('pryce');
    expect(summary.failed).toEqual([]);
  });

  it('with --case, every file belongs to that case and no speaker cases are made', async () => {
    const result = await cli('import', project, join(tmp.dir, 'pryce.docx'), '--case', 'Rachel Pryce', '--kind', 'report', '--round', '2', '--mode', 'telephone', '--date', '2026-03-02');
    expect(result.code).toBe(0);
    expect(result.out).toMatch(/Created the case "Rachel Pryce"/u);
    const store = openProject(project, { readOnly: true });
    try {
      expect(listCases(store).map((c) => c.realName)).toEqual(['Rachel Pryce']);
      const [source] = listSources(store);
      expect(source).toMatchObject({ kind: 'evaluator report', round: 2, mode: 'telephone', interviewDate: '2026-03-02', caseNames: ['Rachel Pryce'] });
    } finally {
      store.close();
    }
  });

  it('refuses bad options and missing arguments with a clear message', async () => {
    expect(await cli('import', project)).toMatchObject({ code: 1, err: expect.stringMatching(/at least one file or folder/) });
    expect(await cli('import', project, 'x.txt', '--kind', 'novel')).toMatchObject({ code: 1, err: expect.stringMatching(/--kind must be transcript, report or other/) });
    expect(await cli('import', project, 'x.txt', '--date', '12/03/2026')).toMatchObject({ code: 1, err: expect.stringMatching(/YYYY-MM-DD/) });
  });
});
