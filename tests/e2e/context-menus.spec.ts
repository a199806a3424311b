// Context menus against the real web host and the demo: a phrase coded through the menu of
// its selection (the stripe appears, the Details count goes up), uncoded through the
// stripe's menu, a node renamed through its menu in the codebook; the menu opened with
// Shift+F10 and walked with the arrows, Escape and Enter (the focus comes back); the "?"
// shortcut list. Screenshots of the menus and the list at 1440x900 and 1280x720.
import { expect, test } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import { CodingView } from './pages/coding-view.ts';
import { seriousViolations, shoot } from './pages/page-checks.ts';

// where the screenshots go for looking at
const FOLDER = '/tmp/menus';
const SOURCE = 'Interview - Margaret Okafor (round 1)';
// uncoded in the demo
const PHRASE = 'Peer coaching. Teachers working with teachers.';

test('code a phrase, uncode it and rename a node through context menus', async ({ page, appUrl }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await coding.openFromSources(SOURCE);
  const before = Number(await frame.inspectorValue('Codings').innerText());

  const box = await coding.selectWithMouse(PHRASE);
  await page.mouse.click(box.x1 + 10, box.y1, { button: 'right' });
  const menu = page.getByRole('menu', { name: 'Transcript' });
  await expect(menu.getByRole('menuitem', { name: /Code at…/ })).toBeFocused();
  await shoot(page, testInfo, FOLDER, 'selection-menu-1440');
  await menu.getByRole('menuitem', { name: /Code at…/ }).click();
  await expect(menu).toBeHidden();
  await expect(coding.picker).toBeVisible();
  await page.keyboard.type('q3 community');
  await page.keyboard.press('Enter');
  await expect(frame.notice).toContainText('Coded at Q3 Community');
  await expect(coding.stripes(PHRASE, 'Q3 Community')).toHaveCount(1);
  await expect(frame.inspectorValue('Codings')).toHaveText(String(before + 1));

  // the stripe's menu: uncode
  await coding.stripes(PHRASE, 'Q3 Community').click({ button: 'right' });
  await expect(menu.getByRole('menuitem', { name: 'Show in node view' })).toBeVisible();
  await expect(menu.getByRole('menuitem', { name: 'Move to another node…' })).toBeVisible();
  await shoot(page, testInfo, FOLDER, 'stripe-menu-1440');
  expect(await seriousViolations(page)).toEqual([]);
  await menu.getByRole('menuitem', { name: /^Uncode/ }).click();
  await expect(frame.notice).toContainText('Removed one reference');
  await expect(coding.stripes(PHRASE, 'Q3 Community')).toHaveCount(0);
  await expect(frame.inspectorValue('Codings')).toHaveText(String(before));

  // a node's menu in the codebook: rename
  await frame.goTo('Codebook');
  const tree = page.getByRole('tree', { name: 'Codebook' });
  await tree.getByRole('button', { name: /^Q3 Community/ }).click({ button: 'right' });
  const nodeMenu = page.getByRole('menu', { name: 'Node Q3 Community' });
  await expect(nodeMenu.getByRole('menuitem', { name: 'Open' })).toBeFocused();
  await shoot(page, testInfo, FOLDER, 'node-menu-1440');
  await nodeMenu.getByRole('menuitem', { name: 'Rename…' }).click();
  const rename = page.getByRole('dialog', { name: 'Rename “Q3 Community”' });
  await rename.getByRole('textbox', { name: 'Node name' }).fill('Q3 Community of practice');
  await rename.getByRole('button', { name: 'Rename' }).click();
  await expect(rename).toBeHidden();
  await expect(tree.getByRole('button', { name: /^Q3 Community of practice/ })).toBeVisible();

  // a source's menu and a case's menu open too
  // the Sources screen still shows the coding view; its back button leads to the list
  await frame.navButton('Sources').click();
  await coding.backButton.click();
  await page.getByRole('table', { name: 'Sources' }).getByRole('rowheader', { name: SOURCE, exact: true }).click({ button: 'right' });
  await expect(page.getByRole('menu', { name: SOURCE }).getByRole('menuitem', { name: 'Delete…' })).toBeVisible();
  await shoot(page, testInfo, FOLDER, 'source-menu-1440');
  await page.keyboard.press('Escape');
  await frame.goTo('Cases');
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.getByRole('button', { name: /^More actions for / }).first().click();
  await expect(page.getByRole('menu', { name: /^Case / }).getByRole('menuitem', { name: 'Memo…' })).toBeVisible();
  await shoot(page, testInfo, FOLDER, 'case-menu-1280');
  expect(await seriousViolations(page)).toEqual([]);
});

test('the menu by keyboard: Shift+F10, arrows, Escape gives the focus back, Enter runs; "?" lists the shortcuts', async ({ page, appUrl }, testInfo) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await coding.openFromSources(SOURCE);
  await coding.selectWithMouse(PHRASE);
  const turn = coding.turn(PHRASE);
  await expect(turn).toBeFocused();

  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Transcript' });
  const item = (name: RegExp) => menu.getByRole('menuitem', { name });
  await expect(item(/^Code at…/)).toBeFocused();
  await shoot(page, testInfo, FOLDER, 'selection-menu-keyboard-1280');
  await page.keyboard.press('ArrowDown');
  await expect(item(/^Code in vivo/)).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  await expect(item(/^Copy/)).toBeFocused();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(turn).toBeFocused();
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).toBe(PHRASE);

  await page.keyboard.press('Shift+F10');
  await expect(item(/^Code at…/)).toBeFocused();
  await page.keyboard.press('Enter');
  await expect(coding.picker).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(coding.picker).toBeHidden();

  // "?" (not while typing): every shortcut, read from the key maps
  await turn.focus();
  await page.keyboard.press('?');
  const list = page.getByRole('dialog', { name: 'Keyboard shortcut list' });
  await expect(list.getByRole('row', { name: /Ctrl\+1 Go to Sources/ })).toBeVisible();
  await expect(list.getByRole('row', { name: /^C Code the selection/ })).toBeVisible();
  await shoot(page, testInfo, FOLDER, 'shortcut-list-1280');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Escape');
  await expect(list).toBeHidden();
  // and from the Help menu
  await frame.topBar.getByRole('button', { name: 'Help', exact: true }).click();
  await page.getByRole('menuitem', { name: 'Keyboard shortcut list (?)' }).click();
  await expect(list).toBeVisible();
});

test('a node of the Codes panel: Shift+F10 codes the selection there; right-click offers the codebook’s actions', async ({ page, appUrl }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await coding.openFromSources(SOURCE);
  await coding.selectWithMouse(PHRASE);

  const nodeButton = coding.nodeRow('Q3 Community').locator('.coding-node-name');
  await nodeButton.focus();
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Node Q3 Community' });
  const codeHere = menu.getByRole('menuitem', { name: 'Code the selection at Q3 Community' });
  await expect(codeHere).toBeFocused();
  for (const name of ['Open in the codebook', 'Show in node view', 'New child node…', 'Rename…', 'Colour…', 'Memo…', 'Delete…']) await expect(menu.getByRole('menuitem', { name })).toBeVisible();
  await shoot(page, testInfo, FOLDER, 'codes-panel-menu-1440');
  expect(await seriousViolations(page)).toEqual([]);
  await page.keyboard.press('Enter');
  await expect(menu).toBeHidden();
  await expect(frame.notice).toContainText('Coded at Q3 Community');
  await expect(coding.stripes(PHRASE, 'Q3 Community')).toHaveCount(1);

  // right-click opens it too; Delete asks first, and Cancel leaves the node and its coding
  await page.setViewportSize({ width: 1280, height: 720 });
  await coding.nodeRow('Q3 Community').locator('.coding-node-name').click({ button: 'right' });
  await expect(menu.getByRole('menuitem', { name: 'Open in the codebook' })).toBeVisible();
  await shoot(page, testInfo, FOLDER, 'codes-panel-menu-1280');
  await menu.getByRole('menuitem', { name: 'Delete…' }).click();
  const confirm = page.getByRole('dialog', { name: 'Delete “Q3 Community”?' });
  await expect(confirm).toContainText('Ctrl+Z brings everything back');
  await confirm.getByRole('button', { name: 'Cancel' }).click();
  await expect(confirm).toBeHidden();
  await expect(coding.stripes(PHRASE, 'Q3 Community')).toHaveCount(1);
});
