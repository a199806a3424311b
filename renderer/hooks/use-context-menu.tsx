// Opens a context menu from a right-click, Shift+F10 or the ContextMenu key, and gives the
// focus back to where it was when the menu closes.
import { useCallback, useRef, useState } from 'react';
import type { KeyboardEvent, MouseEvent, ReactNode } from 'react';
import { ContextMenu } from '../components/context-menu.tsx';
import type { ContextMenuItem } from '../components/context-menu.tsx';
import { isTextEntry } from '../views/frame/use-shortcuts.ts';

interface OpenMenu {
  label: string;
  items: readonly ContextMenuItem[];
  x: number;
  y: number;
}

// Whether a key press asks for the context menu.
export function isContextMenuKey(e: { key: string; shiftKey: boolean }): boolean {
  return e.key === 'ContextMenu' || (e.key === 'F10' && e.shiftKey);
}

export interface ContextMenuHandle {
  // the menu while it is open
  menu: ReactNode;
  // props for the element the menu belongs to; items() says what it offers now, for the element the event was on (none: no menu)
  triggerProps(label: string, items: (target: EventTarget | null) => readonly ContextMenuItem[]): {
    onContextMenu(e: MouseEvent): void;
    onKeyDown(e: KeyboardEvent): void;
  };
  // opens the menu under an element (a "More actions" button)
  openBelow(element: HTMLElement, label: string, items: readonly ContextMenuItem[]): void;
}

// A context menu for one area of a screen.
export function useContextMenu(): ContextMenuHandle {
  const [open, setOpen] = useState<OpenMenu | null>(null);
  const returnTo = useRef<HTMLElement | null>(null);
  const close = useCallback(() => {
    setOpen(null);
    const back = returnTo.current;
    returnTo.current = null;
    if (back?.isConnected) back.focus({ preventScroll: true });
  }, []);
  const show = (label: string, items: readonly ContextMenuItem[], x: number, y: number) => {
    returnTo.current = document.activeElement instanceof HTMLElement ? document.activeElement : null;
    setOpen({ label, items, x, y });
  };
  const triggerProps: ContextMenuHandle['triggerProps'] = (label, items) => ({
    onContextMenu(e) {
      // a text field keeps the browser's own menu (cut, copy, paste) for the mouse; Shift+F10 still gives this one
      if (isTextEntry(e.target)) return;
      const list = items(e.target);
      if (list.length === 0) return;
      e.preventDefault();
      show(label, list, e.clientX, e.clientY);
    },
    onKeyDown(e) {
      if (!isContextMenuKey(e)) return;
      const list = items(e.target);
      if (list.length === 0) return;
      e.preventDefault();
      const target = e.target instanceof HTMLElement ? e.target.getBoundingClientRect() : null;
      show(label, list, target ? target.left + 16 : 40, target ? target.top + Math.min(target.height, 24) : 40);
    },
  });
  const menu = open ? <ContextMenu label={open.label} items={open.items} x={open.x} y={open.y} onClose={close} /> : null;
  const openBelow: ContextMenuHandle['openBelow'] = (element, label, items) => {
    const box = element.getBoundingClientRect();
    show(label, items, box.left, box.bottom + 2);
  };
  return { menu, triggerProps, openBelow };
}
