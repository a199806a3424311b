// Finds the object Electron's preload exposes as window.activityLens (absent in browser mode).
import type { ActivityLensBridge } from '../electron/app/bridge-types.ts';

export type { ActivityLensBridge } from '../electron/app/bridge-types.ts';

function isBridge(value: unknown): value is ActivityLensBridge {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof ActivityLensBridge, unknown>>;
  return typeof v.call === 'function' && typeof v.onEvent === 'function';
}

// Returns Electron's bridge, or null when the page runs in a plain browser.
export function getBridge(): ActivityLensBridge | null {
  const value: unknown = Reflect.get(window, 'activityLens');
  return isBridge(value) ? value : null;
}
