// The anonymised Word export on the demo project, through the real UI: the extracts of
// question 4 by role, read back with mammoth, carry headings, quotes and attributions
// and none of the names in the register or `cases --json`; a name put into an exported
// memo makes the export refuse and list where; the preview copies a quote.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { expect, test } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import { ExportsScreen } from './pages/exports-screen.ts';
import { StartScreen } from './pages/start-screen.ts';

interface CliCase {
  realName: string;
  organisation: string | null;
}

interface CliRule {
  realText: string;
  allVariants: { text: string }[];
}

// Folds a text as the leak check does (case, accents) and pads it with spaces, for whole-word checks.
function words(text: string): string {
  return ` ${text
    .normalize('NFKD')
    .replace(/\p{M}/gu, '')
    .toLowerCase()
    .replace(/[^\p{L}]+/gu, ' ')} `;
}

test('exports question 4 by role without a real name, and refuses once a memo names someone', async ({ page, appUrl, homeDir, projectPath, cli }) => {
  const frame = new AppFrame(page);
  const exportsScreen = new ExportsScreen(page);
  await page.goto(appUrl);
  await frame.goTo('Exports');
  await exportsScreen.chooseQuestion('Q4 Division of labour');
  await exportsScreen.chooseAttribution('role-project');
  const out = join(homeDir, 'q4.docx');
  await exportsScreen.exportTo(out);
  await expect(exportsScreen.written).toContainText('Wrote');
  await expect(exportsScreen.written).toContainText('identifies one person');

  // the docx as Word would show it
  const html = (await mammoth.convertToHtml({ path: out }, { styleMap: ["p[style-name='Quote'] => blockquote > p:fresh"] })).value;
  expect(html).toMatch(/<h1>(<a [^>]*><\/a>)?Q4 Division of labour<\/h1>/);
  for (const node of ['How work was divided', 'Power and conflict', 'Tensions between roles']) expect(html).toMatch(new RegExp(`<h2>(<a [^>]*></a>)?${node}</h2>`));
  expect(html).toMatch(/<blockquote><p>[^<]+\(Broker, Project 1, Lead\)<\/p><\/blockquote>/);
  expect(html).toContain('[Strategic enabler, Project 1, Lead] signs everything off. (Mentee, Project 1, Partner)');
  expect(html).toContain('saved as [Broker, Project 1, Lead]_coaching_log_v3');
  const text = words((await mammoth.extractRawText({ path: out })).value);

  // every name the project holds, from the CLI (the project must be closed for it)
  await frame.closeProject();
  const cases = JSON.parse((await cli(['cases', projectPath, '--json'])).stdout) as CliCase[];
  const register = JSON.parse((await cli(['register', projectPath, '--json'])).stdout) as CliRule[];
  expect(cases.length).toBeGreaterThan(5);
  expect(register.length).toBeGreaterThan(cases.length);
  const names = new Set<string>();
  for (const c of cases) {
    names.add(c.realName);
    for (const part of c.realName.split(' ')) names.add(part);
    if (c.organisation) names.add(c.organisation);
  }
  for (const r of register) for (const v of r.allVariants) if (v.text.length > 2) names.add(v.text);
  const leaked = [...names].filter((n) => text.includes(words(n)));
  expect(leaked).toEqual([]);

  // a name in a memo on an exported extract: the export refuses and says where
  await new StartScreen(page).openDemoButton.click();
  await frame.waitUntilShown();
  const saved = await page.evaluate(async () => {
    const codings = (await (await fetch('/api/call/codings.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { result: { id: number; nodeId: number }[] };
    const nodes = (await (await fetch('/api/call/nodes.list', { method: 'POST', headers: { 'content-type': 'application/json' }, body: '{}' })).json()) as { result: { id: number; name: string }[] };
    const power = nodes.result.find((n) => n.name === 'Power and conflict');
    const coding = codings.result.find((c) => c.nodeId === power?.id);
    const body = JSON.stringify({ targetKind: 'coding', targetId: coding?.id, title: 'Follow up', contentJson: '{"type":"doc"}', plainText: 'Check this with Rachel before the write-up.' });
    return (await (await fetch('/api/call/memos.save', { method: 'POST', headers: { 'content-type': 'application/json' }, body })).json()) as { ok: boolean };
  });
  expect(saved.ok).toBe(true);
  await frame.goTo('Exports');
  await exportsScreen.chooseQuestion('Q4 Division of labour');
  await exportsScreen.memosSelect.selectOption('comments');
  const refused = join(homeDir, 'q4-with-memos.docx');
  await exportsScreen.exportTo(refused);
  await expect(exportsScreen.blocked).toContainText('Nothing was written');
  await expect(exportsScreen.leakRows).toHaveCount(1);
  await expect(exportsScreen.leakRows.first()).toContainText('comment 1');
  await expect(exportsScreen.leakRows.first()).toContainText('Rachel');
  await expect(exportsScreen.leakRows.first()).toContainText('Rachel Ainsworth');
  expect(existsSync(refused)).toBe(false);

  // the preview warns the same, and copies an extract with its attribution
  await exportsScreen.previewButton.click();
  await expect(exportsScreen.preview).toContainText('real name would remain');
  await expect(exportsScreen.quotes().first()).toContainText('(');
  await page.context().grantPermissions(['clipboard-read', 'clipboard-write']);
  await exportsScreen.preview.getByRole('button', { name: /^Copy quote/ }).first().click();
  await expect(frame.notice).toContainText('Copied the quote');
  const copied = await page.evaluate(() => navigator.clipboard.readText());
  expect(copied).toMatch(/^“.+” \([^)]+; [TR]\d{8}, (turn|para) \d+\)$/);
  expect(copied).not.toMatch(/Rachel|Okafor|Hollins/);
});

test('the register tab lists the demo register and adds an entry', async ({ page, appUrl }) => {
  const frame = new AppFrame(page);
  const exportsScreen = new ExportsScreen(page);
  await page.goto(appUrl);
  await frame.goTo('Exports');
  await exportsScreen.openTab('Anonymisation register');
  await expect(exportsScreen.registerTable.getByRole('rowheader', { name: /^Margaret Okafor/ })).toBeVisible();
  await expect(exportsScreen.registerTable).toContainText('[Project 1 partner organisation]');
  const main = page.getByRole('main');
  await main.getByLabel('Kind').selectOption('place');
  await main.getByLabel('Real name or identifier').fill('Larchfield Academy');
  await main.getByLabel('Replacement').fill('a local school');
  await main.getByRole('button', { name: 'Add to register' }).click();
  await expect(exportsScreen.registerTable.getByRole('rowheader', { name: /^Larchfield Academy/ })).toBeVisible();
  await expect(exportsScreen.registerTable).toContainText('[a local school]');
});

test('an occurrence marked "not a name" in the preview is kept, logged, and shown anonymised names hide real ones', async ({ page, appUrl }) => {
  const frame = new AppFrame(page);
  const exportsScreen = new ExportsScreen(page);
  await page.goto(appUrl);
  await frame.goTo('Exports');
  const main = page.getByRole('main');
  await main.getByRole('checkbox', { name: 'Show anonymised' }).check();
  await main.getByText('Only these sources').click();
  const sourceList = main.getByRole('group', { name: 'Only these sources' });
  await expect(sourceList).toContainText('Interview - [Strategic enabler, Project 1, Lead] (round 1)');
  await expect(sourceList).not.toContainText('Okafor');
  await exportsScreen.chooseQuestion('Q4 Division of labour');
  await exportsScreen.previewButton.click();
  const replaced = exportsScreen.preview.getByRole('button', { name: '[line manager]' }).first();
  await expect(replaced).toHaveAttribute('title', /Replaces “Bev”/);
  await replaced.click();
  const dialog = page.getByRole('dialog', { name: 'Not a name here' });
  await dialog.getByLabel('Why (optional)').fill('testing the log');
  await dialog.getByRole('button', { name: 'Not a name here' }).click();
  await expect(exportsScreen.preview.locator('.exports-kept').first()).toHaveText('Bev');
  await exportsScreen.openTab('Anonymisation register');
  await expect(main.getByRole('region', { name: 'Occurrences marked as not a name' })).toContainText('“Bev” is not Bev');
  await main.getByText(/^Register log/).click();
  await expect(main.getByRole('list', { name: 'Register log' })).toContainText('testing the log');
});
