// The native menu's template: every app item sends a contract menu command.
import type { MenuItemConstructorOptions } from 'electron';
import { describe, expect, it } from 'vitest';
import { MENU_COMMANDS } from '../../shared/api.ts';
import type { MenuCommand } from '../../shared/api.ts';
import { buildMenuTemplate } from './menu.ts';

function flatten(items: MenuItemConstructorOptions[]): MenuItemConstructorOptions[] {
  return items.flatMap((item) => [item, ...(Array.isArray(item.submenu) ? flatten(item.submenu) : [])]);
}

function build(isMac: boolean, isPackaged: boolean) {
  const sent: MenuCommand[] = [];
  const items = flatten(buildMenuTemplate({ appName: 'Activity Lens', isMac, isPackaged, send: (c) => sent.push(c) }));
  // a click handler's arguments are unused by our items
  const click = (item: MenuItemConstructorOptions) => (item.click as () => void)();
  return { items, sent, click };
}

describe('buildMenuTemplate', () => {
  it('sends every menu command of the contract, each from one item', () => {
    const { items, sent, click } = build(false, true);
    items.filter((item) => item.click).forEach(click);
    expect([...sent].sort()).toEqual([...MENU_COMMANDS].sort());
  });

  it('sends undo and redo to the project, with the usual shortcuts', () => {
    const { items, sent, click } = build(false, true);
    const undo = items.find((item) => item.label === 'Undo');
    const redo = items.find((item) => item.label === 'Redo');
    expect(undo?.role).toBeUndefined();
    expect(undo?.accelerator).toBe('CmdOrCtrl+Z');
    expect(redo?.accelerator).toBe('CmdOrCtrl+Shift+Z');
    if (undo) click(undo);
    if (redo) click(redo);
    expect(sent).toEqual(['undo', 'redo']);
  });

  it('keeps the clipboard roles in Edit', () => {
    const roles = build(false, true).items.map((item) => item.role);
    expect(roles).toEqual(expect.arrayContaining(['cut', 'copy', 'paste', 'selectAll']));
  });

  it('navigates to the eight screens with Ctrl/Cmd+1..8', () => {
    const { items, sent, click } = build(false, true);
    const screens = items.filter((item) => /^CmdOrCtrl\+[1-8]$/.test(String(item.accelerator)));
    expect(screens.map((item) => item.accelerator)).toEqual(['1', '2', '3', '4', '5', '6', '7', '8'].map((n) => `CmdOrCtrl+${n}`));
    screens.forEach(click);
    expect(sent).toEqual(['navigate-sources', 'navigate-cases', 'navigate-codebook', 'navigate-queries', 'navigate-diagrams', 'navigate-contradictions', 'navigate-exports', 'navigate-team']);
  });

  it('offers reload and developer tools only when not packaged', () => {
    const devRoles = ['reload', 'forceReload', 'toggleDevTools'];
    expect(build(false, true).items.filter((item) => devRoles.includes(String(item.role)))).toEqual([]);
    expect(build(false, false).items.filter((item) => devRoles.includes(String(item.role)))).toHaveLength(3);
  });

  it('puts Quit in File except on macOS, where the app menu has it', () => {
    const quitCount = (isMac: boolean) => build(isMac, true).items.filter((item) => item.role === 'quit').length;
    expect(quitCount(false)).toBe(1);
    expect(quitCount(true)).toBe(1);
    expect(buildMenuTemplate({ appName: 'Activity Lens', isMac: true, isPackaged: true, send: () => undefined })[0]?.label).toBe('Activity Lens');
  });

  it('has an About item in Help', () => {
    const help = buildMenuTemplate({ appName: 'Activity Lens', isMac: false, isPackaged: true, send: () => undefined }).find((m) => m.label === 'Help');
    expect(Array.isArray(help?.submenu) ? help.submenu.map((i) => i.role) : []).toContain('about');
  });
});
