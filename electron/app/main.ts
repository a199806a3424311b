// Electron main process: lifecycle, single-instance lock, menu, and the app host
// behind the hardened window. Bundled to dist/electron/main.cjs (scripts/build-electron.mjs).
import { existsSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { app, BrowserWindow, dialog, Menu } from 'electron';
import type { ApiEvent, MenuCommand } from '../../shared/api.ts';
import { createAppHost } from './app-host.ts';
import type { AppHost } from './app-host.ts';
import { bindIpc, sendEvent } from './ipc.ts';
import { buildMenuTemplate } from './menu.ts';
import { createNativeDialogs } from './native-dialogs.ts';
import { findProjectArgument } from './project-paths.ts';
import { createMainWindow, guardSessionPermissions, guardWebContents, registerAppProtocol, registerAppScheme } from './window.ts';

const APP_NAME = 'Activity Lens';
const QUIT_TIMEOUT_MS = 15_000;

// dist/electron in the bundle; dist/renderer, dist/native and dist/fixtures sit beside it
const electronDir = path.dirname(fileURLToPath(import.meta.url));
const distDir = path.resolve(electronDir, '..');
const rendererRoot = path.join(distDir, 'renderer');
const preloadPath = path.join(electronDir, 'preload.cjs');

let host: AppHost | null = null;
let mainWindow: BrowserWindow | null = null;
// a project named (macOS open-file, second instance) before the start-up project was open
let pendingProject: string | null = null;
let startupDone = false;
let hostClosing = false;
let hostClosed = false;

// The Electron-ABI build of better-sqlite3-multiple-ciphers (every project connection); native modules cannot load from inside app.asar.
function sqliteBindingPath(): string {
  const inApp = path.join(distDir, 'native', 'better_sqlite3.node');
  const asar = `${path.sep}app.asar${path.sep}`;
  return app.isPackaged ? inApp.replace(asar, `${path.sep}app.asar.unpacked${path.sep}`) : inApp;
}

function messageOf(error: unknown): string {
  return error instanceof Error ? error.message : String(error);
}

function emit(event: ApiEvent): void {
  sendEvent(mainWindow, event);
}

function showError(message: string, detail: string): void {
  const options = { type: 'error' as const, title: APP_NAME, message, detail };
  const win = mainWindow && !mainWindow.isDestroyed() ? mainWindow : null;
  (win ? dialog.showMessageBox(win, options) : dialog.showMessageBox(options)).catch(() => undefined);
}

function showMainWindow(): BrowserWindow {
  if (mainWindow && !mainWindow.isDestroyed()) {
    if (mainWindow.isMinimized()) mainWindow.restore();
    mainWindow.show();
    mainWindow.focus();
    return mainWindow;
  }
  const win = createMainWindow({ preloadPath, devTools: !app.isPackaged });
  win.on('closed', () => {
    if (mainWindow === win) mainWindow = null;
  });
  win.webContents.on('render-process-gone', (_event, details) => console.error('The window stopped:', details.reason));
  mainWindow = win;
  return win;
}

// Opens a project named from outside the window (double-clicked file, second launch).
async function openProjectFromOutside(filePath: string): Promise<void> {
  if (host === null || !startupDone) {
    pendingProject = filePath;
    return;
  }
  showMainWindow();
  // the host emits project-changed when it adopts the file
  const response = await host.dispatch('project.open', { path: filePath });
  if (!response.ok) showError('The project could not be opened.', response.error.message);
}

function installMenu(): void {
  const send = (command: MenuCommand) => emit({ type: 'menu', command });
  const template = buildMenuTemplate({ appName: APP_NAME, isMac: process.platform === 'darwin', isPackaged: app.isPackaged, send });
  Menu.setApplicationMenu(Menu.buildFromTemplate(template));
  app.setAboutPanelOptions({
    applicationName: APP_NAME,
    applicationVersion: app.getVersion(),
    copyright: 'Activity Lens team',
  });
}

async function onReady(): Promise<void> {
  const binding = sqliteBindingPath();
  if (!existsSync(binding)) {
    dialog.showErrorBox(
      `${APP_NAME} cannot start`,
      `The database module built for Electron is missing:\n${binding}\n\nRun "npm start" again (it builds the module), or reinstall the app.`,
    );
    app.exit(1);
    return;
  }
  // always ours: never a path from the user's environment (that would load arbitrary native code)
  process.env.ACTIVITY_LENS_SQLITE_BINDING = binding;

  guardSessionPermissions();
  registerAppProtocol(rendererRoot, undefined, (sourceId) => host?.mediaFile(sourceId) ?? null);
  const created = createAppHost({
    binding: 'electron',
    homeDir: app.getPath('userData'),
    emit,
    dialogs: createNativeDialogs(() => mainWindow),
    demoDir: path.join(distDir, 'fixtures', 'demo'),
  });
  host = created;
  bindIpc({ host: created, getMainWindow: () => mainWindow });
  installMenu();

  const target = pendingProject ?? findProjectArgument(process.argv, process.cwd()) ?? 'demo';
  pendingProject = null;
  let startupError: string | null = null;
  try {
    await created.openStartupProject(target);
  } catch (error) {
    startupError = messageOf(error);
  }
  startupDone = true;
  showMainWindow();
  if (startupError !== null) {
    showError(target === 'demo' ? 'The demo project could not be opened.' : `${path.basename(target)} could not be opened.`, startupError);
  }
  if (pendingProject !== null) {
    const next = pendingProject;
    pendingProject = null;
    await openProjectFromOutside(next);
  }
}

function onBeforeQuit(event: Electron.Event): void {
  if (hostClosed || host === null) return;
  // hold the quit until the project is checkpointed and its lock released
  event.preventDefault();
  if (hostClosing) return;
  hostClosing = true;
  const timeout = new Promise<void>((resolve) => setTimeout(resolve, QUIT_TIMEOUT_MS));
  Promise.race([host.close(), timeout])
    .catch((error: unknown) => console.error('Closing the project failed', error))
    .finally(() => {
      hostClosed = true;
      app.quit();
    });
}

function start(): void {
  app.on('second-instance', (_event, argv, workingDirectory) => {
    if (startupDone) showMainWindow();
    const project = findProjectArgument(argv, workingDirectory);
    if (project !== null) void openProjectFromOutside(project);
  });
  app.on('open-file', (event, filePath) => {
    event.preventDefault();
    void openProjectFromOutside(filePath);
  });
  app.on('web-contents-created', (_event, contents) => guardWebContents(contents));
  app.on('window-all-closed', () => {
    if (process.platform !== 'darwin') app.quit();
  });
  app.on('activate', () => {
    if (startupDone && BrowserWindow.getAllWindows().length === 0) showMainWindow();
  });
  app.on('before-quit', onBeforeQuit);
  for (const signal of ['SIGINT', 'SIGTERM'] as const) process.on(signal, () => app.quit());
  app
    .whenReady()
    .then(onReady)
    .catch((error: unknown) => {
      console.error(error);
      dialog.showErrorBox(`${APP_NAME} cannot start`, messageOf(error));
      app.exit(1);
    });
}

process.setSourceMapsEnabled(true);
app.setName(APP_NAME);
// the same settings folder in development and packaged (productName), set before anything reads it;
// e2e tests run against a throw-away one (never a packaged app)
const testUserData = app.isPackaged ? undefined : process.env.ACTIVITY_LENS_USER_DATA_DIR;
app.setPath('userData', testUserData ? path.resolve(testUserData) : path.join(app.getPath('appData'), APP_NAME));
registerAppScheme();
app.enableSandbox();

if (app.requestSingleInstanceLock()) start();
else app.quit();
