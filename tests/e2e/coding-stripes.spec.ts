// Reading overlapping codes on the demo project: a turn coded at two nodes (by the demo's two
// coders) shows both node names beside their stripes, tells a screen reader what it is coded
// at, tints its text in the nodes' colours with a double underline where they overlap, keeps
// stripes and the hover highlight at 3:1 against the page, lights up a stripe's text on hover,
// and splits the stripes by coder with the coders' initials; a narrow transcript keeps bare
// stripes. Screenshots of it go to docs/
// when SCREENSHOTS is set (SCREENSHOTS=docs).
import { join } from 'node:path';
import type { Page } from '@playwright/test';
import { contrastRatio } from '../../renderer/views/coding/contrast.ts';
import { expect, test } from './fixtures.ts';
import { AppFrame } from './pages/app-frame.ts';
import { CodingView } from './pages/coding-view.ts';

const SOURCE = 'Interview - Margaret Okafor (round 1)';
// its first sentence is coded by AM at Q2/Roles taken in the activity and by JR at Q4/How work
// was divided; a later one by both at Q4/Power and conflict
const SPONSOR = "I'd say I'm the sponsor. I hold the budget, I sign off the reports to the fund";
const ROLES = 'Q2 Subject and object/Roles taken in the activity';
const DIVIDED = 'Q4 Division of labour/How work was divided';
const POWER = 'Q4 Division of labour/Power and conflict';
const NAMES = ['Roles taken in the activity', 'How work was divided', 'Power and conflict'];

// 'rgb(r, g, b)' as the browser reports a computed colour, as '#rrggbb'.
function hexOf(rgb: string): string {
  const parts = /rgba?\((\d+), (\d+), (\d+)/.exec(rgb);
  if (!parts) throw new Error(`not a colour: ${rgb}`);
  return `#${parts
    .slice(1, 4)
    .map((v) => Number(v).toString(16).padStart(2, '0'))
    .join('')}`;
}

async function shoot(page: Page, coding: CodingView, name: string): Promise<void> {
  const folder = process.env.SCREENSHOTS;
  if (!folder) return;
  // the turn before (two nodes of the same colour overlapping) and the sponsor's turn
  await coding.turn(SPONSOR).evaluate((el) => el.scrollIntoView({ block: 'start' }));
  await coding.transcript.evaluate((el) => el.scrollBy({ top: -110 }));
  await page.screenshot({ path: join(folder, name) });
}

test('overlapping codes are tinted, labelled beside their stripes and described to screen readers', async ({ page, appUrl }) => {
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await coding.openFromSources(SOURCE);
  const turn = await coding.scrollToTurn(SPONSOR);

  // each node's name beside its stripe, level with the stripe's top, to its right
  const labels = coding.stripeLabels(SPONSOR);
  await expect(labels).toHaveText(NAMES);
  await expect(labels.first()).toHaveAttribute('title', ROLES);
  const stripe = coding.stripes(SPONSOR, ROLES);
  await expect(stripe).toHaveCount(1);
  const [stripeBox, labelBox] = await Promise.all([stripe.boundingBox(), labels.first().boundingBox()]);
  if (!stripeBox || !labelBox) throw new Error('the stripe or its label is not shown');
  expect(labelBox.x).toBeGreaterThan(stripeBox.x + stripeBox.width - 1);
  expect(Math.abs(labelBox.y - stripeBox.y)).toBeLessThan(2);

  // what a screen reader says about the turn
  await expect(turn).toHaveAccessibleDescription(`Coded at ${ROLES}; ${DIVIDED}; ${POWER}.`);

  // the text: two nodes overlap, so two bands of tint and a double underline at 3:1 or more
  const run = turn.locator('.coding-run-coded').filter({ hasText: 'I hold the budget' });
  await expect(run).toHaveClass(/coding-run-overlap/);
  const look = await run.evaluate((el) => {
    const s = getComputedStyle(el);
    return { image: s.backgroundImage, style: s.textDecorationStyle, underline: s.textDecorationColor };
  });
  expect(look.style).toBe('double');
  expect(look.image.match(/rgb\(/g)).toHaveLength(4);
  expect(contrastRatio(hexOf(look.underline), '#ffffff')).toBeGreaterThanOrEqual(3);

  // every stripe on screen is at 3:1 or more against the page (the demo's orange was 2.53:1)
  const colours = await page.locator('.coding-stripe').evaluateAll((els) => els.map((el) => getComputedStyle(el).backgroundColor));
  expect(colours.length).toBeGreaterThan(3);
  for (const c of colours) expect(contrastRatio(hexOf(c), '#fafaf7'), c).toBeGreaterThanOrEqual(3);
  await shoot(page, coding, 'coding-coloured-stripes-1440x900.png');

  // pointing at a stripe lights up its text, at 3:1 against the page; leaving it puts the tint back
  await stripe.hover();
  await expect(run).toHaveClass(/coding-run-highlight/);
  await expect(labels.first()).toHaveClass(/coding-stripe-label-active/);
  const lit = await run.evaluate((el) => getComputedStyle(el).backgroundColor);
  expect(contrastRatio(hexOf(lit), '#ffffff')).toBeGreaterThanOrEqual(3);
  await coding.heading.hover();
  await expect(run).not.toHaveClass(/coding-run-highlight/);

  // split by coder: one stripe per node and coder, named with the coder's initials
  await page.getByRole('checkbox', { name: 'Colour stripes by coder' }).check();
  await expect(labels).toHaveText(['Roles taken in the activity · AM', 'How work was divided · JR', 'Power and conflict · AM', 'Power and conflict · JR']);
  await expect(coding.stripes(SPONSOR, ROLES, 'AM')).toHaveCount(1);
  await expect(coding.stripes(SPONSOR, POWER, 'AM')).toHaveCount(1);
  await expect(coding.stripes(SPONSOR, POWER, 'JR')).toHaveCount(1);
  await expect(turn).toHaveAccessibleDescription(`Coded at ${ROLES}, coded by AM; ${DIVIDED}, coded by JR; ${POWER}, coded by AM; ${POWER}, coded by JR.`);
  await page.getByRole('checkbox', { name: 'Colour stripes by coder' }).uncheck();
  await expect(labels).toHaveText(NAMES);

  // at 1280x720 with Details open the transcript is narrow: bare stripes keep the room for the text
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(labels.first()).toBeHidden();
  await expect(stripe).toBeVisible();
  await expect(turn).toHaveAccessibleDescription(`Coded at ${ROLES}; ${DIVIDED}; ${POWER}.`);
  // with Details hidden there is room for the names again
  await page.getByRole('button', { name: 'Hide', exact: true }).click();
  await expect(labels).toHaveText(NAMES);
  await expect(labels.first()).toBeVisible();
  await shoot(page, coding, 'coding-coloured-stripes-1280x720.png');
});

test('the stripes from the keyboard: Tab into them, arrows between them, Enter selects, Shift+F10 opens the menu', async ({ page, appUrl }) => {
  const frame = new AppFrame(page);
  const coding = new CodingView(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(appUrl);
  await frame.goTo('Sources');
  await coding.openFromSources(SOURCE);
  const turn = await coding.scrollToTurn(SPONSOR);
  await turn.focus();
  await expect(turn).toBeFocused();

  // one Tab stop: the turn's first stripe, named for screen readers; its text lights up as on hover
  await page.keyboard.press('Tab');
  const roles = coding.stripes(SPONSOR, ROLES, 'AM');
  await expect(roles).toBeFocused();
  const run = turn.locator('.coding-run-coded').filter({ hasText: 'I hold the budget' });
  await expect(run).toHaveClass(/coding-run-highlight/);
  await expect(coding.stripeLabels(SPONSOR).first()).toHaveClass(/coding-stripe-label-active/);
  await expect(turn.locator('.coding-stripe[tabindex="0"]')).toHaveCount(1);
  await shoot(page, coding, 'coding-stripe-focused-1440x900.png');

  // the arrows move between this turn's stripes only
  await page.keyboard.press('ArrowDown');
  await expect(coding.stripes(SPONSOR, DIVIDED, 'JR')).toBeFocused();
  await page.keyboard.press('ArrowUp');
  await expect(roles).toBeFocused();

  // Enter selects its references, as a click does
  await page.keyboard.press('Enter');
  await expect(page.getByRole('toolbar', { name: 'Selected references' })).toContainText(`at ${ROLES} selected`);

  // Shift+F10: the stripe's menu; Escape gives the focus back to the stripe (the pointer kept off the menu, where it would choose)
  await page.mouse.move(0, 0);
  await page.keyboard.press('Shift+F10');
  const menu = page.getByRole('menu', { name: 'Transcript' });
  await expect(menu.getByRole('menuitem', { name: /^Uncode/ })).toBeFocused();
  await expect(menu.getByRole('menuitem', { name: `Open ${ROLES} in the codebook` })).toBeVisible();
  await page.keyboard.press('Escape');
  await expect(menu).toBeHidden();
  await expect(roles).toBeFocused();

  // Shift+Tab goes back to the turn
  await page.keyboard.press('Shift+Tab');
  await expect(turn).toBeFocused();
  await expect(run).not.toHaveClass(/coding-run-highlight/);

  // Esc drops the chosen references (their selected look wins over any light-up)
  await page.keyboard.press('Escape');
  await expect(page.getByRole('toolbar', { name: 'Selected references' })).toBeHidden();

  // a narrow window (names hidden beside the stripes): the stripe is still one Tab away and lights up its text
  await page.setViewportSize({ width: 1280, height: 720 });
  await page.keyboard.press('Tab');
  await expect(roles).toBeFocused();
  await expect(run).toHaveClass(/coding-run-highlight/);
  await shoot(page, coding, 'coding-stripe-focused-1280x720.png');
});
