// d3 on top of a diagram's SVG: zoom and pan of the whole drawing, and on each component
// and tension: selection by click or keyboard, and label nudging by drag or Alt+arrows.
import { drag, select, zoom, zoomIdentity } from 'd3';
import type { D3DragEvent, D3ZoomEvent, ZoomBehavior } from 'd3';

export type DiagramTarget = { kind: 'component'; id: number } | { kind: 'tension'; id: number };

export interface ZoomController {
  // true once the researcher zoomed or panned by hand (automatic fitting then stops)
  readonly moved: boolean;
  zoomBy(factor: number): void;
  panBy(dx: number, dy: number): void;
  // fits a drawing of this size into the viewport
  fit(width: number, height: number): void;
  destroy(): void;
}

const MIN_SCALE = 0.2;
const MAX_SCALE = 6;

// Zoom (wheel, pinch, buttons, keys) and pan (drag on the background) of `layer` inside `viewport`.
export function attachZoom(viewport: SVGSVGElement, layer: SVGGElement): ZoomController {
  let moved = false;
  const behaviour: ZoomBehavior<SVGSVGElement, unknown> = zoom<SVGSVGElement, unknown>()
    .scaleExtent([MIN_SCALE, MAX_SCALE])
    .on('zoom', (event: D3ZoomEvent<SVGSVGElement, unknown>) => {
      // wheel and drag carry the browser's event; programmatic transforms do not
      if (event.sourceEvent) moved = true;
      layer.setAttribute('transform', event.transform.toString());
    });
  const selection = select(viewport);
  selection.call(behaviour).on('dblclick.zoom', null);
  return {
    get moved() {
      return moved;
    },
    zoomBy(factor) {
      moved = true;
      selection.call(behaviour.scaleBy, factor);
    },
    panBy(dx, dy) {
      moved = true;
      selection.call(behaviour.translateBy, dx, dy);
    },
    fit(width, height) {
      const box = viewport.getBoundingClientRect();
      if (box.width === 0 || box.height === 0 || width === 0 || height === 0) return;
      const scale = Math.max(MIN_SCALE, Math.min(MAX_SCALE, Math.min(box.width / width, box.height / height) * 0.96));
      const x = (box.width - width * scale) / 2;
      const y = (box.height - height * scale) / 2;
      moved = false;
      selection.call(behaviour.transform, zoomIdentity.translate(x, y).scale(scale));
    },
    destroy() {
      selection.on('.zoom', null);
    },
  };
}

export interface TargetOptions {
  // a short spoken name for each target ("Community: Mentors, mentees")
  describe(target: DiagramTarget): string;
  onSelect(target: DiagramTarget): void;
  // the label's current nudge; null when labels cannot be moved (read-only)
  nudgeOf(target: DiagramTarget): { x: number; y: number } | null;
  onNudge(target: DiagramTarget, x: number, y: number): void;
}

function targetOf(element: Element): DiagramTarget | null {
  const tension = element.getAttribute('data-tension-id');
  if (tension) return { kind: 'tension', id: Number(tension) };
  const component = element.getAttribute('data-component-id');
  if (component) return { kind: 'component', id: Number(component) };
  return null;
}

// Tells whether an element stands for this target.
export function isTarget(element: Element, target: DiagramTarget | null): boolean {
  const own = targetOf(element);
  return own !== null && target !== null && own.kind === target.kind && own.id === target.id;
}

const KEY_STEP = 4;

// Makes every component and tension of the drawing in `layer` focusable, selectable and
// (unless read-only) draggable; returns how to mark the selection.
export function attachTargets(layer: SVGGElement, options: TargetOptions): { markSelected(target: DiagramTarget | null): void } {
  const elements = [...layer.querySelectorAll<SVGGElement>('[data-component-id], [data-tension-id]')];
  for (const element of elements) {
    const target = targetOf(element);
    if (!target) continue;
    element.addEventListener('click', (event) => {
      event.stopPropagation();
      options.onSelect(target);
    });
    // a primary contradiction's lines sit inside its component: clickable, but not a
    // second button inside a button (the keyboard reaches it through the outline list)
    if (element.classList.contains('al-primary')) continue;
    element.setAttribute('tabindex', '0');
    element.setAttribute('role', 'button');
    element.setAttribute('aria-label', options.describe(target));
    element.setAttribute('aria-pressed', 'false');
    element.addEventListener('keydown', (event) => {
      if (event.key === 'Enter' || event.key === ' ') {
        event.preventDefault();
        event.stopPropagation();
        options.onSelect(target);
        return;
      }
      const arrows: Record<string, [number, number]> = { ArrowLeft: [-1, 0], ArrowRight: [1, 0], ArrowUp: [0, -1], ArrowDown: [0, 1] };
      const step = arrows[event.key];
      const nudge = options.nudgeOf(target);
      if (step && event.altKey && nudge) {
        event.preventDefault();
        event.stopPropagation();
        const size = event.shiftKey ? KEY_STEP * 4 : KEY_STEP;
        options.onNudge(target, nudge.x + step[0] * size, nudge.y + step[1] * size);
      }
    });
    if (options.nudgeOf(target) !== null) {
      let moved = { x: 0, y: 0 };
      const behaviour = drag<SVGGElement, unknown>()
        .clickDistance(4)
        .on('start', () => {
          moved = { x: 0, y: 0 };
        })
        .on('drag', (event: D3DragEvent<SVGGElement, unknown, unknown>) => {
          moved = { x: moved.x + event.dx, y: moved.y + event.dy };
          element.setAttribute('transform', `translate(${moved.x},${moved.y})`);
        })
        .on('end', () => {
          const nudge = options.nudgeOf(target);
          if (!nudge || Math.hypot(moved.x, moved.y) < 2) {
            element.removeAttribute('transform');
            return;
          }
          options.onNudge(target, nudge.x + moved.x, nudge.y + moved.y);
        });
      select(element).call(behaviour);
    }
  }
  return {
    markSelected(selected) {
      for (const element of elements) {
        const on = isTarget(element, selected);
        if (element.hasAttribute('aria-pressed')) element.setAttribute('aria-pressed', on ? 'true' : 'false');
        if (on) element.setAttribute('data-selected', 'true');
        else element.removeAttribute('data-selected');
      }
    },
  };
}
