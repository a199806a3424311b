// Page object of the Cases screen: the editable grid, adding and deleting cases, and
// importing attributes from a table.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class CasesScreen {
  readonly page: Page;
  readonly heading: Locator;
  readonly grid: Locator;
  readonly rows: Locator;
  readonly filterBox: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Cases' });
    this.grid = page.getByRole('table', { name: 'Cases' });
    this.rows = this.grid.locator('tbody > tr');
    this.filterBox = page.getByRole('searchbox', { name: 'Filter cases' });
  }

  async waitForLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.grid.or(this.page.getByText('This project has no cases yet.'))).toBeVisible();
  }

  // The editable cell of one column for the case with this label.
  cell(column: string, label: string): Locator {
    return this.grid.getByLabel(`${column} of ${label}`, { exact: true });
  }

  // Types a value into a cell and saves it with Enter.
  async edit(column: string, label: string, value: string): Promise<void> {
    const cell = this.cell(column, label);
    await cell.fill(value);
    await cell.press('Enter');
  }

  // The column headers, left to right.
  async columnNames(): Promise<string[]> {
    return (await this.grid.locator('thead th').allInnerTexts()).map((t) => t.trim()).filter(Boolean);
  }

  // Adds a case by its real name.
  async addCase(realName: string): Promise<void> {
    await this.page.getByRole('button', { name: 'Add case…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Add case' });
    await dialog.getByLabel('Real name').fill(realName);
    await dialog.getByRole('button', { name: 'Add case' }).click();
    await expect(dialog).toBeHidden();
  }

  // Deletes the case with this label (confirming).
  async deleteCase(label: string): Promise<void> {
    await this.grid.getByRole('button', { name: `Delete ${label}` }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Delete case' });
    await dialog.getByRole('button', { name: 'Delete case' }).click();
    await expect(dialog).toBeHidden();
  }

  // Imports a CSV/XLSX of attributes with the guessed mapping; returns the dialog (left open on its result).
  async importTable(path: string, createMissing = true): Promise<Locator> {
    await this.page.getByRole('button', { name: 'Import attributes…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Import case attributes' });
    await dialog.getByLabel('Table of cases (.csv or .xlsx)').setInputFiles(path);
    await dialog.getByRole('button', { name: 'Read file' }).click();
    await expect(dialog.getByRole('table', { name: 'Columns' })).toBeVisible();
    await dialog.getByLabel('Make a new case for a row that names no existing case').setChecked(createMissing);
    await dialog.getByRole('button', { name: 'Apply to cases' }).click();
    await expect(dialog.getByRole('status')).toBeVisible();
    return dialog;
  }
}
