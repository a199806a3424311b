// The real files in ../shared/sample-inputs (QualCoder's examples), through the reader
// process and into a project, as the CLI imports them.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import type { Store } from '../db/store.ts';
import { listCases } from '../cases/cases.ts';
import { getSource } from '../sources/sources.ts';
import { importFilesAutomatically } from '../sources/import-auto.ts';
import type { AutoOutcome } from '../sources/import-auto.ts';
import { expandPaths } from '../sources/import-paths.ts';
import { createParseRunner, forkWorker } from '../infra/reader-runner.ts';
import type { ParseRunner } from '../infra/reader-runner.ts';

const SAMPLES = join(import.meta.dirname, '../../../shared/sample-inputs/qualcoder-examples');

let store: Store & { close(): void };
let runner: ParseRunner;
let outcomes: AutoOutcome[];

beforeAll(async () => {
  store = memoryStore();
  runner = createParseRunner(forkWorker());
  const { files } = expandPaths([SAMPLES]);
  outcomes = await importFilesAutomatically(store, runner, files, {});
});
afterAll(() => {
  runner.close();
  store.close();
});

function imported(fileName: string) {
  const outcome = outcomes.find((o) => o.fileName === fileName);
  if (outcome?.status !== 'imported') throw new Error(`${fileName}: ${JSON.stringify(outcome)}`);
  return getSource(store, outcome.source.id);
}

describe('the sample inputs', () => {
  it('finds the three documents in the folder (the cases CSV is not a source)', () => {
    expect(outcomes.map((o) => [o.fileName, o.status])).toEqual([
      ['ID1.docx', 'imported'],
      ['ID2.odt', 'imported'],
      ['transcript.txt', 'imported'],
    ]);
  });

  it('reads the [id1] transcript with its three speakers as cases', () => {
    const source = imported('transcript.txt');
    expect(source.segments.map((s) => s.speakerLabel)).toEqual(['id1', 'id2', 'id3', 'id1', 'id3', 'id1', 'id2']);
    expect(listCases(store).map((c) => c.realName)).toEqual(['id1', 'id2', 'id3']);
    expect(source.segments.every((s) => s.caseId !== null)).toBe(true);
  });

  it('reads the Word document paragraph by paragraph', () => {
    const source = imported('ID1.docx');
    expect(source.segments.map((s) => s.kind)).toEqual(['paragraph', 'paragraph', 'paragraph']);
    expect(source.text).toMatch(/^I really like learning new things\./u);
    expect(source.text).toMatch(/I'm happy to pay €200\.$/u);
  });

  it('reads the OpenDocument file with its spans joined', () => {
    const source = imported('ID2.odt');
    expect(source.segments).toHaveLength(3);
    expect(source.text).toMatch(/^I have not studied much before, but my father Joe Bloggs really encouraged me to study again\. I know that I must get help/u);
    expect(source.text).toMatch(/The course cost €200\.00 and I do not want to waste my money\.$/u);
  });
});
