// Reflow (WCAG 1.4.10): at 720x450 CSS px (a 1440x900 window at 200% zoom) the navigator
// is a "Screens" button, the Details panel an overlay, the transcript keeps a readable
// width and no main screen scrolls sideways. Wide windows keep the three-column frame.
// Screenshots at 720x450, 1440x900 and 1280x720.
import type { Page } from '@playwright/test';
import { expect, test } from './fixtures.ts';
import { CodingView } from './pages/coding-view.ts';

const SOURCE = 'Interview - Margaret Okafor (round 1)';
const SCREENS = ['Sources', 'Cases', 'Codebook', 'Queries', 'Diagrams', 'Contradictions', 'Exports', 'Team'];

// The page, or any element of it that scrolls, that is wider than its box (it would scroll
// sideways). A data table's own scroll box is left out with `allowTables` (WCAG 1.4.10
// exempts tables whose meaning needs their two dimensions, such as the Cases attribute grid).
function sidewaysScrollers(page: Page, allowTables = false): Promise<string[]> {
  return page.evaluate((tablesAllowed) => {
    const found: string[] = [];
    const root = document.scrollingElement;
    if (root && root.scrollWidth > root.clientWidth + 1) found.push(`the page (${root.scrollWidth} > ${root.clientWidth})`);
    for (const el of Array.from(document.querySelectorAll('body *'))) {
      if (!(el instanceof HTMLElement) || el.clientWidth === 0) continue;
      const { overflowX } = getComputedStyle(el);
      if (overflowX !== 'auto' && overflowX !== 'scroll') continue;
      if (tablesAllowed && el.querySelector(':scope > table')) continue;
      if (el.scrollWidth > el.clientWidth + 1) found.push(`${el.tagName.toLowerCase()}.${el.className} (${el.scrollWidth} > ${el.clientWidth})`);
    }
    return found;
  }, allowTables);
}

const heading = (page: Page, name: string) => page.getByRole('main').getByRole('heading', { level: 1, name, exact: true });

test('at 720x450 the frame reflows: Screens button, Details overlay, a readable transcript, nothing scrolls sideways', async ({ page, appUrl }, testInfo) => {
  await page.setViewportSize({ width: 720, height: 450 });
  const coding = new CodingView(page);
  await page.goto(appUrl);
  await expect(heading(page, 'Sources')).toBeVisible();
  const navigator = page.getByRole('navigation', { name: 'Screens' });
  const screensButton = page.getByRole('banner').getByRole('button', { name: 'Screens', exact: true });
  await expect(navigator).toBeHidden();
  await expect(screensButton).toHaveAttribute('aria-expanded', 'false');

  for (const [i, name] of SCREENS.entries()) {
    await page.keyboard.press(`ControlOrMeta+${i + 1}`);
    await expect(heading(page, name)).toBeFocused();
    // the Sources table fits; wider data tables scroll only inside their own box, never the page
    expect(await sidewaysScrollers(page, name !== 'Sources'), `sideways scrolling on ${name}`).toEqual([]);
    await page.screenshot({ path: testInfo.outputPath(`reflow-${name.toLowerCase()}-720.png`) });
  }

  // the navigator as an overlay: it opens with the current screen focused, Escape closes it, a choice goes to the screen
  await screensButton.click();
  await expect(navigator).toBeVisible();
  await expect(navigator.getByRole('button', { name: /^Team/ })).toBeFocused();
  await page.screenshot({ path: testInfo.outputPath('reflow-navigator-720.png') });
  await page.keyboard.press('Escape');
  await expect(navigator).toBeHidden();
  await expect(screensButton).toBeFocused();
  await page.keyboard.press('Enter');
  await navigator.getByRole('button', { name: /^Sources/ }).click();
  await expect(navigator).toBeHidden();
  await expect(heading(page, 'Sources')).toBeFocused();

  // the coding view: the transcript keeps at least 400 px; Details is an overlay over it
  await coding.openFromSources(SOURCE);
  const width = (await coding.transcript.boundingBox())?.width ?? 0;
  expect(width, 'transcript width at 720 px').toBeGreaterThanOrEqual(400);
  expect(await sidewaysScrollers(page), 'sideways scrolling in the coding view').toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('reflow-coding-720.png') });
  const detailsButton = page.getByRole('banner').getByRole('button', { name: 'Details', exact: true });
  const inspector = page.getByRole('complementary', { name: 'Inspector' });
  await expect(inspector).toBeHidden();
  await detailsButton.click();
  await expect(inspector.getByRole('heading', { level: 3, name: SOURCE })).toBeVisible();
  await page.screenshot({ path: testInfo.outputPath('reflow-coding-details-720.png') });
  await page.keyboard.press('Escape');
  await expect(inspector).toBeHidden();
  await expect(detailsButton).toBeFocused();
  expect((await coding.transcript.boundingBox())?.width ?? 0).toBe(width);

  // widening the window brings the three columns back
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(navigator).toBeVisible();
  await expect(screensButton).toHaveCount(0);
  await expect(inspector).toBeVisible();
});

test('wide windows keep the navigator and the Details panel in the frame', async ({ page, appUrl }, testInfo) => {
  const coding = new CodingView(page);
  await page.setViewportSize({ width: 1440, height: 900 });
  await page.goto(appUrl);
  await expect(heading(page, 'Sources')).toBeVisible();
  await expect(page.getByRole('navigation', { name: 'Screens' })).toBeVisible();
  await expect(page.getByRole('banner').getByRole('button', { name: 'Screens', exact: true })).toHaveCount(0);
  await page.screenshot({ path: testInfo.outputPath('wide-sources-1440.png') });
  await coding.openFromSources(SOURCE);
  expect(await sidewaysScrollers(page), 'sideways scrolling at 1440').toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('wide-coding-1440.png') });
  await page.setViewportSize({ width: 1280, height: 720 });
  await expect(page.getByRole('complementary', { name: 'Inspector' })).toBeVisible();
  expect(await sidewaysScrollers(page), 'sideways scrolling at 1280').toEqual([]);
  await page.screenshot({ path: testInfo.outputPath('wide-coding-1280.png') });
  await page.keyboard.press('ControlOrMeta+3');
  await page.screenshot({ path: testInfo.outputPath('wide-codebook-1280.png') });
});
