// The import contract through the dispatcher (as both bindings call it): stage files given
// as bytes or as a folder path, commit them with progress events, discard, and the
// refusals a researcher can meet. Results are plain JSON.
import { mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api.ts';
import type { StagedFile } from '../../shared/model/import.ts';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { createDispatcher } from '../app/dispatch.ts';
import type { Handlers } from '../app/dispatch.ts';
import type { Store } from '../db/store.ts';
import { createParseRunner, forkWorker } from '../infra/reader-runner.ts';
import type { ParseRunner } from '../infra/reader-runner.ts';
import { createCasesHandlers } from '../cases/handlers.ts';
import { createImportHandlers } from './import-handlers.ts';

let store: Store & { close(): void };
let runner: ParseRunner;
let events: ApiEvent[];
let tmp: ReturnType<typeof makeTempDir>;
let readOnly = false;

function dispatcher() {
  const deps = { requireStore: () => (readOnly ? { ...store, readOnly: true } : store), emit: () => {}, homeDir: tmp.dir, binding: 'direct' as const, reader: () => runner };
  const handlers = { ...createImportHandlers(deps), ...createCasesHandlers(deps) } as unknown as Handlers;
  return createDispatcher(handlers, { isReadOnly: () => readOnly, emit: (e) => events.push(e) }).dispatch;
}

beforeEach(() => {
  store = memoryStore();
  runner = createParseRunner(forkWorker());
  events = [];
  readOnly = false;
  tmp = makeTempDir('alens-import-handlers-');
});
afterEach(() => {
  runner.close();
  store.close();
  tmp.cleanup();
});

const b64 = (s: string) => Buffer.from(s).toString('base64');

describe('import through the contract', () => {
  it('stages bytes and a folder, then commits with progress events; results are plain JSON', async () => {
    const dispatch = dispatcher();
    const folder = join(tmp.dir, 'round 2');
    mkdirSync(folder);
    writeFileSync(join(folder, 'b.vtt'), 'WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Interviewer>Hi?\n\n00:00:02.000 --> 00:00:03.000\n<v Ann Lee>Hello.\n');
    const staged = await dispatch('import.stage', { files: [{ fileName: 'a.txt', bytesBase64: b64('Interviewer: One?\n\nAnn Lee: Yes.') }, { path: folder }], jobId: 'read-1' });
    if (!staged.ok) throw new Error(staged.error.message);
    const outcomes = (staged.result as { outcomes: { ok: boolean; file: StagedFile }[] }).outcomes;
    expect(outcomes.map((o) => [o.ok, o.file.fileName, o.file.path])).toEqual([
      [true, 'a.txt', null],
      [true, 'b.vtt', join(folder, 'b.vtt')],
    ]);
    expect(JSON.parse(JSON.stringify(staged.result))).toEqual(staged.result);
    const items = outcomes.map((o) => ({
      token: o.file.token,
      name: o.file.suggested.name,
      kind: 'transcript',
      round: 2,
      mode: null,
      interviewDate: null,
      caseIds: [],
      speakers: o.file.speakers.map((s) => ({ label: s.label, assign: s.suggestion })),
      mediaPath: null,
    }));
    const committed = await dispatch('import.commit', { items, jobId: 'import-1' });
    expect(committed).toMatchObject({ ok: true, result: { cancelled: false, outcomes: [{ status: 'imported' }, { status: 'imported' }] } });
    const progress = events.filter((e) => e.type === 'progress' && e.jobId === 'import-1');
    expect(progress.map((e) => (e.type === 'progress' ? e.message : ''))).toContain('Importing file 2 of 2: b.vtt');
    // both files named "Ann Lee": one new case
    expect(store.db.prepare('SELECT real_name FROM cases').pluck().all()).toEqual(['Ann Lee']);
  });

  it('reports unreadable files and missing paths as outcomes, not errors', async () => {
    const dispatch = dispatcher();
    const reply = await dispatch('import.stage', { files: [{ fileName: 'x.docx', bytesBase64: b64('nope') }, { path: join(tmp.dir, 'missing.txt') }] });
    expect(reply).toMatchObject({
      ok: true,
      result: { outcomes: [{ ok: false, failure: { fileName: 'x.docx', code: 'BAD_INPUT' } }, { ok: false, failure: { code: 'NOT_FOUND', message: expect.stringMatching(/does not exist/) } }] },
    });
  });

  it('refuses to stage or commit on a read-only project', async () => {
    readOnly = true;
    const dispatch = dispatcher();
    expect(await dispatch('import.commit', { items: [{ token: 't', name: 'x', kind: 'other', round: null, mode: null, interviewDate: null, caseIds: [], speakers: [], mediaPath: null }] })).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    expect(await dispatch('import.stage', { files: [{ fileName: 'a.txt', bytesBase64: b64('x') }] })).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
  });

  it('imports one file in one call (sources.importFile) and refuses the same text again', async () => {
    const dispatch = dispatcher();
    const input = { fileName: 'notes.md', bytesBase64: b64('# Notes\n\nInterviewer: Hi.\n\nAnn: Hello.') };
    expect(await dispatch('sources.importFile', input)).toMatchObject({ ok: true, result: { name: 'notes', originFormat: 'md', segmentCount: 3 } });
    expect(await dispatch('sources.importFile', input)).toMatchObject({ ok: false, error: { code: 'ALREADY_EXISTS' } });
    expect(store.db.prepare("SELECT speaker_label, is_interviewer, case_id FROM segments WHERE kind = 'turn' ORDER BY seq").raw().all()).toEqual([
      ['Interviewer', 1, null],
      ['Ann', 0, null],
    ]);
  });

  it('reads a case table and applies it', async () => {
    const dispatch = dispatcher();
    const read = await dispatch('caseGrid.readTable', { file: { fileName: 'cases.csv', bytesBase64: b64('Participant;Role;Region\nAnn;mentor;London\n') } });
    expect(read).toMatchObject({ ok: true, result: { keyColumn: 0, table: { columns: ['Participant', 'Role', 'Region'] } } });
    if (!read.ok) return;
    const { table, keyColumn, targets } = read.result as { table: { columns: string[]; rows: string[][] }; keyColumn: number; targets: unknown[] };
    const applied = await dispatch('caseGrid.applyTable', { columns: table.columns, rows: table.rows, keyColumn, targets, createMissing: true });
    expect(applied).toMatchObject({ ok: true, result: { created: 1, skipped: [{ row: 2, reason: expect.stringMatching(/organisation first/) }] } });
  });
});
