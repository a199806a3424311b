// The Queries screen against the real web host: a matrix of the six questions by role
// whose every cell equals the count computed from `codings --json` and `cases --json`,
// a cell's references, a phrase search coded at a node in one undoable step, and a saved
// query run again and exported.
import { readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { expect, startWebServer, test } from './fixtures.ts';
import type { CliResult } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import { QueriesScreen } from './pages/queries-screen.ts';

interface CliCoding {
  id: number;
  nodePath: string;
  caseId: number | null;
  text: string;
}

interface CliCase {
  id: number;
  label: string;
  realName: string;
  role: string;
}

async function cliJson<T>(cli: (args: string[]) => Promise<CliResult>, args: string[]): Promise<T> {
  const result = await cli(args);
  expect(result.code, `activity-lens ${args.join(' ')}\n${result.stderr}`).toBe(0);
  return JSON.parse(result.stdout) as T;
}

// Starts browser mode on a demo file written by the CLI, after the CLI has read it (the host then locks it).
async function openOwnDemo(homeDir: string, cli: (args: string[]) => Promise<CliResult>) {
  const path = join(homeDir, 'queries-demo.alens');
  expect((await cli(['demo', path])).code).toBe(0);
  const codings = await cliJson<CliCoding[]>(cli, ['codings', path, '--json']);
  const cases = await cliJson<CliCase[]>(cli, ['cases', path, '--json']);
  const server = await startWebServer(homeDir, [path]);
  return { path, codings, cases, server };
}

test('the matrix of the six questions by role matches codings and cases from the CLI, and a cell lists its references', async ({ page, homeDir, cli }) => {
  const { codings, cases, server } = await openOwnDemo(homeDir, cli);
  try {
    // expected counts: the question is the first part of the node path, the column the role of the coding's case
    const roleOf = new Map(cases.map((c) => [c.id, c.role]));
    const expected = new Map<string, number>();
    for (const c of codings) {
      const key = `${c.nodePath.split('/')[0] ?? ''}|${(c.caseId === null ? '' : roleOf.get(c.caseId)) || '(no value)'}`;
      expected.set(key, (expected.get(key) ?? 0) + 1);
    }

    const frame = new AppFrame(page);
    const queries = new QueriesScreen(page);
    await page.goto(server.url);
    await frame.goTo('Queries');
    await queries.runQuestionMatrix('Role');
    const matrix = await queries.readMatrix();
    expect(matrix.rows.map((r) => r.label)).toEqual(['Q1 Tools and artefacts', 'Q2 Subject and object', 'Q3 Community', 'Q4 Division of labour', 'Q5 Rules and agenda', 'Q6 Outcome']);
    expect(matrix.columns).toEqual(expect.arrayContaining(['broker', 'mentee', 'mentor', 'strategic enabler', 'evaluator']));
    let total = 0;
    for (const row of matrix.rows) {
      row.values.forEach((value, j) => {
        const column = matrix.columns[j] ?? '';
        expect(value, `${row.label} x ${column}`).toBe(expected.get(`${row.label}|${column}`) ?? 0);
        total += value;
      });
    }
    // every coding under a question is counted once (each lies under exactly one question;
    // the discursive manifestations branch is not a row)
    expect(total).toBe(codings.filter((c) => /^Q[1-6] /.test(c.nodePath)).length);

    // click a cell: its references are listed, each a Q4 passage of a broker
    const brokerQ4 = matrix.rows[3]?.values[matrix.columns.indexOf('broker')] ?? 0;
    expect(brokerQ4).toBeGreaterThan(0);
    await queries.cell('Q4 Division of labour', 'broker').click();
    await expect(page.getByRole('heading', { name: 'Q4 Division of labour × broker' })).toBeVisible();
    expect(await queries.referenceTotal()).toBe(brokerQ4);
    await expect(queries.referenceItems()).toHaveCount(brokerQ4);
    const brokerLabels = cases.filter((c) => c.role === 'broker').map((c) => c.label);
    for (const item of await queries.referenceItems().all()) {
      await expect(item.locator('.queries-reference-node')).toHaveText(/^Q4 Division of labour/);
      const head = await item.locator('.queries-reference-head').innerText();
      expect(brokerLabels.some((label) => head.includes(label))).toBe(true);
    }
    // the quoted text is a coded passage of the demo
    const firstText = (await queries.referenceItems().first().locator('blockquote').innerText()).trim();
    expect(codings.some((c) => c.text.trim() === firstText)).toBe(true);

    // context opens around the passage; the real names of cases never appear as column labels
    await queries.referenceItems().first().getByRole('button', { name: 'Context' }).click();
    await expect(queries.referenceItems().first().getByLabel('Context').locator('mark')).toHaveText(firstText);
    for (const c of cases) expect(matrix.columns).not.toContain(c.realName);
  } finally {
    server.process.kill('SIGTERM');
    await new Promise((resolve) => (server.process.exitCode !== null ? resolve(null) : server.process.on('exit', resolve)));
  }
});

test('a phrase search is coded at a node in one step that Ctrl+Z undoes, and the CLI sees the codings', async ({ page, appUrl, projectPath, cli }) => {
  const frame = new AppFrame(page);
  const queries = new QueriesScreen(page);
  const node = 'Q3 Community/Community in practice';
  await page.goto(appUrl);
  await frame.goTo('Queries');
  await queries.showNode(node);
  const before = await queries.referenceTotal();

  await queries.search('"network meeting"');
  const found = await queries.searchTotal();
  expect(found).toBeGreaterThan(1);
  const marks = await queries.searchResults.locator('mark').allInnerTexts();
  expect(marks.length).toBeGreaterThanOrEqual(found);
  for (const m of marks) expect(m.toLowerCase()).toBe('network meeting');

  await queries.codeResultsAt(node);
  await expect(frame.notice).toContainText(`passages at ${node}`);
  const coded = Number(/Coded (\d+) passages?/.exec(await frame.notice.innerText())?.[1]);
  expect(coded).toBeGreaterThan(0);

  await queries.showNode(node);
  await expect.poll(() => queries.referenceTotal()).toBe(before + coded);

  // one Ctrl+Z removes them all; Ctrl+Shift+Z brings them back
  await page.getByRole('heading', { level: 1, name: 'Queries' }).click();
  await frame.undo();
  await expect(frame.notice).toContainText(`Undone: Code ${coded} search result`);
  await expect.poll(() => queries.referenceTotal()).toBe(before);
  await frame.redo();
  await expect(frame.notice).toContainText('Redone:');
  await expect.poll(() => queries.referenceTotal()).toBe(before + coded);

  await frame.closeProject();
  const codings = await cliJson<CliCoding[]>(cli, ['codings', projectPath, '--json']);
  const atNode = codings.filter((c) => c.nodePath === node && c.text.toLowerCase() === 'network meeting');
  expect(atNode).toHaveLength(coded);
});

test('a saved matrix query runs again from Saved queries and exports an anonymised CSV', async ({ page, appUrl }) => {
  const frame = new AppFrame(page);
  const queries = new QueriesScreen(page);
  await page.goto(appUrl);
  await frame.goTo('Queries');
  await queries.runQuestionMatrix('Round');
  const first = await queries.readMatrix();
  await queries.panel.getByRole('button', { name: 'Save query…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Save query' });
  await dialog.getByLabel('Query name').fill('Questions by round');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(frame.notice).toContainText('Saved the query "Questions by round"');

  await queries.openTab('Saved queries');
  const row = page.getByRole('table', { name: 'Saved queries' }).getByRole('row', { name: /Questions by round/ });
  await expect(row).toBeVisible();
  const download = page.waitForEvent('download');
  await row.getByRole('button', { name: 'Export CSV' }).click();
  const file = await download;
  const csv = await readFile((await file.path()) ?? '', 'utf8');
  expect(csv).toContain('Q1 Tools and artefacts');
  expect(csv).not.toMatch(/Okafor|Ainsworth|Margaret/);

  await row.getByRole('button', { name: 'Run Questions by round' }).click();
  await expect(page.getByRole('tab', { name: 'Matrix', exact: true })).toHaveAttribute('aria-selected', 'true');
  await expect(queries.matrix).toBeVisible();
  expect(await queries.readMatrix()).toEqual(first);
});

test('a framework matrix cell keeps a summary linked to the references it summarises', async ({ page, appUrl }) => {
  const frame = new AppFrame(page);
  const queries = new QueriesScreen(page);
  await page.goto(appUrl);
  await frame.goTo('Queries');
  await queries.openTab('Framework');
  await queries.panel.getByRole('button', { name: 'New framework matrix…' }).click();
  const dialog = page.getByRole('dialog', { name: 'New framework matrix' });
  await dialog.getByLabel('Name').fill('Roles by question');
  await dialog.getByRole('button', { name: 'Create' }).click();
  await expect(frame.notice).toContainText('Created the framework matrix "Roles by question"');

  const table = page.getByRole('table', { name: 'Framework matrix' });
  const brokerRow = table.getByRole('row', { name: /^Broker, Project 1, Lead/ });
  await brokerRow.getByRole('button').nth(3).click(); // Q4 Division of labour
  const cell = page.getByRole('region', { name: 'Framework cell' });
  await cell.getByRole('textbox', { name: 'Summary' }).fill('Carries the timetable problem between managers and tutors.');
  const links = cell.getByRole('checkbox', { name: 'Linked to the summary' });
  expect(await links.count()).toBeGreaterThan(1);
  await links.nth(0).check();
  await links.nth(1).check();
  await cell.getByRole('button', { name: 'Save summary' }).click();
  await expect(frame.notice).toContainText('Saved the summary');
  await expect(brokerRow.getByRole('button').nth(3)).toContainText('Carries the timetable problem');
  await expect(brokerRow.getByRole('button').nth(3)).toContainText('2 linked');

  await page.getByRole('heading', { level: 1, name: 'Queries' }).click();
  await frame.undo();
  await expect(frame.notice).toContainText('Undone: Edit framework summary');
  await expect(brokerRow.getByRole('button').nth(3)).toContainText('no summary');
});
