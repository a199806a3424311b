// Page object of the Sources screen: the table, sorting, filter, selection and the Import dialog.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';
import { ImportDialog } from './import-dialog.ts';

export type SourceColumnName = 'Name' | 'Kind' | 'Cases' | 'Round' | 'Mode' | 'Interview date' | 'Words' | 'Codings';
export type ImportKindLabel = 'Interview transcript' | 'Evaluator report' | 'Other document';

const COLUMN_ORDER: SourceColumnName[] = ['Name', 'Kind', 'Cases', 'Round', 'Mode', 'Interview date', 'Words', 'Codings'];

export class SourcesScreen {
  readonly page: Page;
  readonly heading: Locator;
  readonly table: Locator;
  // body rows only (the header row is left out)
  readonly rows: Locator;
  readonly selectedRow: Locator;
  readonly filterBox: Locator;
  readonly importButton: Locator;
  readonly emptyState: Locator;
  readonly noMatches: Locator;
  readonly importDialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Sources' });
    this.table = page.getByRole('table', { name: 'Sources' });
    this.rows = this.table.locator('tbody > tr');
    this.selectedRow = this.table.locator('tbody > tr[aria-selected="true"]');
    this.filterBox = page.getByRole('searchbox', { name: 'Filter sources' });
    this.importButton = page.getByRole('button', { name: 'Import…' });
    this.emptyState = page.getByText('This project has no sources yet.');
    this.noMatches = page.getByText(/^No sources match/);
    this.importDialog = page.getByRole('dialog', { name: 'Import sources' });
  }

  // Waits until the list has loaded (a table or the empty state).
  async waitForLoaded(): Promise<void> {
    await expect(this.heading).toBeVisible();
    await expect(this.table.or(this.emptyState)).toBeVisible();
  }

  // The names in the table, top to bottom.
  async rowNames(): Promise<string[]> {
    if (await this.emptyState.isVisible()) return [];
    return (await this.rows.getByRole('rowheader').allInnerTexts()).map((t) => t.trim());
  }

  // The texts of one column, top to bottom.
  async columnValues(column: SourceColumnName): Promise<string[]> {
    if (column === 'Name') return this.rowNames();
    const index = COLUMN_ORDER.indexOf(column); // cells after the row header: td:nth-of-type(index)
    return (await this.rows.locator(`td:nth-of-type(${index})`).allInnerTexts()).map((t) => t.trim());
  }

  // The row of the source with exactly this name.
  row(name: string): Locator {
    return this.rows.filter({ has: this.page.getByRole('rowheader', { name, exact: true }) });
  }

  // Selects a source by clicking its row.
  async select(name: string): Promise<void> {
    await this.row(name).click();
    await expect(this.row(name)).toHaveAttribute('aria-selected', 'true');
  }

  // The header cell of a column (carries aria-sort when the table is sorted by it).
  columnHeader(column: SourceColumnName): Locator {
    return this.table.getByRole('columnheader', { name: new RegExp(`^${column}`) });
  }

  // Clicks a column header to sort by it (again to reverse).
  async sortBy(column: SourceColumnName): Promise<void> {
    await this.columnHeader(column).getByRole('button').click();
  }

  // Types into the filter box (an empty string clears it).
  async filter(text: string): Promise<void> {
    await this.filterBox.fill(text);
  }

  // Imports files through the Import dialog (the suggested speakers accepted); closes its summary when all went well, else leaves it to read.
  async importFiles(paths: string[], kind: ImportKindLabel = 'Interview transcript'): Promise<void> {
    await this.importButton.click();
    const dialog = new ImportDialog(this.page);
    await dialog.chooseAndRead(paths);
    if (await dialog.failures.first().isVisible()) return;
    await dialog.setKindForAll(kind);
    await dialog.finish();
    if ((await dialog.summary.isVisible()) && !(await dialog.failures.first().isVisible())) await dialog.closeSummary();
  }

  // The errors the Import dialog shows (empty when it closed cleanly).
  importErrors(): Locator {
    return this.importDialog.getByRole('alert');
  }
}
