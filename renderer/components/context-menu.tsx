// A context menu (right-click, Shift+F10 or the ContextMenu key): a list of actions at a point,
// used with the keyboard as a menu is (arrows, Home, End, Enter, Escape), closed by a click
// outside it or a scroll, kept inside the window, and giving the focus back where it was.
import { useEffect, useLayoutEffect, useRef, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { createPortal } from 'react-dom';

// One action of a context menu.
export interface ContextMenuItem {
  label: string;
  onSelect(): void;
  disabled?: boolean;
  // the key that does the same, shown beside the label
  shortcut?: string;
}

export interface ContextMenuProps {
  label: string;
  items: readonly ContextMenuItem[];
  x: number;
  y: number;
  onClose(): void;
}

// The position that keeps a box of this size inside the window.
export function placeInside(x: number, y: number, width: number, height: number, viewWidth: number, viewHeight: number): { left: number; top: number } {
  const left = x + width > viewWidth ? Math.max(0, viewWidth - width - 4) : x;
  const top = y + height > viewHeight ? Math.max(0, viewHeight - height - 4) : y;
  return { left, top };
}

// The next enabled item from one index in a direction (wrapping), or the index itself.
function nextEnabled(items: readonly ContextMenuItem[], from: number, step: 1 | -1): number {
  for (let n = 1; n <= items.length; n++) {
    const i = (from + step * n + items.length * n) % items.length;
    if (!items[i]?.disabled) return i;
  }
  return from;
}

// Closes the menu on a press outside it, on any scroll and when the window changes size.
function useCloseOutside(menu: React.RefObject<HTMLElement | null>, onClose: () => void) {
  useEffect(() => {
    const onPointer = (e: PointerEvent) => {
      if (!(e.target instanceof Node) || !menu.current?.contains(e.target)) onClose();
    };
    const onScroll = () => onClose();
    window.addEventListener('pointerdown', onPointer, true);
    // scrolls queued before the menu opened (bringing its trigger into view) arrive with the next frame: listen after it
    const listen = requestAnimationFrame(() => window.addEventListener('scroll', onScroll, true));
    window.addEventListener('blur', onScroll);
    window.addEventListener('resize', onScroll);
    return () => {
      cancelAnimationFrame(listen);
      window.removeEventListener('pointerdown', onPointer, true);
      window.removeEventListener('scroll', onScroll, true);
      window.removeEventListener('blur', onScroll);
      window.removeEventListener('resize', onScroll);
    };
  }, [menu, onClose]);
}

// The menu itself, shown over everything at (x, y).
export function ContextMenu({ label, items, x, y, onClose }: ContextMenuProps) {
  const menu = useRef<HTMLDivElement>(null);
  const [active, setActive] = useState(() => nextEnabled(items, -1, 1));
  const [place, setPlace] = useState({ left: x, top: y });
  useCloseOutside(menu, onClose);
  useLayoutEffect(() => {
    const el = menu.current;
    if (!el) return;
    setPlace(placeInside(x, y, el.offsetWidth, el.offsetHeight, window.innerWidth, window.innerHeight));
  }, [x, y]);
  useEffect(() => {
    menu.current?.querySelectorAll<HTMLElement>('[role="menuitem"]')[active]?.focus({ preventScroll: true });
  }, [active]);
  const choose = (item: ContextMenuItem | undefined) => {
    if (!item || item.disabled) return;
    onClose();
    item.onSelect();
  };
  const onKeyDown = (e: KeyboardEvent) => {
    const moves: Record<string, number> = {
      ArrowDown: nextEnabled(items, active, 1),
      ArrowUp: nextEnabled(items, active, -1),
      Home: nextEnabled(items, -1, 1),
      End: nextEnabled(items, items.length, -1),
    };
    const move = moves[e.key];
    if (move !== undefined) setActive(move);
    else if (e.key === 'Enter' || e.key === ' ') choose(items[active]);
    else if (e.key === 'Escape' || e.key === 'Tab') onClose();
    else return;
    e.preventDefault();
    e.stopPropagation();
  };
  return createPortal(
    <div ref={menu} className="context-menu" role="menu" aria-label={label} style={place} onKeyDown={onKeyDown} onContextMenu={(e) => e.preventDefault()}>
      {items.map((item, i) => (
        <div
          key={item.label}
          role="menuitem"
          tabIndex={i === active ? 0 : -1}
          aria-disabled={item.disabled ? true : undefined}
          className="context-menu-item"
          onPointerEnter={() => !item.disabled && setActive(i)}
          onClick={() => choose(item)}
        >
          <span title={item.label}>{item.label}</span>
          {item.shortcut ? <kbd>{item.shortcut}</kbd> : null}
        </div>
      ))}
    </div>,
    document.body,
  );
}
