// The native application menu. Every app-specific item sends {type:'menu', command}
// to the renderer, which runs it through the contract (so Undo/Redo reach the
// project's undo log, not just the focused text field).
import type { MenuItemConstructorOptions } from 'electron';
import type { MenuCommand } from '../../shared/api.ts';

export interface AppMenuOptions {
  appName: string;
  isMac: boolean;
  // reload and developer tools are offered only when not packaged
  isPackaged: boolean;
  send(command: MenuCommand): void;
}

// The eight screens and their Ctrl/Cmd+1..8 shortcuts, in menu order.
export const SCREEN_MENU_ITEMS: ReadonlyArray<{ label: string; command: MenuCommand }> = [
  { label: 'Sources', command: 'navigate-sources' },
  { label: 'Cases', command: 'navigate-cases' },
  { label: 'Codebook', command: 'navigate-codebook' },
  { label: 'Queries', command: 'navigate-queries' },
  { label: 'Diagrams', command: 'navigate-diagrams' },
  { label: 'Contradictions', command: 'navigate-contradictions' },
  { label: 'Exports', command: 'navigate-exports' },
  { label: 'Team', command: 'navigate-team' },
];

// Builds the menu template for Menu.buildFromTemplate.
export function buildMenuTemplate(options: AppMenuOptions): MenuItemConstructorOptions[] {
  const item = (label: string, command: MenuCommand, accelerator?: string): MenuItemConstructorOptions =>
    accelerator === undefined ? { label, click: () => options.send(command) } : { label, accelerator, click: () => options.send(command) };

  const appMenu: MenuItemConstructorOptions[] = options.isMac
    ? [
        {
          label: options.appName,
          submenu: [{ role: 'about' }, { type: 'separator' }, { role: 'services' }, { type: 'separator' }, { role: 'hide' }, { role: 'hideOthers' }, { role: 'unhide' }, { type: 'separator' }, { role: 'quit' }],
        },
      ]
    : [];

  const file: MenuItemConstructorOptions = {
    label: 'File',
    submenu: [
      item('New project...', 'new-project', 'CmdOrCtrl+N'),
      item('Open project...', 'open-project', 'CmdOrCtrl+O'),
      item('Open demo project', 'open-demo'),
      item('Close project', 'close-project', 'CmdOrCtrl+Shift+W'),
      { type: 'separator' },
      item('Save a copy as...', 'save-copy', 'CmdOrCtrl+Shift+S'),
      item('Take a snapshot...', 'snapshot'),
      item('Backups...', 'backups'),
      { type: 'separator' },
      item('Encrypt project...', 'encrypt-project'),
      item('Change passphrase...', 'change-passphrase'),
      item('Remove encryption...', 'decrypt-project'),
      { type: 'separator' },
      item('Import sources...', 'import-sources', 'CmdOrCtrl+I'),
      ...(options.isMac ? [] : [{ type: 'separator' } as const, { role: 'quit' } as const]),
    ],
  };

  const edit: MenuItemConstructorOptions = {
    label: 'Edit',
    submenu: [
      item('Undo', 'undo', 'CmdOrCtrl+Z'),
      item('Redo', 'redo', 'CmdOrCtrl+Shift+Z'),
      { type: 'separator' },
      { role: 'cut' },
      { role: 'copy' },
      { role: 'paste' },
      { role: 'selectAll' },
    ],
  };

  const developer: MenuItemConstructorOptions[] = options.isPackaged
    ? []
    : [{ type: 'separator' }, { role: 'reload' }, { role: 'forceReload' }, { role: 'toggleDevTools' }];

  const view: MenuItemConstructorOptions = {
    label: 'View',
    submenu: [
      ...SCREEN_MENU_ITEMS.map((screen, index) => item(screen.label, screen.command, `CmdOrCtrl+${index + 1}`)),
      { type: 'separator' },
      { role: 'resetZoom' },
      { role: 'zoomIn' },
      { role: 'zoomOut' },
      { type: 'separator' },
      { role: 'togglefullscreen' },
      ...developer,
    ],
  };

  const windowMenu: MenuItemConstructorOptions[] = options.isMac ? [{ role: 'windowMenu' }] : [];
  const help: MenuItemConstructorOptions = { label: 'Help', role: 'help', submenu: [{ role: 'about', label: `About ${options.appName}` }] };

  return [...appMenu, file, edit, view, ...windowMenu, help];
}
