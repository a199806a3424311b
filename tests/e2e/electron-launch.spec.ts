// Launches the real Electron app (when its binary is on this machine) and checks the
// hardened shell: the window and the demo project come up, and the page sees only
// window.activityLens - no Node, no navigation away, no new windows.
// Where Electron cannot be downloaded the test is skipped with that reason; the same
// configuration is proved by electron/app/window-config.test.ts.
import { spawnSync } from 'node:child_process';
import { existsSync, mkdtempSync, readFileSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { _electron, expect, test } from '@playwright/test';
import type { ElectronApplication, Page } from '@playwright/test';
import type { ActivityLensGlobal } from '../../electron/app/bridge-types.ts';
import { APP_ENTRY_URL, CONTENT_SECURITY_POLICY } from '../../electron/app/window-config.ts';

const ROOT = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..', '..');

// The Electron executable if it was downloaded (never triggers a download itself).
function electronBinary(): string | null {
  const electronDir = path.join(ROOT, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  if (!existsSync(pathFile)) return null;
  const relative = readFileSync(pathFile, 'utf8').trim();
  const distDir = process.env.ELECTRON_OVERRIDE_DIST_PATH ?? path.join(electronDir, 'dist');
  const executable = path.join(distDir, relative);
  return existsSync(executable) ? executable : null;
}

function runStep(args: string[]): void {
  const result = spawnSync(process.execPath, args, { cwd: ROOT, stdio: 'inherit' });
  if (result.status !== 0) throw new Error(`${args.map((a) => path.relative(ROOT, a) || a).join(' ')} failed`);
}

const executable = electronBinary();

test.describe(executable === null ? 'Electron app (skipped: the Electron binary is not installed on this machine)' : 'Electron app', () => {
  test.skip(executable === null, 'Electron binary not downloadable on this machine');

  let app: ElectronApplication;
  let page: Page;
  let userData: string;

  test.beforeAll(async () => {
    test.setTimeout(600_000);
    if (!existsSync(path.join(ROOT, 'dist', 'renderer', 'index.html'))) {
      runStep([path.join(ROOT, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
    }
    runStep([path.join(ROOT, 'scripts', 'build-electron.mjs')]);
    runStep([path.join(ROOT, 'scripts', 'rebuild-native-for-electron.mjs')]);
    userData = mkdtempSync(path.join(tmpdir(), 'activity-lens-electron-e2e-'));
    // Chromium's setuid sandbox helper is not set up in containers / as root
    const noSandbox = process.platform === 'linux' && (process.getuid?.() === 0 || process.env.CI !== undefined);
    const env: Record<string, string> = {};
    for (const [key, value] of Object.entries(process.env)) if (value !== undefined && key !== 'ELECTRON_RUN_AS_NODE') env[key] = value;
    app = await _electron.launch({
      executablePath: executable ?? undefined,
      args: [...(noSandbox ? ['--no-sandbox'] : []), '.'],
      cwd: ROOT,
      env: { ...env, ACTIVITY_LENS_USER_DATA_DIR: userData },
    });
    page = await app.firstWindow();
    await page.waitForLoadState('domcontentloaded');
  });

  test.afterAll(async () => {
    await app?.close();
    if (userData) rmSync(userData, { recursive: true, force: true });
  });

  test('opens one window on app://activity-lens with the demo project', async () => {
    const titles = await app.evaluate(({ BrowserWindow }) => BrowserWindow.getAllWindows().map((w) => w.getTitle()));
    expect(titles).toHaveLength(1);
    expect(titles[0]).toMatch(/Activity Lens/);
    expect(page.url()).toBe(APP_ENTRY_URL);

    const current = await page.evaluate(() => (globalThis as unknown as ActivityLensGlobal).activityLens.call('project.current', {}));
    expect(current.ok && current.result?.isDemo).toBe(true);
    await expect(page.getByText(/Demo study/).first()).toBeVisible();
  });

  test('exposes only the bridge to the page, and no Node', async () => {
    const keys = await page.evaluate(() => Object.keys((globalThis as unknown as ActivityLensGlobal).activityLens).sort());
    expect(keys).toEqual(['binding', 'call', 'getPathForFile', 'onEvent']);
    expect(await page.evaluate(() => (globalThis as unknown as ActivityLensGlobal).activityLens.binding)).toBe('electron');
    const nodeGlobals = await page.evaluate(() => [typeof require, typeof process, typeof module, typeof Buffer]);
    expect(nodeGlobals).toEqual(['undefined', 'undefined', 'undefined', 'undefined']);
    const info = await page.evaluate(() => (globalThis as unknown as ActivityLensGlobal).activityLens.call('app.info', {}));
    expect(info.ok && info.result.binding).toBe('electron');
  });

  test('serves every app:// response with the CSP', async () => {
    const csp = await page.evaluate(async () => (await fetch('/index.html')).headers.get('content-security-policy'));
    expect(csp).toBe(CONTENT_SECURITY_POLICY);
  });

  test('refuses navigation away and new windows', async () => {
    // the window's own will-navigate handler was added first, so this listener sees its decision
    await app.evaluate(({ BrowserWindow }) => {
      const seen = globalThis as unknown as { navigationSeen?: { url: string; refused: boolean } };
      BrowserWindow.getAllWindows()[0]?.webContents.once('will-navigate', (event) => {
        seen.navigationSeen = { url: event.url, refused: event.defaultPrevented };
      });
    });
    // http (not https) so nothing is handed to the system browser during the test
    await page.evaluate(() => {
      (globalThis as unknown as { location: { href: string } }).location.href = 'http://127.0.0.1:9/';
    });
    await expect.poll(() => app.evaluate(() => (globalThis as unknown as { navigationSeen?: { url: string; refused: boolean } }).navigationSeen ?? null)).toEqual({ url: 'http://127.0.0.1:9/', refused: true });
    expect(page.url()).toBe(APP_ENTRY_URL);
    const opened = await page.evaluate(() => (globalThis as unknown as { open(url: string): unknown }).open('http://127.0.0.1:9/') === null);
    expect(opened).toBe(true);
    expect(app.windows()).toHaveLength(1);
  });
});
