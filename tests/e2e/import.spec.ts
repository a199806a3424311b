// Importing from the UI against the real web host: files dropped on the window (real
// drag-and-drop events), speakers confirmed, progress events seen, the sources stored
// with their turns - and a broken file in the same drop reported with nothing stored.
// Also: choosing files, duplicates in one batch, and the Cases grid with a CSV of attributes.
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import type { SourceDetail, SourceSummary } from '../../shared/model/entities.ts';
import { labelled, makeDocx, plain } from '../../electron/import/testing/make-docx.ts';
import { expect, test } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import { CasesScreen } from './pages/cases-screen.ts';
import { ImportDialog } from './pages/import-dialog.ts';
import { SourcesScreen } from './pages/sources-screen.ts';

const SAMPLES = join(import.meta.dirname, '../../../shared/sample-inputs/qualcoder-examples');
const utf8 = (s: string) => new TextEncoder().encode(s);

interface ProgressEvent {
  type: string;
  jobId?: string;
  done?: number;
  total?: number;
  message?: string;
}

// Listens to the host's event stream from inside the page (the same one the app uses).
async function collectEvents(page: Page): Promise<() => Promise<ProgressEvent[]>> {
  await page.evaluate(() => {
    const store: unknown[] = [];
    Reflect.set(window, '__importEvents', store);
    const source = new EventSource('/api/events');
    source.onmessage = (m: MessageEvent<string>) => store.push(JSON.parse(m.data));
  });
  return () => page.evaluate(() => Reflect.get(window, '__importEvents') as ProgressEvent[]);
}

// Calls the contract from the page, as the renderer does.
async function api<T>(page: Page, method: string, input: unknown): Promise<T> {
  return page.evaluate(
    async ({ method, input }) => {
      const res = await fetch(`/api/call/${method}`, { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: JSON.stringify(input) });
      const body = (await res.json()) as { ok: boolean; result?: unknown; error?: { message: string } };
      if (!body.ok) throw new Error(body.error?.message ?? 'failed');
      return body.result;
    },
    { method, input },
  ) as Promise<T>;
}

test('three files of different formats dropped on the window are imported with their speakers; a broken fourth is reported and not stored', async ({ page, appUrl }) => {
  const frame = new AppFrame(page);
  const sources = new SourcesScreen(page);
  const dialog = new ImportDialog(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await sources.waitForLoaded();
  const before = await sources.rowNames();
  const events = await collectEvents(page);

  const docx = await makeDocx([plain('Interview 5 - Project 2, partner organisation'), labelled('Interviewer:', ' How are the trios going?'), labelled('Tomasz Nowak:', ' Better since we moved them online.'), labelled('Interviewer:', ' And the log?'), labelled('Tomasz Nowak:', ' Shorter now.')]);
  const vtt = utf8('WEBVTT\n\n00:00:02.000 --> 00:00:05.000\n<v Interviewer>Thanks for joining the call.</v>\n\n00:00:05.500 --> 00:00:09.000\n<v Zara Quinn>Happy to. The coaching has changed a lot.</v>\n\n00:00:09.000 --> 00:00:12.000\n<v Zara Quinn>We stopped grading.</v>\n');
  const txt = utf8('Interviewer: What did the network meetings do?\n\nLeah Brook: They gave us somewhere to share what we tried.\n');
  const broken = (await makeDocx([plain('This one will be cut short.')])).subarray(0, 1500);
  await dialog.dropOnWindow([
    { name: 'nowak-round1.docx', bytes: docx },
    { name: 'quinn-call.vtt', bytes: vtt, type: 'text/vtt' },
    { name: 'brook-notes.txt', bytes: txt, type: 'text/plain' },
    { name: 'broken.docx', bytes: broken },
  ]);

  await expect(dialog.dialog).toBeVisible();
  await expect(dialog.checkStep).toBeVisible({ timeout: 30_000 });
  await expect(dialog.failures).toContainText('broken.docx');
  await expect(dialog.failures).toContainText(/damaged or incomplete/);
  for (const name of ['nowak-round1.docx', 'quinn-call.vtt', 'brook-notes.txt']) await expect(dialog.file(name)).toBeVisible();
  await expect(dialog.file('quinn-call.vtt')).toContainText('2 turns');

  await dialog.next();
  await expect(dialog.speakersStep).toBeVisible();
  await expect(dialog.speakerChoice('quinn-call.vtt', 'Interviewer')).toHaveValue('interviewer');
  await expect(dialog.speakerChoice('quinn-call.vtt', 'Zara Quinn')).toHaveValue('new-case');
  await dialog.speakerChoice('brook-notes.txt', 'Leah Brook').selectOption('new-case');
  await dialog.dialog.getByLabel('New case name for Leah Brook').fill('Leah Brook (mentor)');
  await dialog.importNow();

  await expect(dialog.summary).toBeVisible({ timeout: 30_000 });
  await expect(dialog.dialog.getByRole('status')).toContainText('3 files imported, 0 duplicates skipped, 1 file failed');
  await expect(dialog.failures).toContainText('broken.docx');

  // progress events came from the host while the batch ran, file by file
  const progress = (await events()).filter((e) => e.type === 'progress' && e.total === 3);
  expect(progress.map((e) => e.message)).toEqual(expect.arrayContaining([expect.stringMatching(/^Importing file 1 of 3/), expect.stringMatching(/^Importing file 3 of 3/)]));
  expect(progress.some((e) => e.done === 3)).toBe(true);

  await dialog.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog.dialog).toBeHidden();
  await expect(sources.rows).toHaveCount(before.length + 3);
  for (const name of ['nowak-round1', 'quinn-call', 'brook-notes']) await expect(sources.row(name)).toBeVisible();

  // the sources hold their turns, speakers attributed; nothing of the broken file exists
  const listed = await api<SourceSummary[]>(page, 'sources.list', {});
  expect(listed.some((s) => /broken/.test(s.name))).toBe(false);
  const call = await api<SourceDetail>(page, 'sources.get', { id: listed.find((s) => s.name === 'quinn-call')?.id });
  expect(call.segments.map((s) => [s.kind, s.speakerLabel, s.timestamp, s.isInterviewer, s.caseId !== null])).toEqual([
    ['turn', 'Interviewer', '00:00:02', true, false],
    ['turn', 'Zara Quinn', '00:00:05', false, true],
  ]);
  expect(call.caseNames).toEqual(['Zara Quinn']);
  const notes = await api<SourceDetail>(page, 'sources.get', { id: listed.find((s) => s.name === 'brook-notes')?.id });
  expect(notes.caseNames).toEqual(['Leah Brook (mentor)']);
  const word = await api<SourceDetail>(page, 'sources.get', { id: listed.find((s) => s.name === 'nowak-round1')?.id });
  expect(word.segments.filter((s) => s.kind === 'turn').map((s) => s.speakerLabel)).toEqual(['Interviewer', 'Tomasz Nowak', 'Interviewer', 'Tomasz Nowak']);
});

test('files chosen with the file input: details set per file, and the same text twice is skipped as a duplicate', async ({ page, appUrl }, testInfo) => {
  const frame = new AppFrame(page);
  const sources = new SourcesScreen(page);
  const dialog = new ImportDialog(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await sources.waitForLoaded();
  const before = await sources.rowNames();
  const text = 'Interviewer: Who set the agenda?\n\nOwen Price: The steering group, mostly.\n';
  const first = testInfo.outputPath('price-round2.txt');
  const second = testInfo.outputPath('price-round2 copy.txt');
  await writeFile(first, text);
  await writeFile(second, text);

  await sources.importButton.click();
  await dialog.chooseAndRead([first, second]);
  await expect(dialog.file('price-round2.txt').getByLabel('Round')).toHaveValue('2');
  await dialog.file('price-round2.txt').getByLabel('Mode').selectOption({ label: 'Telephone' });
  await dialog.file('price-round2.txt').getByLabel('Interview date').fill('2026-02-03');
  await dialog.next();
  await dialog.importNow();
  await expect(dialog.summary).toBeVisible({ timeout: 30_000 });
  await expect(dialog.dialog.getByRole('status')).toContainText('1 file imported, 1 duplicate skipped, 0 files failed');
  await dialog.dialog.getByRole('button', { name: 'Close' }).click();
  await expect(sources.rows).toHaveCount(before.length + 1);
  await sources.select('price-round2');
  await expect(frame.inspectorValue('Mode')).toHaveText('telephone');
  await expect(frame.inspectorValue('Round')).toHaveText('2');

  // the details stay editable after import: mode, the recording, and who a speaker is
  await page.getByRole('button', { name: 'Details…' }).click();
  const details = page.getByRole('dialog', { name: 'Source details' });
  await details.getByLabel('Mode').selectOption({ label: 'Video call' });
  await details.getByLabel('Audio or video file').fill('/recordings/price-round2.m4a');
  const speaker = details.getByLabel('Who is Owen Price?');
  await expect(speaker.locator('option:checked')).toHaveText(/Owen Price/);
  const imran = await speaker.locator('option', { hasText: 'Imran Shah' }).getAttribute('value');
  await speaker.selectOption(imran ?? '');
  await details.getByRole('button', { name: 'Save' }).click();
  await expect(details).toBeHidden();
  await expect(frame.inspectorValue('Mode')).toHaveText('video');
  await expect(frame.inspectorValue('Cases')).toContainText('Broker, Project 1');
});

test('the Cases grid edits participants in place and imports attributes from a CSV', async ({ page, appUrl }) => {
  const frame = new AppFrame(page);
  const cases = new CasesScreen(page);
  await page.goto(appUrl);
  await frame.goTo('Cases');
  await cases.waitForLoaded();

  await cases.addCase('ID1');
  await expect(cases.cell('Real name', 'ID1')).toHaveValue('ID1');
  await cases.edit('Role', 'ID1', 'mentor');
  await cases.edit('Organisation', 'ID1', 'Northfield Training');
  await cases.edit('Region', 'ID1', 'Yorkshire');
  await cases.cell('Lead or partner', 'ID1').selectOption('partner');

  const dialog = await cases.importTable(join(SAMPLES, 'cases123.csv'));
  await expect(dialog.getByRole('status')).toContainText('1 case updated, 2 created.');
  await dialog.getByRole('button', { name: 'Close' }).click();
  expect(await cases.columnNames()).toEqual(expect.arrayContaining(['Age', 'gender', 'interest']));
  await expect(cases.cell('Age', 'ID1')).toHaveValue('20');
  await expect(cases.cell('interest', 'ID2')).toHaveValue('performing arts');

  // the edits were saved: they survive leaving the screen
  await frame.goTo('Sources');
  await frame.goTo('Cases');
  await expect(cases.cell('Role', 'ID1')).toHaveValue('mentor');
  await expect(cases.cell('Region', 'ID1')).toHaveValue('Yorkshire');
  await expect(cases.cell('Lead or partner', 'ID1')).toHaveValue('partner');

  await cases.deleteCase('ID3');
  await expect(cases.cell('Label', 'ID3')).toHaveCount(0);
});
