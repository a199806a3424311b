// Memos on passages (annotations) against the real web host and the demo: a phrase selected
// with Shift+Ctrl+arrows, a memo written on it from the selection's context menu, its marker
// in the turn's margin (named, in the Tab order after the turn, lighting up the passage, Enter
// opens it), the passage marked in the text, the memo list saying what it is on; after a
// reload the marker is still there; deleting the memo takes the marker away and Ctrl+Z brings
// it back. A second annotation by mouse and M, then screenshots at 1440x900 and 1280x720.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import { CodingView } from './pages/coding-view.ts';
import { seriousViolations, shoot } from './pages/page-checks.ts';

// where the screenshots go for looking at
const FOLDER = '/tmp/annotations';
const SOURCE = 'Interview - Margaret Okafor (round 1)';
const PHRASE_TURN = 'Yes, of course.';
const PHRASE = 'Yes, of course';
const TITLE = 'Agrees at once';
const SECOND = 'Peer coaching. Teachers working with teachers.';

// The texts of the ranges of a CSS highlight laid on the transcript (empty when it has none).
function highlighted(page: Page, name: string): Promise<string[]> {
  return page.evaluate((n) => {
    const h = CSS.highlights.get(n);
    return h ? [...h].map((r) => (r instanceof Range ? r.toString() : '')) : [];
  }, name);
}

test('a memo on a phrase selected with the keyboard: margin marker, marked passage, kept after a reload', async ({ page, appUrl }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await coding.openFromSources(SOURCE);

  // the phrase, selected from the start of its turn with Shift+Ctrl+Right
  const turn = await coding.scrollToTurn(PHRASE_TURN);
  await turn.focus();
  await expect(turn).toBeFocused();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Control+ArrowRight');
  await expect.poll(() => page.evaluate(() => document.getSelection()?.toString() ?? '')).toBe(PHRASE);
  // the view has taken the selection as its passage (the menu's items depend on it)
  await expect(coding.selectionBar.getByTitle(PHRASE, { exact: true })).toBeVisible();

  // the selection's menu (Shift+F10): ArrowUp wraps to Copy, once more to the memo
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Transcript' });
  await expect(menu.getByRole('menuitem', { name: /Code at…/ })).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await page.keyboard.press('ArrowUp');
  const item = menu.getByRole('menuitem', { name: /New memo on this passage/ });
  await expect(item).toBeFocused();
  await page.keyboard.press('Enter');

  // the dialog quotes the passage; the title starts with its words and has the focus
  const dialog = page.getByRole('dialog', { name: 'New memo on a passage' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByLabel('The passage')).toHaveText(PHRASE);
  const title = dialog.getByRole('textbox', { name: 'Memo title' });
  await expect(title).toBeFocused();
  await expect(title).toHaveValue(`Memo on “${PHRASE}”`);
  await title.fill(TITLE);
  await dialog.getByRole('textbox', { name: 'Memo text' }).click();
  await page.keyboard.type('She agrees before the question is finished.');
  await dialog.getByRole('button', { name: 'Save memo' }).click();
  await expect(dialog.getByText('Saved', { exact: true })).toBeVisible();
  await expect(dialog.getByRole('button', { name: 'Delete memo' })).toBeVisible();
  expect(await seriousViolations(page)).toEqual([]);
  await dialog.getByRole('button', { name: 'Close' }).click();
  await expect(dialog).toBeHidden();

  // the marker beside the turn, named by the memo and its words; the passage is marked
  const marker = turn.getByRole('button', { name: `Memo ${TITLE}, on “${PHRASE}”` });
  await expect(marker).toBeVisible();
  await expect(marker).toHaveText(new RegExp(TITLE));
  await expect.poll(() => highlighted(page, 'annotation')).toEqual([PHRASE]);
  await expect.poll(() => highlighted(page, 'annotation-active')).toEqual([]);
  expect(await seriousViolations(page)).toEqual([]);

  // keyboard: from the focused turn, Tab reaches the marker; its focus lights the passage; Enter opens the memo
  await turn.focus();
  await page.keyboard.press('Tab');
  await expect(marker).toBeFocused();
  await expect.poll(() => highlighted(page, 'annotation-active')).toEqual([PHRASE]);
  await page.keyboard.press('Enter');
  const open = page.getByRole('dialog', { name: 'Memo on a passage' });
  await expect(open.getByRole('textbox', { name: 'Memo title' })).toHaveValue(TITLE);
  await expect(open.getByRole('textbox', { name: 'Memo text' })).toHaveText('She agrees before the question is finished.');
  await page.keyboard.press('Escape');
  await expect(open).toBeHidden();

  // the source's memo list says it is on a passage
  await coding.memosTab.click();
  await expect(coding.sourceMemos().getByRole('button', { name: `Open memo ${TITLE}` })).toContainText(`On the passage “${PHRASE}”`);

  // after a reload, still there
  await page.reload();
  await frame.goTo('Sources');
  await coding.openFromSources(SOURCE, { askedForCoder: await coding.coderDialog.isVisible() });
  const again = await coding.scrollToTurn(PHRASE_TURN);
  const markerAgain = again.getByRole('button', { name: `Memo ${TITLE}, on “${PHRASE}”` });
  await expect(markerAgain).toBeVisible();
  await expect.poll(() => highlighted(page, 'annotation')).toEqual([PHRASE]);

  // deleting the memo takes the marker away; Ctrl+Z brings it back
  await markerAgain.click();
  await page.getByRole('dialog', { name: 'Memo on a passage' }).getByRole('button', { name: 'Delete memo' }).click();
  await expect(page.getByRole('dialog', { name: 'Memo on a passage' })).toBeHidden();
  await expect(markerAgain).toHaveCount(0);
  await expect.poll(() => highlighted(page, 'annotation')).toEqual([]);
  await page.keyboard.press('ControlOrMeta+z');
  await expect(markerAgain).toBeVisible();

  // a second one: the mouse selects, M opens the memo
  await coding.selectWithMouse(SECOND);
  await page.keyboard.press('m');
  const second = page.getByRole('dialog', { name: 'New memo on a passage' });
  await expect(second.getByLabel('The passage')).toHaveText(SECOND);
  await second.getByRole('textbox', { name: 'Memo title' }).fill('Peer coaching as the answer');
  await second.getByRole('button', { name: 'Save memo' }).click();
  await expect(second.getByText('Saved', { exact: true })).toBeVisible();
  await second.getByRole('button', { name: 'Close' }).click();
  await expect(coding.turn(SECOND).getByRole('button', { name: /^Memo Peer coaching as the answer, on “Peer coaching/ })).toBeVisible();
  await expect.poll(async () => (await highlighted(page, 'annotation')).sort()).toEqual([SECOND, PHRASE].sort());

  // screenshots with both, the first lit up by the pointer
  await page.evaluate(() => document.getSelection()?.removeAllRanges());
  await again.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await markerAgain.hover();
  await expect.poll(() => highlighted(page, 'annotation-active')).toEqual([PHRASE]);
  await shoot(page, testInfo, FOLDER, 'coding-annotations-1440x900');
  await page.setViewportSize({ width: 1280, height: 720 });
  await again.evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await markerAgain.hover();
  await expect.poll(() => highlighted(page, 'annotation-active')).toEqual([PHRASE]);
  await shoot(page, testInfo, FOLDER, 'coding-annotations-1280x720');
});
