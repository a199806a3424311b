// The reflowed frame of a narrow window (below about 1000 px): the navigator and the
// Details panel leave the grid; buttons in the top bar show each as an overlay, which
// Escape closes (the focus goes back to its button).
import { useEffect, useRef, useState } from 'react';
import type { KeyboardEvent, ReactNode } from 'react';

export const NAVIGATOR_OVERLAY_ID = 'navigator-overlay';
export const DETAILS_OVERLAY_ID = 'details-overlay';

interface OverlayToggleProps {
  label: string;
  controls: string;
  open: boolean;
  onToggle(): void;
}

// A top-bar button that shows or hides one overlay.
export function OverlayToggle({ label, controls, open, onToggle }: OverlayToggleProps) {
  return (
    <button type="button" className="small overlay-toggle" id={`${controls}-toggle`} aria-expanded={open} aria-controls={controls} onClick={onToggle}>
      {label}
    </button>
  );
}

interface OverlayProps {
  id: string;
  side: 'left' | 'right';
  onClose(): void;
  children: ReactNode;
}

// A panel over the work area; it takes the focus when it opens (its current item, or its first control) and Escape closes it.
export function Overlay({ id, side, onClose, children }: OverlayProps) {
  const box = useRef<HTMLDivElement>(null);
  useEffect(() => {
    const el = box.current;
    const first = el?.querySelector<HTMLElement>('[aria-current="page"]') ?? el?.querySelector<HTMLElement>('button, [href], input, select, textarea, [tabindex]:not([tabindex="-1"])');
    first?.focus();
  }, []);
  function onKeyDown(e: KeyboardEvent<HTMLDivElement>) {
    if (e.key !== 'Escape') return;
    e.preventDefault();
    e.stopPropagation();
    onClose();
  }
  return (
    <div ref={box} id={id} className={`frame-overlay frame-overlay-${side}`} onKeyDown={onKeyDown}>
      {children}
    </div>
  );
}

export type FrameOverlay = 'navigator' | 'details';

export interface FrameOverlays {
  // the overlay shown (never one while the window is wide)
  shown: FrameOverlay | null;
  toggle(which: FrameOverlay): void;
  // closes the overlay; with returnFocus, its top-bar button takes the focus
  close(returnFocus?: boolean): void;
}

// Which overlay of the narrow frame is open.
export function useFrameOverlays(narrow: boolean): FrameOverlays {
  const [shown, setShown] = useState<FrameOverlay | null>(null);
  return {
    shown: narrow ? shown : null,
    toggle: (which) => setShown(shown === which ? null : which),
    close: (returnFocus = false) => {
      const id = shown === 'navigator' ? NAVIGATOR_OVERLAY_ID : DETAILS_OVERLAY_ID;
      setShown(null);
      if (returnFocus) document.getElementById(`${id}-toggle`)?.focus();
    },
  };
}

// The top-bar buttons of a narrow window: Screens before the File menu, Details (where the screen has the panel) at the end.
export function overlayToggles(overlays: FrameOverlays, withDetails: boolean): { leading: ReactNode; trailing: ReactNode } {
  return {
    leading: <OverlayToggle label="Screens" controls={NAVIGATOR_OVERLAY_ID} open={overlays.shown === 'navigator'} onToggle={() => overlays.toggle('navigator')} />,
    trailing: withDetails ? <OverlayToggle label="Details" controls={DETAILS_OVERLAY_ID} open={overlays.shown === 'details'} onToggle={() => overlays.toggle('details')} /> : null,
  };
}
