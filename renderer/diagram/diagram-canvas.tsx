// A diagram on screen: the SVG that shared/diagram draws (the same string PNG export
// uses), with d3 zoom, pan, selection and label nudging on top. Keyboard: Tab to a
// component or tension, Enter to select, Alt+arrows to move its label; on the canvas,
// + and - zoom, 0 fits, arrows pan, Escape clears the selection.
import { useEffect, useId, useMemo, useRef } from 'react';
import type { KeyboardEvent, RefObject } from 'react';
import type { DiagramSpec } from '../../shared/diagram/diagram-spec.ts';
import { renderDiagramSvg } from '../../shared/diagram/render-svg.ts';
import { attachTargets, attachZoom, isTarget } from './d3-interaction.ts';
import type { DiagramTarget, ZoomController } from './d3-interaction.ts';
import './diagram-fonts.css';
import './diagram-canvas.css';

export type { DiagramTarget } from './d3-interaction.ts';

export interface DiagramCanvasProps {
  spec: DiagramSpec;
  // names the region ("Diagram: After round 2")
  label: string;
  selected: DiagramTarget | null;
  onSelect?(target: DiagramTarget | null): void;
  // moves a label to an absolute nudge; leave out for a read-only drawing
  onNudge?(target: DiagramTarget, x: number, y: number): void;
  describe(target: DiagramTarget): string;
}

function nudgeIn(spec: DiagramSpec, target: DiagramTarget): { x: number; y: number } | null {
  if (target.kind === 'tension') {
    const t = spec.tensions.find((x) => x.id === target.id);
    return t && t.toId !== null ? { x: t.nudgeX, y: t.nudgeY } : null;
  }
  const c = [...spec.systems.flatMap((s) => s.components), ...(spec.sharedObject ? [spec.sharedObject] : [])].find((x) => x.id === target.id);
  return c ? { x: c.nudgeX, y: c.nudgeY } : null;
}

function focusedTarget(layer: SVGGElement): DiagramTarget | null {
  const active = document.activeElement;
  if (!(active instanceof Element) || !layer.contains(active)) return null;
  const tension = active.getAttribute('data-tension-id');
  if (tension) return { kind: 'tension', id: Number(tension) };
  const component = active.getAttribute('data-component-id');
  return component ? { kind: 'component', id: Number(component) } : null;
}

// The canvas's own keys: + and - zoom, 0 fits, Escape clears the selection, arrows pan (on the canvas itself).
function canvasKey(event: KeyboardEvent<HTMLDivElement>, z: ZoomController | null, size: { width: number; height: number }, clearSelection: (() => void) | null): void {
  if (!z) return;
  const onCanvas = event.target === event.currentTarget;
  if (event.key === '+' || event.key === '=') z.zoomBy(1.25);
  else if (event.key === '-' || event.key === '_') z.zoomBy(0.8);
  else if (event.key === '0') z.fit(size.width, size.height);
  else if (event.key === 'Escape' && clearSelection) clearSelection();
  else if (onCanvas && event.key.startsWith('Arrow')) {
    const step = event.shiftKey ? 120 : 40;
    const moves: Record<string, [number, number]> = { ArrowLeft: [step, 0], ArrowRight: [-step, 0], ArrowUp: [0, step], ArrowDown: [0, -step] };
    const move = moves[event.key];
    if (move) z.panBy(move[0], move[1]);
  } else return;
  event.preventDefault();
}

// The zoom buttons over the drawing.
function ZoomTools({ zoomer, size }: { zoomer: RefObject<ZoomController | null>; size: { width: number; height: number } }) {
  return (
    <div className="diagram-zoom-tools">
      <button type="button" className="small" onClick={() => zoomer.current?.zoomBy(1.25)} aria-label="Zoom in" title="Zoom in (+)">
        +
      </button>
      <button type="button" className="small" onClick={() => zoomer.current?.zoomBy(0.8)} aria-label="Zoom out" title="Zoom out (−)">
        −
      </button>
      <button type="button" className="small" onClick={() => zoomer.current?.fit(size.width, size.height)} title="Fit the diagram in view (0)">
        Fit
      </button>
    </div>
  );
}

// Draws a diagram and lets the researcher zoom, pan, select and nudge labels.
export function DiagramCanvas({ spec, label, selected, onSelect, onNudge, describe }: DiagramCanvasProps) {
  const idPrefix = `diagram-${useId().replace(/[^A-Za-z0-9]/g, '')}`;
  const helpId = `${idPrefix}-help`;
  const viewport = useRef<SVGSVGElement>(null);
  const layer = useRef<SVGGElement>(null);
  const zoomer = useRef<ZoomController | null>(null);
  const marker = useRef<{ markSelected(target: DiagramTarget | null): void } | null>(null);
  const rendered = useMemo(() => renderDiagramSvg(spec, { interactive: true, idPrefix }), [spec, idPrefix]);
  const latest = useRef({ spec, selected, onSelect, onNudge, describe, rendered });
  useEffect(() => {
    latest.current = { spec, selected, onSelect, onNudge, describe, rendered };
  });

  useEffect(() => {
    const svg = viewport.current;
    if (!svg || !layer.current) return;
    const controller = attachZoom(svg, layer.current);
    zoomer.current = controller;
    // keep the whole drawing in view as the box or the drawing changes, until the researcher zooms or pans
    const observer = new ResizeObserver(() => {
      if (!controller.moved) controller.fit(latest.current.rendered.width, latest.current.rendered.height);
    });
    observer.observe(svg);
    return () => {
      observer.disconnect();
      controller.destroy();
    };
  }, []);

  useEffect(() => {
    const g = layer.current;
    if (!g) return;
    const hadFocus = focusedTarget(g);
    g.innerHTML = rendered.svg;
    const inner = g.querySelector('svg');
    // the drawing holds buttons, so it is a group rather than one atomic image
    inner?.setAttribute('role', 'group');
    inner?.setAttribute('aria-roledescription', 'activity-system diagram');
    inner?.setAttribute('aria-labelledby', `${idPrefix}-title`);
    inner?.setAttribute('aria-describedby', `${idPrefix}-desc`);
    marker.current = attachTargets(g, {
      describe: (t) => latest.current.describe(t),
      onSelect: (t) => latest.current.onSelect?.(t),
      nudgeOf: (t) => (latest.current.onNudge ? nudgeIn(latest.current.spec, t) : null),
      onNudge: (t, x, y) => latest.current.onNudge?.(t, x, y),
    });
    marker.current.markSelected(latest.current.selected);
    if (hadFocus) {
      const again = [...g.querySelectorAll<SVGGElement>('[tabindex]')].find((el) => isTarget(el, hadFocus));
      again?.focus();
    }
    if (zoomer.current && !zoomer.current.moved) zoomer.current.fit(rendered.width, rendered.height);
  }, [rendered, idPrefix]);

  useEffect(() => {
    marker.current?.markSelected(selected);
  }, [selected, rendered]);

  return (
    <div className="diagram-canvas" role="region" aria-label={label} aria-describedby={helpId} tabIndex={0} onKeyDown={(event) => canvasKey(event, zoomer.current, rendered, selected ? () => onSelect?.(null) : null)}>
      <svg ref={viewport} className="diagram-viewport" onClick={() => onSelect?.(null)}>
        <g ref={layer} className="diagram-layer" />
      </svg>
      <ZoomTools zoomer={zoomer} size={rendered} />
      <p id={helpId} className="visually-hidden">
        Scroll or press plus and minus to zoom, drag the background or use the arrow keys to pan. Tab to a component or tension and press Enter to select it
        {onNudge ? '; Alt with an arrow key, or dragging, moves its label' : ''}.
      </p>
    </div>
  );
}
