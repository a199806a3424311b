// The hardened main window: app:// protocol serving the built renderer with the CSP
// on every response, and guards against navigation, new windows, webviews and
// permission prompts, and a question before closing or reloading while long work runs.
// The settings themselves live in window-config.ts.
import { BrowserWindow, dialog, Menu, protocol, session, shell } from 'electron';
import type { MenuItemConstructorOptions, Session, WebContents, WebPreferences } from 'electron';
import { serveAppRequest, textResponse } from './app-protocol.ts';
import { MEDIA_ROUTE, mediaResponse } from './media-files.ts';
import {
  APP_ENTRY_URL,
  APP_SCHEME,
  APP_SCHEME_PRIVILEGES,
  buildWebPreferences,
  decidePermission,
  isAllowedExternalUrl,
  isAllowedNavigation,
} from './window-config.ts';

export interface MainWindowOptions {
  // absolute path of dist/electron/preload.cjs
  preloadPath: string;
  // developer tools are available only when the app is not packaged
  devTools: boolean;
}

// Registers app:// as a standard, secure scheme; must run before the app is ready.
export function registerAppScheme(): void {
  protocol.registerSchemesAsPrivileged([{ scheme: APP_SCHEME, privileges: { ...APP_SCHEME_PRIVILEGES } }]);
}

// Serves app://activity-lens/* from the built renderer folder (call once the app is ready),
// and /api/media/<sourceId>: the recording linked to a source of the open project (media-files.ts).
export function registerAppProtocol(rendererRoot: string, target: Session = session.defaultSession, media?: (sourceId: number) => string | null): void {
  target.protocol.handle(APP_SCHEME, async (request) => {
    try {
      const linked = media ? MEDIA_ROUTE.exec(new URL(request.url).pathname) : null;
      if (linked && media) return mediaResponse(media(Number(linked[1])), request.headers.get('range') ?? undefined);
      return await serveAppRequest(request, rendererRoot);
    } catch (error) {
      console.error('app:// request failed', request.url, error);
      return textResponse(500, 'Internal error');
    }
  });
}

// Denies every permission request and check (camera, microphone, notifications, ...) in a session.
export function guardSessionPermissions(target: Session = session.defaultSession): void {
  target.setPermissionRequestHandler((_contents, permission, callback) => callback(decidePermission(permission)));
  target.setPermissionCheckHandler((_contents, permission) => decidePermission(permission));
  target.setDevicePermissionHandler(() => false);
}

function openExternally(url: string): void {
  if (!isAllowedExternalUrl(url)) return;
  shell.openExternal(url).catch((error: unknown) => console.error('Could not open link', error));
}

const guarded = new WeakSet<WebContents>();

// Applies the navigation, window.open and webview guards to any web contents (once each).
export function guardWebContents(contents: WebContents): void {
  if (guarded.has(contents)) return;
  guarded.add(contents);
  contents.on('will-navigate', (event) => {
    if (isAllowedNavigation(event.url)) return;
    event.preventDefault();
    // a plain https link clicked in the page goes to the system browser instead
    openExternally(event.url);
  });
  contents.on('will-redirect', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.on('will-frame-navigate', (event) => {
    if (!isAllowedNavigation(event.url)) event.preventDefault();
  });
  contents.setWindowOpenHandler(({ url }) => {
    openExternally(url);
    return { action: 'deny' };
  });
  contents.on('will-attach-webview', (event) => event.preventDefault());
}

// Shows a small context menu: spelling suggestions in editable text, and the edit roles.
function attachContextMenu(contents: WebContents): void {
  contents.on('context-menu', (_event, params) => {
    const items: MenuItemConstructorOptions[] = [];
    if (params.isEditable && params.misspelledWord) {
      for (const suggestion of params.dictionarySuggestions.slice(0, 6)) {
        items.push({ label: suggestion, click: () => contents.replaceMisspelling(suggestion) });
      }
      if (items.length === 0) items.push({ label: 'No suggestions', enabled: false });
      items.push({
        label: 'Add to dictionary',
        click: () => contents.session.addWordToSpellCheckerDictionary(params.misspelledWord),
      });
      items.push({ type: 'separator' });
    }
    if (params.isEditable) {
      items.push({ role: 'cut', enabled: params.editFlags.canCut }, { role: 'copy', enabled: params.editFlags.canCopy });
      items.push({ role: 'paste', enabled: params.editFlags.canPaste }, { role: 'selectAll' });
    } else if (params.selectionText.trim() !== '') {
      items.push({ role: 'copy' });
    }
    if (items.length > 0) Menu.buildFromTemplate(items).popup();
  });
}

// Asks before the window closes or reloads while the page says long work runs (an import,
// an export): the page then refuses to unload (renderer/hooks/use-leave-guard.ts), which
// Electron would otherwise obey silently. "Close anyway" lets it unload; the page cancels
// its jobs as it goes, so what finished stays.
function askBeforeLeavingWork(win: BrowserWindow): void {
  win.webContents.on('will-prevent-unload', (event) => {
    const choice = dialog.showMessageBoxSync(win, {
      type: 'question',
      buttons: ['Keep working', 'Close anyway'],
      defaultId: 0,
      cancelId: 0,
      noLink: true,
      title: 'Activity Lens is still working',
      message: 'An import or export is still running.',
      detail: 'Closing or reloading now cancels it. What has finished is kept: files already imported stay in the project; the rest are not imported.',
    });
    // preventing the refusal lets the window close (or reload) after all
    if (choice === 1) event.preventDefault();
  });
}

// Creates the main window with the hardened preferences and loads app://activity-lens/.
export function createMainWindow(options: MainWindowOptions): BrowserWindow {
  const webPreferences: WebPreferences = buildWebPreferences(options.preloadPath, options.devTools);
  const win = new BrowserWindow({
    title: 'Activity Lens',
    width: 1280,
    height: 840,
    minWidth: 900,
    minHeight: 600,
    show: false,
    backgroundColor: '#ffffff',
    webPreferences,
  });
  guardWebContents(win.webContents);
  attachContextMenu(win.webContents);
  askBeforeLeavingWork(win);
  win.once('ready-to-show', () => win.show());
  win.loadURL(APP_ENTRY_URL).catch((error: unknown) => console.error('Could not load the app', error));
  return win;
}
