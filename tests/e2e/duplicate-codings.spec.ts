// Duplicate codings against the real web host: coding a passage again at the node it is
// coded at leaves one coding, and a project that already holds duplicates (written into
// the file as an older version left them) is merged through the Codebook screen's dialog,
// with the counts it showed, undone with Ctrl+Z and merged again; the CLI agrees.
import { join } from 'node:path';
import { addDuplicateCodings } from '../helpers/duplicate-codings.ts';
import { expect, startWebServer, test } from './fixtures.ts';
import type { CliResult } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import { CodingView } from './pages/coding-view.ts';

const SOURCE = 'Interview - Margaret Okafor (round 1)';
// uncoded in the demo
const PHRASE = 'Peer coaching. Teachers working with teachers.';

interface CliCoding {
  nodePath: string;
  sourceName: string;
  text: string;
}

interface CliPreview {
  groups: number;
  folded: number;
  codingsBefore: number;
  nodes: { nodePath: string; groups: number; folded: number }[];
}

async function cliJson<T>(cli: (args: string[]) => Promise<CliResult>, args: string[]): Promise<T> {
  const result = await cli(args);
  expect(result.code, `activity-lens ${args.join(' ')}\n${result.stderr}`).toBe(0);
  return JSON.parse(result.stdout) as T;
}

test('coding the same passage again at the same node leaves one coding', async ({ page, appUrl, cli, projectPath }) => {
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await coding.openFromSources(SOURCE);
  for (let time = 0; time < 2; time++) {
    await coding.selectWithMouse(PHRASE);
    const created = page.waitForResponse((r) => r.url().includes('/api/call/codings.create'));
    await coding.codeWithPicker('q3 community');
    expect((await created).ok()).toBe(true);
    await expect(frame.notice).toContainText('Coded at Q3 Community');
    await expect(coding.stripes(PHRASE, 'Q3 Community')).toHaveCount(1);
  }
  await frame.closeProject();
  const codings = await cliJson<CliCoding[]>(cli, ['codings', projectPath, '--json']);
  expect(codings.filter((c) => c.sourceName === SOURCE && c.nodePath === 'Q3 Community' && c.text.includes('Peer coaching')).map((c) => c.text)).toEqual([PHRASE]);
});

test('a project with duplicate codings: the dialog shows the counts, merges, undoes and merges again', async ({ page, homeDir, cli }, testInfo) => {
  const path = join(homeDir, 'duplicates.alens');
  expect((await cli(['demo', path])).code).toBe(0);
  const before = addDuplicateCodings(path, 3);
  const preview = await cliJson<CliPreview>(cli, ['merge-duplicates', path, '--json']);
  expect(preview).toMatchObject({ groups: 3, folded: 3, codingsBefore: before });
  const server = await startWebServer(homeDir, [path]);
  try {
    const frame = new AppFrame(page);
    await page.goto(server.url);
    await frame.goTo('Codebook');
    const open = page.getByRole('button', { name: 'Merge duplicate codings…' });
    const dialog = page.getByRole('dialog', { name: 'Merge duplicate codings' });
    await open.click();
    await expect(dialog).toContainText('3 passages are coded more than once by the same coder at the same node.');
    await expect(dialog).toContainText(`the project has ${before.toLocaleString('en-GB')} codings now and will have ${(before - 3).toLocaleString('en-GB')}`);
    const rows = dialog.getByRole('table', { name: 'Duplicate codings by node' }).getByRole('row');
    await expect(rows).toHaveCount(preview.nodes.length + 1);
    for (const n of preview.nodes) {
      const cells = rows.filter({ hasText: n.nodePath }).getByRole('cell');
      await expect(cells).toHaveText([n.nodePath, String(n.groups), String(n.folded)]);
    }
    await expect(dialog.getByRole('list', { name: 'Example passages' }).getByRole('listitem')).toHaveCount(3);
    for (const [width, height] of [[1440, 900], [1280, 720]] as const) {
      await page.setViewportSize({ width, height });
      await page.screenshot({ path: testInfo.outputPath(`merge-duplicates-${width}x${height}.png`) });
    }

    await dialog.getByRole('button', { name: 'Merge 3 duplicate codings' }).click();
    await expect(dialog).toBeHidden();
    await expect(frame.notice).toContainText('Merged the duplicate codings of 3 passages: 3 codings folded into the one kept for each.');
    await frame.undo();
    await expect(frame.notice).toContainText('Undone: Merge duplicate codings');
    await open.click();
    await expect(dialog).toContainText('3 passages are coded more than once');
    await dialog.getByRole('button', { name: 'Merge 3 duplicate codings' }).click();
    await expect(frame.notice).toContainText('Merged the duplicate codings of 3 passages');
    await open.click();
    await expect(dialog).toContainText('No duplicate codings');
    await dialog.getByRole('button', { name: 'Close' }).click();
    await expect(dialog).toBeHidden();
    await frame.closeProject();
  } finally {
    server.process.kill('SIGTERM');
    await new Promise((resolve) => (server.process.exitCode !== null ? resolve(null) : server.process.on('exit', resolve)));
  }
  expect(await cliJson<CliPreview>(cli, ['merge-duplicates', path, '--json'])).toMatchObject({ groups: 0, folded: 0, codingsBefore: before - 3 });
});
