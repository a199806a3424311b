// REFI-QDA exchange through the UI in browser mode: the demo project goes out as a .qdpx
// download (after the real-names warning) and comes back through a file input into a new
// project with the same sources and codings as the CLI reports for the original.
import { join } from 'node:path';
import { expect, test } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import { countOf } from './pages/counts.ts';
import { ExchangePanel } from './pages/exchange-panel.ts';
import { SourcesScreen } from './pages/sources-screen.ts';
import { StartScreen } from './pages/start-screen.ts';

interface CliCoding {
  nodePath: string;
  sourceName: string;
  start: number;
  end: number;
  text: string;
}

test('the demo project exported as .qdpx and imported back through the UI has the same sources and codings', async ({ page, appUrl, cli, projectPath, homeDir }, testInfo) => {
  const frame = new AppFrame(page);
  const exchange = new ExchangePanel(page);
  const sources = new SourcesScreen(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await sources.waitForLoaded();
  const demoSources = await sources.rowNames();

  await frame.goTo('Exports');
  await exchange.open();
  const download = await exchange.downloadProject();
  expect(download.suggestedFilename()).toMatch(/\.qdpx$/);
  const file = testInfo.outputPath('demo.qdpx');
  await download.saveAs(file);
  await exchange.exportDialog.getByRole('button', { name: 'Close' }).click();

  await exchange.previewImport(file);
  const comingIn = exchange.countsList('What will come in');
  await expect(comingIn).toContainText(countOf(demoSources.length, 'sources'));
  await expect(exchange.importDialog.getByRole('list', { name: 'What cannot come in' }).or(exchange.importDialog.getByText('Nothing is left out.'))).toBeVisible();
  const imported = join(homeDir, 'Imported demo.alens');
  await exchange.importInto(imported);
  await expect(exchange.countsList('Imported')).toContainText(countOf(demoSources.length, 'sources'));
  await exchange.importDialog.getByRole('button', { name: 'Open the new project' }).click();

  await expect(frame.statusCounts).toContainText(countOf(demoSources.length, 'sources'));
  await frame.goTo('Sources');
  await sources.waitForLoaded();
  expect([...(await sources.rowNames())].sort()).toEqual([...demoSources].sort());

  // the web host holds the imported project's lock; close it before the CLI reads both files
  await frame.closeProject();
  await expect(new StartScreen(page).recentProject(imported)).toBeVisible();
  const read = async (path: string) => {
    const result = await cli(['codings', path, '--json']);
    expect(result.code, result.stderr).toBe(0);
    return (JSON.parse(result.stdout) as CliCoding[]).map((c) => `${c.sourceName} | ${c.nodePath} | ${c.start}-${c.end} | ${c.text}`).sort();
  };
  const original = await read(projectPath);
  expect(original.length).toBeGreaterThan(100);
  expect(await read(imported)).toEqual(original);
});

test('the codebook goes out as .qdc and a merge of it adds nothing new', async ({ page, appUrl }, testInfo) => {
  const frame = new AppFrame(page);
  const exchange = new ExchangePanel(page);
  await page.goto(appUrl);
  await frame.goTo('Exports');
  await exchange.open();
  await exchange.exportCodebookButton.click();
  const dialog = page.getByRole('dialog', { name: 'Export codebook as .qdc' });
  const downloading = page.waitForEvent('download');
  await dialog.getByRole('button', { name: 'Download .qdc' }).click();
  const file = testInfo.outputPath('codebook.qdc');
  await (await downloading).saveAs(file);
  await dialog.getByRole('button', { name: 'Close' }).click();

  await exchange.mergeButton.click();
  await exchange.mergeDialog.getByLabel('The codebook file').setInputFiles(file);
  await exchange.mergeDialog.getByRole('button', { name: 'Show what it adds' }).click();
  await expect(exchange.mergeDialog).toContainText(countOf(0, 'new'));
  await expect(exchange.mergeDialog.getByRole('button', { name: 'Nothing to add' })).toBeDisabled();
});
