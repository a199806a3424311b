// Page object of the Import dialog: choose or drop files, check the files, confirm the
// speakers, import with progress, read the summary.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export type ImportKindLabel = 'Interview transcript' | 'Evaluator report' | 'Other document';

export interface DroppedFile {
  name: string;
  bytes: Uint8Array;
  type?: string;
}

export class ImportDialog {
  readonly page: Page;
  readonly dialog: Locator;
  readonly fileInput: Locator;
  readonly readButton: Locator;
  readonly checkStep: Locator;
  readonly speakersStep: Locator;
  readonly summary: Locator;
  readonly failures: Locator;
  readonly status: Locator;

  constructor(page: Page) {
    this.page = page;
    this.dialog = page.getByRole('dialog', { name: 'Import sources' });
    this.fileInput = this.dialog.getByLabel('Files to import');
    this.readButton = this.dialog.getByRole('button', { name: 'Read files' });
    this.checkStep = this.dialog.getByRole('heading', { name: 'Check the files' });
    this.speakersStep = this.dialog.getByRole('heading', { name: 'Confirm the speakers' });
    this.summary = this.dialog.getByRole('heading', { name: /^Import (finished|cancelled)$/ });
    this.failures = this.dialog.getByRole('alert');
    this.status = this.dialog.getByRole('status');
  }

  // Chooses files with the file input and reads them; waits for the "Check the files" step.
  async chooseAndRead(paths: string[]): Promise<void> {
    await expect(this.dialog).toBeVisible();
    await this.fileInput.setInputFiles(paths);
    await this.readButton.click();
    await expect(this.checkStep).toBeVisible({ timeout: 30_000 });
  }

  // Drops files on the window (real dragenter/dragover/drop events with a DataTransfer).
  async dropOnWindow(files: DroppedFile[], target = 'main'): Promise<void> {
    const payload = files.map((f) => ({ name: f.name, type: f.type ?? '', b64: Buffer.from(f.bytes).toString('base64') }));
    const dataTransfer = await this.page.evaluateHandle((items) => {
      const dt = new DataTransfer();
      for (const item of items) {
        const bytes = Uint8Array.from(atob(item.b64), (c) => c.charCodeAt(0));
        dt.items.add(new File([bytes], item.name, { type: item.type }));
      }
      return dt;
    }, payload);
    await this.page.dispatchEvent(target, 'dragenter', { dataTransfer });
    await this.page.dispatchEvent(target, 'dragover', { dataTransfer });
    await this.page.dispatchEvent(target, 'drop', { dataTransfer });
  }

  // The fieldset of one file in the "Check the files" step.
  file(fileName: string): Locator {
    return this.dialog.getByRole('group', { name: fileName, exact: true });
  }

  // Sets one file's kind.
  async setKind(fileName: string, kind: ImportKindLabel): Promise<void> {
    await this.file(fileName).getByLabel('Kind').selectOption({ label: kind });
  }

  // Sets every file's kind.
  async setKindForAll(kind: ImportKindLabel): Promise<void> {
    // the Kind list of every file's fieldset (not the "Kind for all files" list)
    const selects = this.dialog.locator('fieldset').getByLabel('Kind');
    for (let i = 0; i < (await selects.count()); i++) await selects.nth(i).selectOption({ label: kind });
  }

  // The speaker choice of one label in one file.
  speakerChoice(fileName: string, label: string): Locator {
    return this.dialog.getByRole('group', { name: `Speakers in ${fileName}` }).getByLabel(`Who is ${label}?`);
  }

  // Goes on from "Check the files": to the speakers when there are any, then imports.
  async next(): Promise<void> {
    await this.dialog.getByRole('button', { name: /^(Next: speakers|Import)$/ }).click();
  }

  // Imports from the speakers step.
  async importNow(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Import', exact: true }).click();
  }

  // Closes the summary (it stays until closed).
  async closeSummary(): Promise<void> {
    await this.dialog.getByRole('button', { name: 'Close' }).click();
    await expect(this.dialog).toBeHidden();
  }

  // Goes through the remaining steps with the suggestions and waits for the dialog to close or report.
  async finish(): Promise<void> {
    // the button says whether a speakers step comes next
    const withSpeakers = (await this.dialog.getByRole('button', { name: /^(Next: speakers|Import)$/ }).textContent())?.trim() === 'Next: speakers';
    await this.next();
    if (withSpeakers) {
      await expect(this.speakersStep).toBeVisible();
      await this.importNow();
    }
    await expect(async () => {
      const open = await this.dialog.isVisible();
      expect(!open || (await this.summary.isVisible()) || (await this.failures.first().isVisible()), 'the Import dialog is still working').toBe(true);
    }).toPass({ timeout: 30_000 });
  }
}
