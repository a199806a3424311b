// A yes/no choice of the user's that this computer remembers between sessions (e.g. whether
// the Details panel is shown); storage that refuses (a private window) keeps it for the page.
import { useCallback, useState } from 'react';

const PREFIX = 'activity-lens:';

function readFlag(name: string, fallback: boolean): boolean {
  try {
    const stored = window.localStorage.getItem(PREFIX + name);
    return stored === null ? fallback : stored === 'true';
  } catch {
    return fallback;
  }
}

// The flag and a setter that also remembers it.
export function useRememberedFlag(name: string, fallback: boolean): [boolean, (value: boolean) => void] {
  const [value, setValue] = useState(() => readFlag(name, fallback));
  const set = useCallback(
    (next: boolean) => {
      setValue(next);
      try {
        window.localStorage.setItem(PREFIX + name, String(next));
      } catch {
        // kept for this page only
      }
    },
    [name],
  );
  return [value, set];
}
