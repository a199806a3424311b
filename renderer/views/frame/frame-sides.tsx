// The panes beside the work area: the navigator and (on the Sources screen and the coding
// view) the Details panel, with their splitters; in a narrow window each is an overlay
// shown from its top-bar button instead.
import { Splitter } from '../../components/splitter.tsx';
import { Inspector } from './inspector.tsx';
import { DETAILS_OVERLAY_ID, NAVIGATOR_OVERLAY_ID, Overlay } from './narrow-layout.tsx';
import type { FrameOverlays } from './narrow-layout.tsx';
import { Navigator } from './navigator.tsx';
import type { ScreenId } from './screens.ts';

// The widths the navigator and the Details panel start at and can be dragged to (CSS px).
export const NAVIGATOR_WIDTH = { usual: 200, min: 150, max: 360 };
export const DETAILS_WIDTH = { usual: 300, min: 220, max: 560 };

interface PaneSize {
  width: number;
  onResize(width: number): void;
}

export interface FrameSidesProps {
  screen: ScreenId;
  onNavigate(target: ScreenId): void;
  navigator: PaneSize;
  details: PaneSize & { open: boolean; onToggle(): void; sourceId: number | null };
  // set in a narrow window
  overlays: FrameOverlays | null;
}

// Renders the navigator and the Details panel, in the grid or as overlays.
export function FrameSides({ screen, onNavigate, navigator, details, overlays }: FrameSidesProps) {
  const showDetails = screen === 'sources';
  if (overlays) {
    return (
      <>
        {overlays.shown === 'navigator' ? (
          <Overlay id={NAVIGATOR_OVERLAY_ID} side="left" onClose={() => overlays.close(true)}>
            <Navigator
              active={screen}
              onNavigate={(target) => {
                overlays.close();
                onNavigate(target);
              }}
            />
          </Overlay>
        ) : null}
        {showDetails && overlays.shown === 'details' ? (
          <Overlay id={DETAILS_OVERLAY_ID} side="right" onClose={() => overlays.close(true)}>
            <Inspector sourceId={details.sourceId} open onToggle={() => overlays.close(true)} />
          </Overlay>
        ) : null}
      </>
    );
  }
  return (
    <>
      <Navigator active={screen} onNavigate={onNavigate} />
      <Splitter className="splitter-navigator" label="Resize the navigator" pane="left" width={navigator.width} {...NAVIGATOR_WIDTH} onResize={navigator.onResize} />
      {showDetails && details.open ? <Splitter className="splitter-inspector" label="Resize the Details panel" pane="right" width={details.width} {...DETAILS_WIDTH} onResize={details.onResize} /> : null}
      {showDetails ? <Inspector sourceId={details.sourceId} open={details.open} onToggle={details.onToggle} /> : null}
    </>
  );
}
