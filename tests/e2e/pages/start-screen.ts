// Page object of the start screen (no project open): new, open, demo, recent projects.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export class StartScreen {
  readonly page: Page;
  readonly heading: Locator;
  readonly newProjectButton: Locator;
  readonly openProjectButton: Locator;
  readonly openDemoButton: Locator;
  readonly readOnlyCheckbox: Locator;
  readonly recentList: Locator;
  // the prominent error of the last attempt (NOT_OUR_FILE, NEWER_VERSION, ALREADY_OPEN, ...)
  readonly error: Locator;

  constructor(page: Page) {
    this.page = page;
    this.heading = page.getByRole('heading', { level: 1, name: 'Activity Lens' });
    this.newProjectButton = page.getByRole('button', { name: 'New project…' });
    this.openProjectButton = page.getByRole('button', { name: 'Open project…' });
    this.openDemoButton = page.getByRole('button', { name: 'Open demo project' });
    this.readOnlyCheckbox = page.getByRole('checkbox', { name: /Open read-only/ });
    this.recentList = page.getByRole('region', { name: 'Recent projects' }).getByRole('list');
    this.error = page.getByRole('main').getByRole('alert');
  }

  // Waits until the start screen is on screen.
  async waitUntilShown(): Promise<void> {
    await expect(this.heading).toBeVisible();
  }

  // The recent-list entry whose path or name contains `pathOrName`.
  recentProject(pathOrName: string): Locator {
    return this.recentList.getByRole('listitem').filter({ hasText: pathOrName });
  }

  // Opens a project from the recent list (honours the read-only checkbox).
  async openRecent(pathOrName: string, options: { readOnly?: boolean } = {}): Promise<void> {
    await this.readOnlyCheckbox.setChecked(options.readOnly ?? false);
    await this.recentProject(pathOrName).getByRole('button').click();
  }

  // Tells whether the recent entry is marked "not found" (its file is missing).
  async isRecentMissing(pathOrName: string): Promise<boolean> {
    return (await this.recentProject(pathOrName).getByText('not found').count()) > 0;
  }

  // Creates a project by typing its path (browser mode has no native dialog).
  async createProject(path: string, name?: string): Promise<void> {
    await this.newProjectButton.click();
    const form = this.page.getByRole('form', { name: 'New project' });
    if (name !== undefined) await form.getByLabel('Project name').fill(name);
    await form.getByLabel(/Project file/).fill(path);
    await form.getByRole('button', { name: 'Create project' }).click();
  }

  // Opens a project by typing its path (browser mode has no native dialog).
  async openProject(path: string, options: { readOnly?: boolean } = {}): Promise<void> {
    await this.readOnlyCheckbox.setChecked(options.readOnly ?? false);
    await this.openProjectButton.click();
    const form = this.page.getByRole('form', { name: 'Open project' });
    await form.getByLabel(/Project file/).fill(path);
    await form.getByRole('button', { name: 'Open project' }).click();
  }

  // Opens the built-in demo project.
  async openDemo(): Promise<void> {
    await this.openDemoButton.click();
  }
}
