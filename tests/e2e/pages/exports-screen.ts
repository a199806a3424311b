// Page object of the Exports screen: tabs, the coded extracts export (questions, memo
// placement, path, preview, export), its outcome (written or blocked with leaks) and the
// anonymisation register tab.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export type ExportsTab = 'Coded extracts' | 'Other documents' | 'Anonymisation register' | 'Withdrawal' | 'Exchange (REFI-QDA)';

export class ExportsScreen {
  readonly page: Page;
  readonly heading: Locator;
  readonly pathField: Locator;
  readonly overwrite: Locator;
  readonly memosSelect: Locator;
  readonly previewButton: Locator;
  readonly exportButton: Locator;
  // "Wrote …" after a written export
  readonly written: Locator;
  // the blocked-export report and its table of leaks
  readonly blocked: Locator;
  readonly leakRows: Locator;
  readonly preview: Locator;
  readonly registerTable: Locator;

  constructor(page: Page) {
    this.page = page;
    const main = page.getByRole('main');
    this.heading = main.getByRole('heading', { level: 1, name: 'Exports' });
    this.pathField = main.getByLabel('Save as (.docx)');
    this.overwrite = main.getByRole('checkbox', { name: 'Replace the file if it exists' });
    this.memosSelect = main.getByLabel('Memos on extracts');
    this.previewButton = main.getByRole('button', { name: 'Preview', exact: true });
    this.exportButton = main.getByRole('button', { name: 'Export to Word' });
    this.written = main.locator('.exports-written');
    this.blocked = main.getByRole('alert').filter({ has: page.getByRole('heading', { name: 'Export blocked: real names found' }) });
    this.leakRows = this.blocked.getByRole('table', { name: 'Real names found' }).locator('tbody > tr');
    this.preview = main.getByRole('region', { name: /^Preview:/ });
    this.registerTable = main.getByRole('table', { name: 'Register entries' });
  }

  // Opens a tab of the screen.
  async openTab(tab: ExportsTab): Promise<void> {
    await this.page.getByRole('tab', { name: tab }).click();
    await expect(this.page.getByRole('tab', { name: tab })).toHaveAttribute('aria-selected', 'true');
  }

  // Ticks (or unticks) a question by its node name ("Q4 Division of labour").
  async chooseQuestion(name: string, on = true): Promise<void> {
    await this.page.getByRole('main').getByRole('checkbox', { name, exact: true }).setChecked(on);
  }

  // Chooses the attribution format.
  async chooseAttribution(format: 'role-project' | 'pseudonym'): Promise<void> {
    await this.page.getByRole('radio', { name: format === 'role-project' ? /^Role and project/ : /^Pseudonym/ }).check();
  }

  // Types the output path and exports; waits for the outcome (written or blocked).
  async exportTo(path: string, options: { overwrite?: boolean } = {}): Promise<void> {
    await this.pathField.fill(path);
    await this.overwrite.setChecked(options.overwrite ?? false);
    await this.exportButton.click();
    await expect(this.written.or(this.blocked)).toBeVisible({ timeout: 30_000 });
  }

  // The quotes the preview shows, as text.
  quotes(): Locator {
    return this.preview.locator('blockquote');
  }
}
