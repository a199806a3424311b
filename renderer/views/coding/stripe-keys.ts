// Coding stripes from the keyboard: the focused turn's stripes are one Tab stop (a roving
// tabindex, so the transcript never has hundreds of stops); arrows, Home and End move
// between them in reading order; each is named for screen readers as "Coded at <path> by <coder>".
import { useRef, useState } from 'react';
import type { KeyboardEvent, RefObject } from 'react';

// Where the focus goes from stripe `at` of `count` for a key (null: the key is not a move).
export function stripeKeyMove(key: string, at: number, count: number): number | null {
  if (count === 0) return null;
  if (key === 'ArrowDown' || key === 'ArrowRight') return (at + 1) % count;
  if (key === 'ArrowUp' || key === 'ArrowLeft') return (at - 1 + count) % count;
  if (key === 'Home') return 0;
  if (key === 'End') return count - 1;
  return null;
}

// A stripe's accessible name: its node's path and who coded its passages (initials, alphabetical; none when no coder is known).
export function stripeAccessibleName(path: string, coders: readonly (string | null)[]): string {
  const known = [...new Set(coders.filter((c): c is string => c !== null && c !== ''))].sort((a, b) => a.localeCompare(b));
  if (known.length === 0) return `Coded at ${path}`;
  const last = known.pop();
  return `Coded at ${path} by ${known.length > 0 ? `${known.join(', ')} and ${last}` : last}`;
}

// One stripe of a turn: its lane and which of the lane's stripes.
export interface StripeAt {
  column: number;
  box: number;
}

export interface StripeFocusProps {
  tabIndex: number;
  'data-stripe': string;
  onFocus(): void;
  onBlur(): void;
  onKeyDown(e: KeyboardEvent<HTMLElement>): void;
}

// The roving tabindex over a turn's stripes (in reading order); a focused stripe lights up its text as pointing at it
// does, and Enter or Space selects its references as a click does (onActivate).
export function useStripeFocus(order: readonly StripeAt[], turnFocused: boolean, onHover: (spot: StripeAt | null) => void, onActivate: (spot: StripeAt) => void): { margin: RefObject<HTMLDivElement | null>; focusProps(column: number, box: number): StripeFocusProps } {
  const margin = useRef<HTMLDivElement>(null);
  const [current, setCurrent] = useState(0);
  const stop = Math.min(current, order.length - 1);
  const focusProps = (column: number, box: number): StripeFocusProps => {
    const at = order.findIndex((o) => o.column === column && o.box === box);
    return {
      tabIndex: turnFocused && at === stop ? 0 : -1,
      'data-stripe': `${column}:${box}`,
      onFocus: () => {
        setCurrent(at);
        onHover({ column, box });
      },
      onBlur: () => onHover(null),
      onKeyDown: (e) => {
        if (e.key === 'Enter' || e.key === ' ') {
          e.preventDefault();
          onActivate({ column, box });
          return;
        }
        const next = stripeKeyMove(e.key, at, order.length);
        const to = next === null ? undefined : order[next];
        if (!to) return;
        e.preventDefault();
        e.stopPropagation();
        margin.current?.querySelector<HTMLElement>(`[data-stripe="${to.column}:${to.box}"]`)?.focus();
      },
    };
  };
  return { margin, focusProps };
}
