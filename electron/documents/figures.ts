// Diagrams as figures of a Word report, drawn by the diagram module (the same SVG the
// screen shows, as PNG at 300 dpi): each planned so that every label prints at least
// 8 pt (narrower wraps, taller systems, triangles in rows or one per figure, a landscape
// page when a portrait one is too narrow). The report embeds the PNG and the SVG (whose
// text the leak check reads) with the diagram's description as alt text; the title and
// caption go into the Word caption, not the picture.
import { describeDiagram, describeTitle } from '../../shared/diagram/describe.ts';
import { specFromDetail } from '../../shared/diagram/diagram-spec.ts';
import { planFigures } from '../../shared/diagram/print-plan.ts';
import { ApiError } from '../../shared/errors.ts';
import type { TriangleArrangement } from '../../shared/model/diagrams.ts';
import type { Store } from '../db/store.ts';
import { drawPrintFigure } from '../diagrams/png.ts';
import { diagramQueries } from '../diagrams/queries.ts';
import { getDiagram } from '../diagrams/read.ts';
import { figureCaptionWords } from './captions.ts';
import type { Orientation } from './page-layout.ts';
import { FIGURE_FRAMES } from './page-layout.ts';

export interface DiagramFigure {
  // what follows "Figure N: " (the diagram's title, the triangle's name, the researcher's caption)
  caption: string;
  // PNG bytes (always) and the SVG it was drawn from (embedded too when given)
  png: Uint8Array;
  svg?: string;
  // the size it prints at, in points, and the page it needs
  widthPt: number;
  heightPt: number;
  orientation: Orientation;
  // the smallest font size of its labels as printed
  smallestFontPt: number;
  // alt text: the title and the accessible description
  title: string;
  description: string;
}

const ORIENTATIONS: readonly Orientation[] = ['portrait', 'landscape'];
// the picture leaves its title and caption to the Word caption, and needs little white space
const FIGURE_LAYOUT = { title: false, caption: false, margin: 8 } as const;

// Renders the chosen diagrams as figures, in the order given.
export function diagramFigures(store: Store, diagramIds: readonly number[], arrangement: TriangleArrangement = 'fit'): DiagramFigure[] {
  return diagramIds.flatMap((id) => {
    if (!diagramQueries(store).exists.get(id)) throw new ApiError('NOT_FOUND', 'A diagram chosen for the report no longer exists.');
    const spec = specFromDetail(getDiagram(store, id));
    const plans = planFigures(spec, ORIENTATIONS.map((o) => FIGURE_FRAMES[o]), arrangement, FIGURE_LAYOUT);
    return plans.map((plan): DiagramFigure => {
      const drawn = drawPrintFigure(plan.spec, plan.options, plan.widthPt);
      return {
        caption: figureCaptionWords(spec.title, plan.part, spec.caption),
        png: new Uint8Array(drawn.png),
        svg: drawn.svg,
        widthPt: plan.widthPt,
        heightPt: (plan.widthPt * drawn.heightPx) / drawn.widthPx,
        orientation: ORIENTATIONS[plan.frame] ?? 'portrait',
        smallestFontPt: plan.smallestFontPt,
        title: describeTitle(spec),
        description: describeDiagram(plan.spec),
      };
    });
  });
}
