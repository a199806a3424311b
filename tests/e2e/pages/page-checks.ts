// Checks any spec can run on the page it is at: axe's serious findings and screenshots.
import AxeBuilder from '@axe-core/playwright';
import type { Page, TestInfo } from '@playwright/test';

// The serious and critical WCAG 2.1 A/AA violations axe finds on the page, one line each.
export async function seriousViolations(page: Page): Promise<string[]> {
  const results = await new AxeBuilder({ page }).withTags(['wcag2a', 'wcag2aa', 'wcag21a', 'wcag21aa']).analyze();
  return results.violations.filter((v) => v.impact === 'serious' || v.impact === 'critical').map((v) => `${v.id}: ${v.nodes.map((n) => n.target.join(' ')).join(', ')}`);
}

// Saves a screenshot in the test's output and in `folder` for looking at (Playwright makes the folders).
export async function shoot(page: Page, testInfo: TestInfo, folder: string, name: string): Promise<void> {
  await page.screenshot({ path: testInfo.outputPath(`${name}.png`) });
  await page.screenshot({ path: `${folder}/${name}.png` });
}
