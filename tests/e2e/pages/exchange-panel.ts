// Page object of the REFI-QDA exchange panel on the Exports screen and its dialogs.
import { expect } from '@playwright/test';
import type { Download, Locator, Page } from '@playwright/test';

export class ExchangePanel {
  readonly page: Page;
  readonly region: Locator;
  readonly exportProjectButton: Locator;
  readonly exportCodebookButton: Locator;
  readonly importButton: Locator;
  readonly mergeButton: Locator;
  readonly exportDialog: Locator;
  readonly importDialog: Locator;
  readonly mergeDialog: Locator;

  constructor(page: Page) {
    this.page = page;
    this.region = page.getByRole('region', { name: 'Exchange with NVivo, ATLAS.ti, MAXQDA and QualCoder' });
    this.exportProjectButton = this.region.getByRole('button', { name: 'Export project as .qdpx…' });
    this.exportCodebookButton = this.region.getByRole('button', { name: 'Export codebook as .qdc…' });
    this.importButton = this.region.getByRole('button', { name: 'Import a .qdpx into a new project…' });
    this.mergeButton = this.region.getByRole('button', { name: 'Merge a codebook (.qdc) into this project…' });
    this.exportDialog = page.getByRole('dialog', { name: 'Export project as .qdpx' });
    this.importDialog = page.getByRole('dialog', { name: 'Import a .qdpx into a new project' });
    this.mergeDialog = page.getByRole('dialog', { name: 'Merge a codebook into this project' });
  }

  // Opens the Exchange tab of the Exports screen (the screen must be showing).
  async open(): Promise<void> {
    const tab = this.page.getByRole('tab', { name: 'Exchange (REFI-QDA)' });
    await tab.click();
    await expect(tab).toHaveAttribute('aria-selected', 'true');
    await expect(this.region).toBeVisible();
  }

  // The real-names warning shown before a .qdpx is written.
  warning(): Locator {
    return this.exportDialog.getByRole('note', { name: 'Real names' });
  }

  // Exports the project as a .qdpx download and returns the download (after the warning was shown).
  async downloadProject(): Promise<Download> {
    await this.exportProjectButton.click();
    await expect(this.warning()).toContainText('carries real names');
    const downloading = this.page.waitForEvent('download');
    await this.exportDialog.getByRole('button', { name: 'Download .qdpx' }).click();
    const download = await downloading;
    await expect(this.exportDialog.getByRole('status')).toContainText('Downloaded');
    return download;
  }

  // Chooses a .qdpx in the import dialog and asks for the preview.
  async previewImport(file: string): Promise<void> {
    await this.importButton.click();
    await this.importDialog.getByLabel('The .qdpx file').setInputFiles(file);
    await this.importDialog.getByRole('button', { name: 'Show what will come in' }).click();
    await expect(this.importDialog.getByRole('heading', { name: 'What will come in' })).toBeVisible();
  }

  // What the open dialog lists under a heading ("What will come in", "Imported").
  countsList(name: string): Locator {
    return this.importDialog.getByRole('list', { name });
  }

  // Imports the previewed file into a new project at `path` and waits for the report.
  async importInto(path: string): Promise<void> {
    await this.importDialog.getByLabel('New project file (full path ending in .alens)').fill(path);
    await this.importDialog.getByRole('button', { name: 'Import into new project' }).click();
    await expect(this.importDialog.getByRole('status')).toContainText(`Imported into ${path}`);
  }
}
