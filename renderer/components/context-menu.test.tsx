// The context menu: arrows, Home/End and Enter choose an action, Escape closes and gives the
// focus back, and the menu stays inside the window.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { placeInside } from './context-menu.tsx';
import { useContextMenu } from '../hooks/use-context-menu.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function Area({ chosen }: { chosen: (label: string) => void }) {
  const menu = useContextMenu();
  const props = menu.triggerProps('Test', () => [
    { label: 'First', onSelect: () => chosen('First') },
    { label: 'Off', disabled: true, onSelect: () => chosen('Off') },
    { label: 'Last', onSelect: () => chosen('Last') },
  ]);
  return (
    <>
      <button type="button" {...props}>
        Area
      </button>
      {menu.menu}
    </>
  );
}

function render(chosen: (label: string) => void): HTMLButtonElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(<Area chosen={chosen} />));
  const button = host.querySelector('button');
  if (!button) throw new Error('no button');
  return button;
}

function key(target: Element, k: string, shiftKey = false) {
  act(() => {
    target.dispatchEvent(new KeyboardEvent('keydown', { key: k, shiftKey, bubbles: true }));
  });
}

describe('the context menu', () => {
  it('opens on Shift+F10, skips disabled items with the arrows and runs the chosen one with Enter', () => {
    const chosen = vi.fn();
    const button = render(chosen);
    button.focus();
    key(button, 'F10', true);
    const items = [...document.querySelectorAll('[role="menuitem"]')];
    expect(items.map((i) => i.textContent)).toEqual(['First', 'Off', 'Last']);
    expect(document.activeElement).toBe(items[0]);
    key(items[0] as Element, 'ArrowDown');
    expect(document.activeElement).toBe(items[2]);
    key(items[2] as Element, 'Home');
    expect(document.activeElement).toBe(items[0]);
    key(items[0] as Element, 'End');
    key(items[2] as Element, 'Enter');
    expect(chosen).toHaveBeenCalledWith('Last');
    expect(document.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(button);
  });

  it('opens on a right-click and closes on Escape, giving the focus back', () => {
    const chosen = vi.fn();
    const button = render(chosen);
    button.focus();
    act(() => {
      button.dispatchEvent(new MouseEvent('contextmenu', { bubbles: true, cancelable: true, clientX: 10, clientY: 10 }));
    });
    const menu = document.querySelector('[role="menu"]');
    expect(menu).not.toBeNull();
    key(document.activeElement ?? document.body, 'Escape');
    expect(document.querySelector('[role="menu"]')).toBeNull();
    expect(document.activeElement).toBe(button);
    expect(chosen).not.toHaveBeenCalled();
  });

  it('moves a menu that would cross the window edge back inside', () => {
    expect(placeInside(100, 100, 200, 150, 1280, 720)).toEqual({ left: 100, top: 100 });
    expect(placeInside(1200, 650, 200, 150, 1280, 720)).toEqual({ left: 1076, top: 566 });
  });
});
