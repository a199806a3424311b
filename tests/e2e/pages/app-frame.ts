// Page object of the frame around an open project: top bar and File menu, navigator,
// inspector, status bar, notices.
import { expect } from '@playwright/test';
import type { Locator, Page } from '@playwright/test';

export type ScreenName = 'Sources' | 'Cases' | 'Codebook' | 'Queries' | 'Diagrams' | 'Contradictions' | 'Exports' | 'Team';

export type FileMenuItem =
  | 'New project…'
  | 'Open project…'
  | 'Open demo project'
  | 'Close project'
  | 'Save a copy as…'
  | 'Take snapshot…'
  | 'Backups…';

export class AppFrame {
  readonly page: Page;
  readonly topBar: Locator;
  readonly fileMenuButton: Locator;
  readonly navigator: Locator;
  readonly workArea: Locator;
  readonly inspector: Locator;
  readonly statusBar: Locator;
  // "project name · counts" line of the status bar
  readonly statusCounts: Locator;
  readonly readOnlyBadge: Locator;
  // information after a command (role="status") and failures (role="alert") in the top bar
  readonly notice: Locator;
  readonly alert: Locator;
  readonly integrityBanner: Locator;

  constructor(page: Page) {
    this.page = page;
    this.topBar = page.getByRole('banner');
    this.fileMenuButton = this.topBar.getByRole('button', { name: 'File', exact: true });
    this.navigator = page.getByRole('navigation', { name: 'Screens' });
    this.workArea = page.getByRole('main');
    this.inspector = page.getByRole('complementary', { name: 'Inspector' });
    this.statusBar = page.getByRole('contentinfo');
    this.statusCounts = this.statusBar.getByTestId('status-counts');
    this.readOnlyBadge = this.statusBar.getByText('read-only', { exact: true });
    this.notice = this.topBar.getByRole('status');
    this.alert = this.topBar.getByRole('alert');
    this.integrityBanner = this.workArea.getByRole('alert').filter({ hasText: 'The project file check found a problem.' });
  }

  // Waits until a project's frame is on screen.
  async waitUntilShown(): Promise<void> {
    await expect(this.navigator).toBeVisible();
  }

  // The navigator button of a screen.
  navButton(screen: ScreenName): Locator {
    return this.navigator.getByRole('button', { name: new RegExp(`^${screen}`) });
  }

  // Goes to a screen with the navigator and waits for its heading.
  async goTo(screen: ScreenName): Promise<void> {
    await this.navButton(screen).click();
    await expect(this.navButton(screen)).toHaveAttribute('aria-current', 'page');
    await expect(this.workArea.getByRole('heading', { level: 1, name: screen })).toBeVisible();
  }

  // Goes to a screen with its shortcut (Ctrl+1..8).
  async goToWithShortcut(screen: ScreenName): Promise<void> {
    const order: ScreenName[] = ['Sources', 'Cases', 'Codebook', 'Queries', 'Diagrams', 'Contradictions', 'Exports', 'Team'];
    await this.page.keyboard.press(`ControlOrMeta+${order.indexOf(screen) + 1}`);
    await expect(this.navButton(screen)).toHaveAttribute('aria-current', 'page');
  }

  // Opens the File menu and chooses an item.
  async chooseFromFileMenu(item: FileMenuItem): Promise<void> {
    await this.fileMenuButton.click();
    await this.page.getByRole('menu', { name: 'File' }).getByRole('menuitem', { name: item }).click();
  }

  // File > Close project; waits for the start screen.
  async closeProject(): Promise<void> {
    await this.chooseFromFileMenu('Close project');
    await expect(this.page.getByRole('heading', { level: 1, name: 'Activity Lens' })).toBeVisible();
  }

  // File > Take snapshot… with a label; waits for the confirmation.
  async takeSnapshot(label: string): Promise<void> {
    await this.chooseFromFileMenu('Take snapshot…');
    const dialog = this.page.getByRole('dialog', { name: 'Take snapshot' });
    await dialog.getByLabel('Snapshot label').fill(label);
    await dialog.getByRole('button', { name: 'Take snapshot' }).click();
    await expect(this.notice).toContainText(label);
  }

  // File > Save a copy as… with a typed path (browser mode); waits for the confirmation.
  async saveCopyAs(path: string): Promise<void> {
    await this.chooseFromFileMenu('Save a copy as…');
    const dialog = this.page.getByRole('dialog', { name: 'Save a copy as' });
    await dialog.getByLabel('Full path of the copy').fill(path);
    await dialog.getByRole('button', { name: 'Save copy' }).click();
    await expect(this.notice).toContainText('Saved a copy');
  }

  // File > Backups…; returns the dialog.
  async openBackups(): Promise<Locator> {
    await this.chooseFromFileMenu('Backups…');
    const dialog = this.page.getByRole('dialog', { name: 'Backups' });
    await expect(dialog).toBeVisible();
    return dialog;
  }

  // Undo with the keyboard (focus must not be in a text field).
  async undo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+z');
  }

  // Redo with the keyboard.
  async redo(): Promise<void> {
    await this.page.keyboard.press('ControlOrMeta+Shift+z');
  }

  // The value the inspector shows for a detail ("Kind", "Round", "Words", "Cases", ...).
  inspectorValue(term: string): Locator {
    return this.inspector.locator('dt', { hasText: new RegExp(`^${term}$`) }).locator('xpath=following-sibling::dd[1]');
  }

  // The name of the source the inspector shows.
  inspectorTitle(): Locator {
    return this.inspector.getByRole('heading', { level: 3 });
  }
}
