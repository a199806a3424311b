// Page object of the Queries screen: its tabs, the matrix, text search with coding of the
// results, the node view, reference lists and saved queries.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export type QueriesTab = 'Node view' | 'Text search' | 'Matrix' | 'Framework' | 'Co-occurrence' | 'Word use' | 'Saved queries';

export class QueriesScreen {
  readonly page: Page;
  readonly heading: Locator;
  readonly panel: Locator;
  readonly matrix: Locator;
  readonly references: Locator;
  readonly searchResults: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('main').getByRole('heading', { level: 1, name: 'Queries' });
    this.panel = page.getByRole('tabpanel');
    this.matrix = page.getByRole('table', { name: 'Matrix' });
    this.references = page.getByRole('region', { name: /references/i }).last();
    this.searchResults = page.getByRole('list', { name: 'Search results' });
  }

  // Opens a tab of the screen.
  async openTab(tab: QueriesTab): Promise<void> {
    await this.page.getByRole('tablist', { name: 'Queries' }).getByRole('tab', { name: tab, exact: true }).click();
    await expect(this.page.getByRole('tab', { name: tab, exact: true })).toHaveAttribute('aria-selected', 'true');
  }

  // Matrix tab: runs the six questions against the columns field shown as `columnsLabel`.
  async runQuestionMatrix(columnsLabel: string): Promise<void> {
    await this.openTab('Matrix');
    await this.panel.getByLabel('The six questions').check();
    await this.panel.getByLabel('Columns').selectOption({ label: columnsLabel });
    await this.panel.getByRole('button', { name: 'Run matrix' }).click();
    await expect(this.matrix).toBeVisible();
  }

  // The matrix as { columns, rows: [{ label, values }] } read from the table.
  async readMatrix(): Promise<{ columns: string[]; rows: { label: string; values: number[] }[] }> {
    const columns = (await this.matrix.locator('thead th').allInnerTexts()).slice(1).map((t) => t.trim());
    const rows: { label: string; values: number[] }[] = [];
    for (const row of await this.matrix.locator('tbody tr').all()) {
      const label = (await row.locator('th').innerText()).trim();
      const values = (await row.locator('td').allInnerTexts()).map((t) => Number(t.replace(/[^\d]/g, '')));
      rows.push({ label, values });
    }
    return { columns, rows };
  }

  // The cell button of a row and column label.
  cell(row: string, column: string): Locator {
    return this.matrix.getByRole('button', { name: new RegExp(`^${escape(row)}, ${escape(column)}: `) });
  }

  // The reference items of the list shown last (node view, matrix cell).
  referenceItems(): Locator {
    return this.page.locator('.queries-reference');
  }

  // The "N references in M sources" line of the list shown last.
  referenceSummary(): Locator {
    return this.page.locator('.queries-references .queries-summary').last();
  }

  // Text search tab: searches for `query` and waits for the result line.
  async search(query: string): Promise<void> {
    await this.openTab('Text search');
    await this.panel.getByLabel('Search for').fill(query);
    await this.panel.getByRole('button', { name: 'Search', exact: true }).click();
    await expect(this.panel.getByRole('status').filter({ hasText: /matching segment/ })).toBeVisible();
  }

  // The number of matching segments the search reports.
  async searchTotal(): Promise<number> {
    const text = await this.panel.getByRole('status').filter({ hasText: /matching segment/ }).innerText();
    return Number(/^([\d,]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
  }

  // Codes every search result at a node ("Path/To/Node"), spreading as labelled.
  async codeResultsAt(nodePath: string, spread = 'Only the words found'): Promise<void> {
    await this.panel.getByRole('button', { name: 'Code all results at…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'Code search results' });
    await dialog.getByLabel('Code at').selectOption({ label: nodePath });
    await dialog.getByLabel(spread).check();
    await dialog.getByRole('button', { name: 'Code results' }).click();
    await expect(dialog).toBeHidden();
  }

  // Node view tab: lists the references at a node.
  async showNode(nodePath: string, descendants = false): Promise<void> {
    await this.openTab('Node view');
    await this.panel.getByLabel('Node', { exact: true }).selectOption({ label: nodePath });
    await this.panel.getByLabel('Include the nodes under it').setChecked(descendants);
    await this.panel.getByRole('button', { name: 'Show references' }).click();
    await expect(this.referenceSummary()).toBeVisible();
  }

  // The total of the reference list shown last.
  async referenceTotal(): Promise<number> {
    const text = await this.referenceSummary().innerText();
    return Number(/^([\d,]+)/.exec(text)?.[1]?.replace(/,/g, '') ?? NaN);
  }
}

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}
