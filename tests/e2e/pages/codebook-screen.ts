// Page object of the Codebook screen: the node tree (select, drag), the details form,
// merge and delete dialogs, and the alignment matrix.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

function escape(text: string): string {
  return text.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
}

export class CodebookScreen {
  readonly page: Page;
  readonly tree: Locator;
  readonly details: Locator;

  constructor(page: Page) {
    this.page = page;
    this.tree = page.getByRole('tree', { name: 'Codebook' });
    this.details = page.getByRole('region', { name: /^Node / });
  }

  // The row (drag handle and button) of the node with this exact name.
  row(name: string): Locator {
    return this.tree.locator('.codebook-row').filter({ has: this.page.locator('.codebook-row-name', { hasText: new RegExp(`^${escape(name)}$`) }) });
  }

  // The group of child rows under a node.
  childrenOf(name: string): Locator {
    return this.row(name).locator('xpath=following-sibling::ul[1]');
  }

  // The number of references the tree shows for a node.
  async referenceCount(name: string): Promise<number> {
    return Number(await this.row(name).locator('.codebook-count').first().textContent());
  }

  // New node… at the top level.
  async createNode(name: string): Promise<void> {
    await this.page.getByRole('button', { name: 'New node…' }).click();
    const dialog = this.page.getByRole('dialog', { name: 'New node' });
    await dialog.getByLabel('Node name').fill(name);
    await dialog.getByRole('button', { name: 'Create node' }).click();
    await expect(this.row(name)).toHaveCount(1);
  }

  // Selects a node in the tree and waits for its details.
  async select(name: string): Promise<void> {
    await this.row(name).getByRole('button').click();
    await expect(this.details.getByRole('textbox', { name: 'Name' })).toHaveValue(name);
  }

  // Changes the selected node's name, colour and components, and saves.
  async editSelected(change: { name?: string; color?: string; components?: string[] }): Promise<void> {
    if (change.name !== undefined) await this.details.getByRole('textbox', { name: 'Name' }).fill(change.name);
    if (change.color !== undefined) await this.details.getByLabel('Colour').fill(change.color);
    for (const c of change.components ?? []) await this.details.getByRole('checkbox', { name: c, exact: true }).check();
    await this.details.getByRole('button', { name: 'Save changes' }).click();
    if (change.name !== undefined) await expect(this.row(change.name)).toHaveCount(1);
  }

  // Drags one node onto the middle of another (to put it inside); both must fit in the window.
  async dragInto(name: string, target: string): Promise<void> {
    await this.row(name).scrollIntoViewIfNeeded();
    await expect(this.row(target)).toBeInViewport();
    const from = await this.row(name).locator('.codebook-handle').boundingBox();
    const to = await this.row(target).boundingBox();
    if (!from || !to) throw new Error('rows not shown');
    await this.page.mouse.move(from.x + from.width / 2, from.y + from.height / 2);
    await this.page.mouse.down();
    await this.page.mouse.move(to.x + 60, to.y + to.height / 2, { steps: 12 });
    await this.page.mouse.up();
  }

  // Merge into… the node with this path.
  async mergeSelectedInto(path: string): Promise<void> {
    await this.details.getByRole('button', { name: 'Merge into…' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Merge / });
    await dialog.getByLabel('Merge into').selectOption({ label: path });
    await dialog.getByRole('button', { name: 'Merge', exact: true }).click();
    await expect(dialog).toBeHidden();
  }

  // Delete… on the selected node; returns the confirmation dialog.
  async askToDeleteSelected(): Promise<Locator> {
    await this.details.getByRole('button', { name: 'Delete…' }).click();
    const dialog = this.page.getByRole('dialog', { name: /^Delete / });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  // Switches to the alignment matrix.
  async openMatrix(): Promise<void> {
    await this.page.getByRole('tab', { name: 'Alignment matrix' }).click();
    await expect(this.page.getByRole('region', { name: 'Alignment matrix' })).toBeVisible();
  }

  // Adds a research objective (a row).
  async addObjective(title: string): Promise<void> {
    await this.page.getByRole('textbox', { name: 'New objective' }).fill(title);
    await this.page.getByRole('button', { name: 'Add objective' }).click();
    await expect(this.page.getByRole('rowheader', { name: new RegExp(`^${escape(title)}`) })).toBeVisible();
  }

  // The text box of one cell of the matrix.
  matrixCell(objective: string, question: string): Locator {
    return this.page.getByRole('textbox', { name: `${objective}: ${question}`, exact: true });
  }
}
