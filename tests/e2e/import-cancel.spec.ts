// Cancelling an import against the real web host: the server is started with its test-only
// hold (ACTIVITY_LENS_TEST_HOLD_IMPORT_AFTER_FIRST_FILE=1), which keeps an import waiting
// after its first file until it is cancelled, so the test presses Cancel at that exact point
// instead of racing a timer. One file is imported, the summary says which and why the
// other two were not, and stays until closed; leaving the page while it runs asks first.
import { copyFileSync, mkdirSync } from 'node:fs';
import { writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import type { Page, TestInfo } from '@playwright/test';
import type { SourceSummary } from '../../shared/model/entities.ts';
import { expect, startWebServer, test as base } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import { ImportDialog } from './pages/import-dialog.ts';
import { SourcesScreen } from './pages/sources-screen.ts';

const DOCS = join(import.meta.dirname, '..', '..', 'docs');

const test = base.extend({
  server: async ({ homeDir }, use) => {
    const server = await startWebServer(homeDir, [], { ACTIVITY_LENS_TEST_HOLD_IMPORT_AFTER_FIRST_FILE: '1' });
    await use(server);
    server.process.kill('SIGTERM');
    await new Promise((resolve) => (server.process.exitCode !== null ? resolve(null) : server.process.on('exit', resolve)));
  },
});

// Screenshots at both window sizes we check; with ALENS_DOCS_SCREENSHOTS=1 also into docs/.
async function screenshots(page: Page, testInfo: TestInfo, name: string): Promise<void> {
  for (const [width, height] of [
    [1440, 900],
    [1280, 720],
  ] as const) {
    await page.setViewportSize({ width, height });
    const file = testInfo.outputPath(`${name}-${width}x${height}.png`);
    await page.screenshot({ path: file });
    if (process.env.ALENS_DOCS_SCREENSHOTS === '1') {
      mkdirSync(DOCS, { recursive: true });
      copyFileSync(file, join(DOCS, `${name}-${width}x${height}.png`));
    }
  }
  await page.setViewportSize({ width: 1440, height: 900 });
}

// Writes three short interviews and takes them to the speakers step of the Import dialog.
async function readThreeFiles(page: Page, testInfo: TestInfo): Promise<ImportDialog> {
  const paths: string[] = [];
  for (const [file, who] of [
    ['cancel-first.txt', 'Ffion Hale'],
    ['cancel-second.txt', 'Gus Imber'],
    ['cancel-third.txt', 'Hana Jost'],
  ] as const) {
    const path = testInfo.outputPath(file);
    await writeFile(path, `Interviewer: What did the coaching change?\n\n${who}: We plan lessons together now.\n`);
    paths.push(path);
  }
  const dialog = new ImportDialog(page);
  await new SourcesScreen(page).importButton.click();
  await dialog.chooseAndRead(paths);
  await dialog.next();
  await expect(dialog.speakersStep).toBeVisible();
  return dialog;
}

async function sourceNames(page: Page): Promise<string[]> {
  return page.evaluate(async () => {
    const res = await fetch('/api/call/sources.list', { method: 'POST', credentials: 'same-origin', headers: { 'content-type': 'application/json' }, body: '{}' });
    const body = (await res.json()) as { result: SourceSummary[] };
    return body.result.map((s) => s.name);
  });
}

test('cancel after the first of three files leaves one imported and the summary says so until closed', async ({ page, appUrl }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const frame = new AppFrame(page);
  const sources = new SourcesScreen(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await sources.waitForLoaded();
  const before = await sources.rowNames();
  const dialog = await readThreeFiles(page, testInfo);

  await dialog.importNow();
  // the host has written the first file and holds the import there
  await expect(dialog.status).toHaveText('Imported 1 of 3');
  const cancel = dialog.dialog.getByRole('button', { name: 'Cancel import' });
  await expect(cancel).toBeFocused();
  await screenshots(page, testInfo, 'import-progress');
  await cancel.click();

  await expect(dialog.summary).toHaveText('Import cancelled', { timeout: 30_000 });
  await expect(dialog.summary).toBeFocused();
  await expect(dialog.status).toContainText('1 file imported, 0 duplicates skipped, 0 files failed, 2 files not imported (cancelled).');
  await expect(dialog.status).toContainText('the files imported before it stay in the project');
  const imported = dialog.dialog.getByRole('region', { name: 'Imported', exact: true });
  await expect(imported.getByRole('listitem')).toHaveCount(1);
  await expect(imported).toContainText('cancel-first');
  const notImported = dialog.dialog.getByRole('region', { name: 'Not imported' });
  await expect(notImported.getByRole('heading')).toHaveText('Not imported (2)');
  await expect(notImported.getByRole('listitem')).toHaveText([/^cancel-second\.txt: cancelled/, /^cancel-third\.txt: cancelled/]);
  await screenshots(page, testInfo, 'import-cancelled-summary');

  // the summary stays until it is dismissed (Escape, like Close)
  await expect(dialog.dialog).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(dialog.dialog).toBeHidden();
  await expect(sources.rows).toHaveCount(before.length + 1);
  const names = await sourceNames(page);
  expect(names).toContain('cancel-first');
  expect(names.filter((n) => n.startsWith('cancel-'))).toEqual(['cancel-first']);
});

test('leaving the page while an import runs asks first; staying keeps the import going', async ({ page, appUrl }, testInfo) => {
  const frame = new AppFrame(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await new SourcesScreen(page).waitForLoaded();
  const dialog = await readThreeFiles(page, testInfo);
  await dialog.importNow();
  await expect(dialog.status).toHaveText('Imported 1 of 3');

  const asked = page.waitForEvent('dialog');
  await page.close({ runBeforeUnload: true });
  const question = await asked;
  expect(question.type()).toBe('beforeunload');
  await question.dismiss();
  // still here, still importing
  await expect(dialog.status).toHaveText('Imported 1 of 3');
  await dialog.dialog.getByRole('button', { name: 'Cancel import' }).click();
  await expect(dialog.summary).toHaveText('Import cancelled', { timeout: 30_000 });
  // once the import has ended, nothing holds the page
  await dialog.closeSummary();
  const closed = page.waitForEvent('close');
  await page.close({ runBeforeUnload: true });
  await closed;
});
