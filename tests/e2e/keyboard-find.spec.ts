// Keyboard selection and the find bar in the coding view: a phrase selected with
// Shift+Ctrl+arrows (and Shift+arrows, Shift+End) is coded with C and with 1 - the CLI
// sees exactly those words; the find bar counts matches, moves the current one with
// Enter, Shift+Enter and F3, wraps round, and Escape returns to the transcript with the
// match selected. Screenshots of both, at 1440x900 and 1280x720.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import { CodingView } from './pages/coding-view.ts';

const SOURCE = 'Interview - Margaret Okafor (round 1)';

interface CliCoding {
  nodePath: string;
  sourceName: string;
  text: string;
}

const selected = (page: Page) => page.evaluate(() => document.getSelection()?.toString() ?? '');

test('a phrase selected with Shift+Ctrl+arrows is coded with C and with a recent-node key', async ({ page, appUrl, cli, projectPath }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await coding.openFromSources(SOURCE);

  // the turn takes the focus (as Tab would); the caret is where its words start
  const turn = coding.turn('Yes, of course.');
  await turn.focus();
  for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Control+ArrowRight');
  await expect.poll(() => selected(page)).toBe('Yes, of course');
  await page.keyboard.press('Shift+ArrowRight');
  await expect.poll(() => selected(page)).toBe('Yes, of course.');
  await page.keyboard.press('Shift+ArrowLeft');
  await expect.poll(() => selected(page)).toBe('Yes, of course');
  await expect(coding.selectionBar.getByTitle('Yes, of course', { exact: true })).toBeVisible();
  await expect(page.locator('.coding-caret')).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('coding-keyboard-selection-1440.png') });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: testInfo.outputPath('coding-keyboard-selection-1280.png') });

  await coding.codeWithPicker('q3 community');
  await expect(frame.notice).toContainText('Coded at Q3 Community');
  await expect(coding.stripes('Yes, of course.', 'Q3 Community')).toHaveCount(1);

  // the picker gave the focus back to the turn: Ctrl+Down goes on to the next turn, Shift+Ctrl+End selects to its end, 1 codes it at the node just used
  await page.keyboard.press('Control+ArrowDown');
  const next = coding.turn('And how did Hollins come into it?');
  await expect(next).toBeFocused();
  await page.keyboard.press('Shift+Control+End');
  await expect.poll(() => selected(page)).toBe('And how did Hollins come into it?');
  await page.keyboard.press('1');
  await expect(coding.stripes('And how did Hollins come into it?', 'Q3 Community')).toHaveCount(1);
  // a key of one character typed outside the transcript does nothing
  await coding.heading.click();
  await page.keyboard.press('t');
  await expect(coding.picker).toBeHidden();

  await frame.closeProject();
  const result = await cli(['codings', projectPath, '--json']);
  expect(result.code, result.stderr).toBe(0);
  const codings = (JSON.parse(result.stdout) as CliCoding[]).filter((c) => c.sourceName === SOURCE && c.nodePath === 'Q3 Community');
  expect(codings.map((c) => c.text).sort()).toEqual(['And how did Hollins come into it?', 'Yes, of course']);
});

test('the find bar counts matches, moves between them, wraps, and Escape returns to the transcript', async ({ page, appUrl }, testInfo) => {
  await page.setViewportSize({ width: 1440, height: 900 });
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await coding.openFromSources(SOURCE, { askedForCoder: true });

  await coding.turn('Yes, of course.').focus();
  await page.keyboard.press('ControlOrMeta+f');
  const bar = page.getByRole('search', { name: 'Find in this source' });
  const field = bar.getByRole('textbox', { name: 'Find in this source' });
  await expect(field).toBeFocused();
  await field.fill('tutor');
  const count = bar.getByRole('status');
  await expect(count).toHaveText('1 of 4');
  // the current match is marked (CSS highlight) and is the first after the caret
  const currentText = () => page.evaluate(() => Array.from(CSS.highlights.get('find-current') ?? []).map((r) => (r as Range).toString().length > 0 ? (r as Range).startContainer.parentElement?.closest('.coding-block')?.getAttribute('data-index') : null));
  const first = await currentText();
  expect(first).toHaveLength(1);
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('2 of 4');
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('3 of 4');
  await page.keyboard.press('F3');
  await expect(count).toHaveText('4 of 4');
  await page.keyboard.press('Enter');
  await expect(count).toHaveText('1 of 4');
  await expect.poll(currentText).toEqual(first);
  await page.keyboard.press('Shift+Enter');
  await expect(count).toHaveText('4 of 4');
  await page.keyboard.press('Shift+F3');
  await expect(count).toHaveText('3 of 4');
  await bar.getByRole('button', { name: 'Next match' }).click();
  await expect(count).toHaveText('4 of 4');
  await bar.getByRole('button', { name: 'Previous match' }).click();
  await expect(count).toHaveText('3 of 4');
  await expect.poll(() => page.evaluate(() => CSS.highlights.get('find-match')?.size ?? 0)).toBeGreaterThan(0);
  await page.screenshot({ path: testInfo.outputPath('coding-find-bar-1440.png') });
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.screenshot({ path: testInfo.outputPath('coding-find-bar-1280.png') });

  await field.fill('no such words anywhere');
  await expect(count).toHaveText('No matches');
  await field.fill('tutor');
  await expect(count).toHaveText(/ of 4$/);

  // Escape closes the bar; the focus is back in the transcript with the current match selected
  await page.keyboard.press('Escape');
  await expect(bar).toBeHidden();
  await expect.poll(() => selected(page)).toBe('tutor');
  await expect(page.locator('.coding-block:focus')).toHaveCount(1);
  await expect(coding.selectionBar.getByTitle('tutor', { exact: true })).toBeVisible();
});
