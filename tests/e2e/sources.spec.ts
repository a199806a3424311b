// The Sources screen against the real web host and the demo project: what the table
// shows matches the CLI, imports (UI and CLI) appear, and the table is usable by keyboard.
import { writeFile } from 'node:fs/promises';
import { expect, test } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import { SourcesScreen } from './pages/sources-screen.ts';
import { countOf } from './pages/counts.ts';
import { StartScreen } from './pages/start-screen.ts';

type Cli = (args: string[]) => Promise<{ stdout: string; code: number }>;

interface CliSource {
  name: string;
}

interface CliStats {
  sources: number;
}

async function cliJson<T>(cli: Cli, args: string[]): Promise<T> {
  const result = await cli(args);
  expect(result.code, `activity-lens ${args.join(' ')}\n${result.stdout}`).toBe(0);
  return JSON.parse(result.stdout) as T;
}

const TRANSCRIPT = [
  'Interviewer: How did the peer coaching start in your team?',
  'Zara Quinn: We paired up in September. At first it felt like another observation, to be honest.',
  'Interviewer: What changed that?',
  'Zara Quinn: The broker stopped using the grading form, so we talked about the lesson, not the grade.',
  '',
].join('\n');

test('the Sources table lists the same sources as the CLI', async ({ page, appUrl, cli, projectPath }) => {
  const frame = new AppFrame(page);
  const sources = new SourcesScreen(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await sources.waitForLoaded();
  const shown = await sources.rowNames();
  expect(shown.length).toBeGreaterThan(0);
  await expect(frame.statusCounts).toContainText(countOf(shown.length, 'sources'));

  // the web host holds the project's exclusive lock; close it before the CLI opens the file
  await frame.closeProject();
  const stats = await cliJson<CliStats>(cli, ['stats', projectPath, '--json']);
  const listed = await cliJson<CliSource[]>(cli, ['sources', projectPath, '--json']);
  expect(shown).toHaveLength(stats.sources);
  expect([...shown].sort()).toEqual(listed.map((s) => s.name).sort());
});

test('a source imported with the CLI appears when the project is reopened from the recent list', async ({ page, appUrl, cli, projectPath }, testInfo) => {
  const frame = new AppFrame(page);
  const sources = new SourcesScreen(page);
  const start = new StartScreen(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await sources.waitForLoaded();
  const before = await sources.rowNames();

  await frame.closeProject();
  await start.waitUntilShown();
  const file = testInfo.outputPath('zara-quinn-round-1.txt');
  await writeFile(file, TRANSCRIPT, 'utf8');
  const imported = await cli(['import', projectPath, file, '--kind', 'transcript']);
  expect(imported.code, imported.stdout).toBe(0);
  const listed = await cliJson<CliSource[]>(cli, ['sources', projectPath, '--json']);
  const added = listed.map((s) => s.name).filter((name) => !before.includes(name));
  expect(added).toHaveLength(1);
  const newName = added[0] ?? '';

  await expect(start.recentProject(projectPath)).toBeVisible();
  await start.openRecent(projectPath);
  await frame.waitUntilShown();
  await frame.goTo('Sources');
  await expect(sources.rows).toHaveCount(before.length + 1);
  await expect(sources.row(newName)).toBeVisible();
  await sources.select(newName);
  await expect(frame.inspectorTitle()).toHaveText(newName);
  await expect(frame.inspectorValue('Kind')).toHaveText('transcript');
});

test('a text file imported from the Sources screen is added and selected', async ({ page, appUrl }, testInfo) => {
  const frame = new AppFrame(page);
  const sources = new SourcesScreen(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await sources.waitForLoaded();
  const before = await sources.rowNames();

  const file = testInfo.outputPath('zara-quinn-round-2.txt');
  await writeFile(file, TRANSCRIPT, 'utf8');
  await sources.importFiles([file], 'Evaluator report');
  await expect(sources.importDialog).toBeHidden();
  await expect(sources.rows).toHaveCount(before.length + 1);
  const added = (await sources.rowNames()).filter((name) => !before.includes(name));
  expect(added).toHaveLength(1);
  const newName = added[0] ?? '';
  expect(newName).toMatch(/zara-quinn-round-2/i);
  await expect(sources.row(newName)).toHaveAttribute('aria-selected', 'true');
  await expect(frame.inspectorValue('Kind')).toHaveText('evaluator report');
  await expect(frame.statusCounts).toContainText(countOf(before.length + 1, 'sources'));
});

test('a file that is not text is refused with a clear message and nothing is added', async ({ page, appUrl }, testInfo) => {
  const frame = new AppFrame(page);
  const sources = new SourcesScreen(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await sources.waitForLoaded();
  const before = await sources.rowNames();

  const file = testInfo.outputPath('scan.pdf');
  await writeFile(file, '%PDF-1.4\n', 'utf8');
  await sources.importFiles([file]);
  await expect(sources.importErrors()).toContainText('scan.pdf');
  await sources.importDialog.getByRole('button', { name: 'Cancel' }).click();
  await expect(sources.importDialog).toBeHidden();
  expect(await sources.rowNames()).toEqual(before);
});

test('the table sorts, filters, and moves the selection with the keyboard', async ({ page, appUrl }) => {
  const frame = new AppFrame(page);
  const sources = new SourcesScreen(page);
  await page.goto(appUrl);
  await frame.goToWithShortcut('Sources');
  await sources.waitForLoaded();
  const all = await sources.rowNames();
  expect(all.length).toBeGreaterThan(1);

  // sorting by words: ascending, then descending on a second click
  await sources.sortBy('Words');
  await expect(sources.columnHeader('Words')).toHaveAttribute('aria-sort', 'ascending');
  const words = (await sources.columnValues('Words')).map((w) => Number(w.replace(/\D/g, '')));
  expect(words).toEqual([...words].sort((a, b) => a - b));
  await sources.sortBy('Words');
  await expect(sources.columnHeader('Words')).toHaveAttribute('aria-sort', 'descending');
  const wordsDown = (await sources.columnValues('Words')).map((w) => Number(w.replace(/\D/g, '')));
  expect(wordsDown).toEqual([...wordsDown].sort((a, b) => b - a));

  // filtering by kind keeps only matching rows; a filter that matches nothing says so
  const kinds = await sources.columnValues('Kind');
  const kind = kinds[0] ?? '';
  await sources.filter(kind);
  await expect(sources.rows).toHaveCount(kinds.filter((k) => k.includes(kind)).length);
  await sources.filter('no source is called this');
  await expect(sources.noMatches).toBeVisible();
  await sources.filter('');
  await expect(sources.rows).toHaveCount(all.length);

  // arrow keys move the selection; the inspector follows it
  await sources.sortBy('Name');
  const names = await sources.rowNames();
  await sources.select(names[0] ?? '');
  await page.keyboard.press('ArrowDown');
  await expect(sources.selectedRow).toHaveCount(1);
  await expect(sources.row(names[1] ?? '')).toHaveAttribute('aria-selected', 'true');
  await expect(frame.inspectorTitle()).toHaveText(names[1] ?? '');
  await page.keyboard.press('End');
  await expect(sources.row(names[names.length - 1] ?? '')).toHaveAttribute('aria-selected', 'true');
  await page.keyboard.press('ArrowUp');
  await expect(frame.inspectorTitle()).toHaveText(names[names.length - 2] ?? '');

  // the panel belongs to this screen, and once hidden it stays hidden after a reload
  await frame.goTo('Codebook');
  await expect(frame.inspector).toHaveCount(0);
  await frame.goTo('Sources');
  await frame.inspector.getByRole('button', { name: 'Hide' }).click();
  await expect(frame.inspector.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'false');
  await page.reload();
  await frame.goTo('Sources');
  await expect(frame.inspector.getByRole('button', { name: 'Details' })).toHaveAttribute('aria-expanded', 'false');
  await frame.inspector.getByRole('button', { name: 'Details' }).click();
  await expect(frame.inspector.getByRole('button', { name: 'Hide' })).toHaveAttribute('aria-expanded', 'true');
});

test('Ctrl+Z undoes an import and Ctrl+Shift+Z redoes it', async ({ page, appUrl }, testInfo) => {
  const frame = new AppFrame(page);
  const sources = new SourcesScreen(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await sources.waitForLoaded();
  const before = await sources.rowNames();

  const file = testInfo.outputPath('zara-quinn-round-3.txt');
  await writeFile(file, TRANSCRIPT, 'utf8');
  await sources.importFiles([file]);
  await expect(sources.rows).toHaveCount(before.length + 1);
  await expect(frame.statusBar).toContainText('Undo:');

  await sources.rows.first().click(); // focus in the table, not in a text field
  await frame.undo();
  await expect(sources.rows).toHaveCount(before.length);
  await frame.redo();
  await expect(sources.rows).toHaveCount(before.length + 1);
});

test('a project opened read-only shows the badge and cannot import', async ({ page, appUrl, projectPath }) => {
  const frame = new AppFrame(page);
  const sources = new SourcesScreen(page);
  const start = new StartScreen(page);
  await page.goto(appUrl);
  await frame.waitUntilShown();
  await frame.closeProject();
  await start.openRecent(projectPath, { readOnly: true });
  await frame.goTo('Sources');
  await expect(frame.readOnlyBadge).toBeVisible();
  await expect(sources.importButton).toBeDisabled();
  await sources.waitForLoaded();
  expect((await sources.rowNames()).length).toBeGreaterThan(0);
});

test('the navigator and the Details panel are resized with their splitters, by mouse and by keys, and keep their widths after a reload', async ({ page, appUrl }) => {
  const frame = new AppFrame(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  const details = page.getByRole('separator', { name: 'Resize the Details panel' });
  const navigator = page.getByRole('separator', { name: 'Resize the navigator' });
  await expect(details).toHaveAttribute('aria-valuenow', '300');
  const width = async () => Math.round((await frame.inspector.boundingBox())?.width ?? 0);
  expect(await width()).toBe(300);

  // drag the Details panel's splitter 120 px to the left: the panel is 120 px wider
  const box = await details.boundingBox();
  if (!box) throw new Error('the splitter is not on the page');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 - 120, y, { steps: 6 });
  await page.mouse.up();
  await expect(details).toHaveAttribute('aria-valuenow', '420');
  await expect.poll(width).toBe(420);

  // the navigator's splitter by keys: two steps wider
  await navigator.focus();
  await page.keyboard.press('ArrowRight');
  await page.keyboard.press('ArrowRight');
  await expect(navigator).toHaveAttribute('aria-valuenow', '232');

  await page.reload();
  await frame.goTo('Sources');
  await expect(details).toHaveAttribute('aria-valuenow', '420');
  await expect(navigator).toHaveAttribute('aria-valuenow', '232');
  await expect.poll(width).toBe(420);
  await expect.poll(async () => Math.round((await frame.navigator.boundingBox())?.width ?? 0)).toBe(232);
});

test('a column of the Sources list is widened by dragging its header edge and keeps its width after a reload', async ({ page, appUrl }) => {
  const frame = new AppFrame(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  const table = page.getByRole('table', { name: 'Sources' });
  const handle = table.getByRole('separator', { name: 'Resize the Name column' });
  const header = table.getByRole('columnheader', { name: /^Name/ });
  const before = Number(await handle.getAttribute('aria-valuenow'));
  expect(before).toBeGreaterThanOrEqual(120);
  const headerWidth = async () => Math.round((await header.boundingBox())?.width ?? 0);

  const box = await handle.boundingBox();
  if (!box) throw new Error('the column handle is not on the page');
  const y = box.y + box.height / 2;
  await page.mouse.move(box.x + box.width / 2, y);
  await page.mouse.down();
  await page.mouse.move(box.x + box.width / 2 + 80, y, { steps: 5 });
  await page.mouse.up();
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 80));
  await expect.poll(async () => Math.abs((await headerWidth()) - (before + 80))).toBeLessThanOrEqual(4);
  // the drag did not sort by the column
  await expect(header).toHaveAttribute('aria-sort', 'ascending');

  await page.reload();
  await frame.goTo('Sources');
  await expect(handle).toHaveAttribute('aria-valuenow', String(before + 80));
  await expect.poll(async () => Math.abs((await headerWidth()) - (before + 80))).toBeLessThanOrEqual(4);
  // Home gives the usual width back
  await handle.focus();
  await page.keyboard.press('Home');
  await expect(handle).toHaveAttribute('aria-valuenow', String(before));
});
