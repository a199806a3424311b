// The width of a resizable pane, remembered per project on this computer (not in the
// project file), within its limits; storage that refuses keeps it for the page only.
import { useCallback, useState } from 'react';

export interface PaneLimits {
  usual: number;
  min: number;
  max: number;
}

const storageKey = (projectGuid: string, pane: string) => `activity-lens:${projectGuid}:pane-width:${pane}`;

// The remembered width, if it is a number within the limits.
function readWidth(projectGuid: string, pane: string, limits: PaneLimits): number {
  try {
    const stored = Number(window.localStorage.getItem(storageKey(projectGuid, pane)));
    return Number.isFinite(stored) && stored >= limits.min && stored <= limits.max ? stored : limits.usual;
  } catch {
    return limits.usual;
  }
}

// The width and a setter that remembers it.
export function usePaneWidth(projectGuid: string, pane: string, limits: PaneLimits): [number, (width: number) => void] {
  const [width, setWidth] = useState(() => readWidth(projectGuid, pane, limits));
  const set = useCallback(
    (next: number) => {
      setWidth(next);
      try {
        window.localStorage.setItem(storageKey(projectGuid, pane), String(next));
      } catch {
        // kept for this page only
      }
    },
    [projectGuid, pane],
  );
  return [width, set];
}
