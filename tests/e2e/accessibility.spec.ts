// WCAG 2.1 A/AA checks with axe-core on every screen of the navigator, the coding view,
// the query tabs and the main dialogs: no serious or critical violation. Every finding is
// collected first, so one run lists them all (rule, impact, help and the elements).
import AxeBuilder from '@axe-core/playwright';
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import type { ScreenName } from './pages/app-frame.ts';
import { CodingView } from './pages/coding-view.ts';
import { QueriesScreen } from './pages/queries-screen.ts';

const SOURCE = 'Interview - Margaret Okafor (round 1)';
const WCAG_TAGS = ['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa'];
const SCREENS: ScreenName[] = ['Sources', 'Cases', 'Codebook', 'Queries', 'Diagrams', 'Contradictions', 'Exports', 'Team'];
const QUERY_TABS = ['Node view', 'Text search', 'Matrix', 'Framework', 'Co-occurrence', 'Word use', 'Saved queries'] as const;

// Known and reported, not yet fixed: the diagram's components and tensions are buttons whose
// spoken name ("Subject (Partner organisation): <its text>. No evidence linked.") does not
// hold their drawn text word for word (2.5.3); the diagrams e2e test relies on that name.
const KNOWN: { rule: string; where: string }[] = [{ rule: 'label-content-name-mismatch', where: 'Diagrams screen' }];

// Runs axe on the page (or on one dialog) and returns its serious and critical violations, one readable line each.
async function seriousViolations(page: Page, where: string, include?: string): Promise<string[]> {
  let builder = new AxeBuilder({ page }).withTags(WCAG_TAGS);
  if (include) builder = builder.include(include);
  const results = await builder.analyze();
  return results.violations
    .filter((v) => v.impact === 'serious' || v.impact === 'critical')
    .filter((v) => !KNOWN.some((k) => k.rule === v.id && k.where === where))
    .map((v) => `${where}: [${v.impact}] ${v.id} - ${v.help}\n    ${v.nodes.map((n) => n.target.join(' ')).slice(0, 6).join('\n    ')}`);
}

// Fails with the whole list when anything was found.
function expectNone(found: string[]): void {
  expect(found, `axe found serious or critical violations:\n${found.join('\n')}`).toEqual([]);
}

test('every screen, the coding view and the query tabs have no serious or critical WCAG violation', async ({ page, appUrl }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  const queries = new QueriesScreen(page);
  await page.goto(appUrl);
  await frame.waitUntilShown();
  const found: string[] = [];

  for (const screen of SCREENS) {
    await frame.goTo(screen);
    found.push(...(await seriousViolations(page, `${screen} screen`)));
  }

  await frame.goTo('Queries');
  for (const tab of QUERY_TABS) {
    await queries.openTab(tab);
    found.push(...(await seriousViolations(page, `Queries: ${tab}`)));
  }
  await queries.runQuestionMatrix('Round');
  found.push(...(await seriousViolations(page, 'Queries: a matrix run')));
  await queries.search('tutor');
  found.push(...(await seriousViolations(page, 'Queries: search results')));
  await queries.showNode('Q3 Community');
  found.push(...(await seriousViolations(page, 'Queries: node view references')));

  await frame.goTo('Codebook');
  await page.getByRole('main').getByRole('tab', { name: /alignment/i }).first().click({ timeout: 2000 }).catch(() => undefined);
  found.push(...(await seriousViolations(page, 'Codebook: alignment')));

  await frame.goTo('Sources');
  await coding.openFromSources(SOURCE);
  found.push(...(await seriousViolations(page, 'Coding view')));
  await coding.memosTab.click();
  await page.getByRole('button', { name: 'New memo' }).first().click();
  await expect(page.getByRole('textbox', { name: 'Memo title' })).toBeFocused();
  found.push(...(await seriousViolations(page, 'Coding view: new memo')));

  expectNone(found);
});

test('the main dialogs have no serious or critical WCAG violation', async ({ page, appUrl }) => {
  test.setTimeout(180_000);
  await page.setViewportSize({ width: 1440, height: 900 });
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  await page.goto(appUrl);
  await frame.waitUntilShown();
  const found: string[] = [];
  const check = async (name: string) => {
    const dialog = page.getByRole('dialog', { name });
    await expect(dialog).toBeVisible();
    found.push(...(await seriousViolations(page, `Dialog "${name}"`, 'dialog[open]')));
    await page.keyboard.press('Escape');
    await expect(dialog).toBeHidden();
  };

  await frame.goTo('Sources');
  await page.getByRole('main').getByRole('button', { name: /^Import/ }).first().click();
  await check('Import sources');

  await frame.chooseFromFileMenu('Take snapshot…');
  await check('Take snapshot');
  await frame.chooseFromFileMenu('Backups…');
  await check('Backups');
  await frame.fileMenuButton.click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Encrypt project…' }).click();
  await check('Encrypt project');
  await frame.fileMenuButton.click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Keyboard shortcuts…' }).click();
  await check('Keyboard shortcuts');

  await frame.goTo('Sources');
  await page.getByRole('table', { name: 'Sources' }).getByRole('rowheader', { name: SOURCE, exact: true }).dblclick();
  await expect(coding.coderDialog).toBeVisible();
  found.push(...(await seriousViolations(page, 'Dialog "Who is coding?"', 'dialog[open]')));
  await coding.coderDialog.getByRole('button', { name: 'Start coding' }).click();
  await expect(coding.coderDialog).toBeHidden();

  await coding.turn('Yes, of course.').focus();
  await page.keyboard.press('c');
  await check('Code at node');

  await frame.goTo('Exports');
  found.push(...(await seriousViolations(page, 'Exports: coded extracts')));

  expectNone(found);
});

test('single-key shortcuts can be turned off and remapped; the focus never falls to the page after a dialog', async ({ page, appUrl }) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  const activeIsBody = () => page.evaluate(() => document.activeElement === document.body || document.activeElement === null);
  await page.goto(appUrl);
  await frame.waitUntilShown();
  await frame.goTo('Sources');
  await coding.openFromSources(SOURCE);
  expect(await activeIsBody()).toBe(false);

  await frame.fileMenuButton.click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Keyboard shortcuts…' }).click();
  const dialog = page.getByRole('dialog', { name: 'Keyboard shortcuts' });
  await dialog.getByLabel('Single-key shortcuts in the transcript').uncheck();
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  expect(await activeIsBody()).toBe(false);

  await coding.turn('Yes, of course.').focus();
  await page.keyboard.press('c');
  await expect(page.locator('dialog[open]')).toHaveCount(0);
  await expect(coding.picker).toBeHidden();

  // on again, with K for the picker: C does nothing, K opens it
  await frame.fileMenuButton.click();
  await page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: 'Keyboard shortcuts…' }).click();
  await dialog.getByLabel('Single-key shortcuts in the transcript').check();
  await dialog.getByLabel('Code at a node (picker)').fill('k');
  await dialog.getByRole('button', { name: 'Save' }).click();
  await expect(dialog).toBeHidden();
  await coding.turn('Yes, of course.').focus();
  await page.keyboard.press('c');
  await expect(coding.picker).toBeHidden();
  await page.keyboard.press('k');
  await expect(coding.picker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(coding.picker).toBeHidden();
  expect(await activeIsBody()).toBe(false);
});
