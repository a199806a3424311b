// State of the Queries screen that outlives the screen: a researcher who jumps to a
// passage in its source and comes back finds the query and its results as they were.
import { useCallback, useState } from 'react';

const memory = new Map<string, unknown>();

// Like useState, but the value is kept (for this window) under `key` when the component unmounts.
export function useStickyState<T>(key: string, initial: T | (() => T)): [T, (value: T | ((previous: T) => T)) => void] {
  const [value, setValue] = useState<T>(() => {
    if (memory.has(key)) return memory.get(key) as T;
    return typeof initial === 'function' ? (initial as () => T)() : initial;
  });
  const set = useCallback(
    (next: T | ((previous: T) => T)) => {
      setValue((previous) => {
        const resolved = typeof next === 'function' ? (next as (p: T) => T)(previous) : next;
        memory.set(key, resolved);
        return resolved;
      });
    },
    [key],
  );
  return [value, set];
}

// Sets the value a sticky state will start with the next time it mounts (another screen handing the Queries screen a query).
export function presetStickyState(key: string, value: unknown): void {
  memory.set(key, value);
}
