// In vivo (V) asks where the new node goes: under one of the activity-theory questions,
// by default the question of a node the passage is already coded at; never silently at the
// top level. The CLI then sees the new node under the chosen question.
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

test('V asks under which question the in-vivo node goes, with the question the passage is coded at first', async ({ page, appUrl, cli, projectPath }) => {
  await page.setViewportSize({ width: 1280, height: 720 });
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  await page.goto(appUrl);
  await coding.openFromSources(SOURCE);

  // code "Yes, of course" at Q3 Community, then select the same words again
  const turn = coding.turn('Yes, of course.');
  const selectPhrase = async () => {
    await turn.focus();
    await page.keyboard.press('Control+Home');
    for (let i = 0; i < 3; i++) await page.keyboard.press('Shift+Control+ArrowRight');
    await expect.poll(() => selected(page)).toBe('Yes, of course');
  };
  await selectPhrase();
  await coding.codeWithPicker('q3 community');
  await expect(frame.notice).toContainText('Coded at Q3 Community');

  await selectPhrase();
  await page.keyboard.press('v');
  const dialog = page.getByRole('dialog', { name: 'Code in vivo' });
  await expect(dialog).toBeVisible();
  await expect(dialog.getByText('Yes, of course', { exact: true })).toBeVisible();
  const places = dialog.getByRole('group', { name: 'Place it under' });
  // the six questions and the top level; the one checked (and focused) is a question the passage is coded at
  await expect(places.getByRole('radio')).toHaveCount(7);
  const checked = places.getByRole('radio', { checked: true });
  await expect(checked).toBeFocused();
  await expect(places.getByRole('radio', { name: 'The top level (outside the questions)' })).not.toBeChecked();
  // the default: the first question with a coding under the passage; Q3 is one of them
  const stripeNames = await turn.getByRole('button', { name: /^Coded at / }).evaluateAll((els) => els.map((el) => el.getAttribute('aria-label') ?? ''));
  const codedQuestions = stripeNames.map((label) => (label.replace('Coded at ', '').replace(/ by .+$/, '').split('/')[0] ?? '').trim());
  expect(codedQuestions).toContain('Q3 Community');
  const defaultName = (await checked.evaluate((el) => el.closest('label')?.textContent ?? '')).trim();
  expect(codedQuestions).toContain(defaultName);

  // choose Q6 with the arrow keys and press Enter
  const q6 = places.getByRole('radio', { name: /^Q6 / });
  const q6Name = (await q6.evaluate((el) => el.closest('label')?.textContent ?? '')).trim();
  while (!(await q6.isChecked())) await page.keyboard.press('ArrowDown');
  await page.keyboard.press('Enter');
  await expect(dialog).toBeHidden();
  await expect(frame.notice).toContainText(`Coded in vivo at ${q6Name}/Yes, of course (new node)`);
  await expect(coding.stripes('Yes, of course.', `${q6Name}/Yes, of course`)).toHaveCount(1);

  await frame.closeProject();
  const result = await cli(['codings', projectPath, '--json']);
  expect(result.code, result.stderr).toBe(0);
  const made = (JSON.parse(result.stdout) as CliCoding[]).filter((c) => c.sourceName === SOURCE && c.nodePath.endsWith('/Yes, of course'));
  expect(made.map((c) => [c.nodePath, c.text])).toEqual([[`${q6Name}/Yes, of course`, 'Yes, of course']]);
});
