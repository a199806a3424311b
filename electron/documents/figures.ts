// Diagrams as figures of a Word report, drawn by issue 6's diagram module (the same SVG
// the screen shows, as PNG at 300 dpi); the report embeds the PNG and the SVG (whose
// text the leak check reads) with the diagram's description as alt text.
import { ApiError } from '../../shared/errors.ts';
import type { Store } from '../db/store.ts';
import { diagramFigure } from '../diagrams/png.ts';
import type { DiagramFigure } from './extracts-docx.ts';

// Renders the chosen diagrams as figures, in the order given.
export function diagramFigures(store: Store, diagramIds: readonly number[]): DiagramFigure[] {
  return diagramIds.map((id) => {
    const exists = store.db.prepare('SELECT 1 FROM diagrams WHERE id = ?').get(id);
    if (!exists) throw new ApiError('NOT_FOUND', 'A diagram chosen for the report no longer exists.');
    const figure = diagramFigure(store, id);
    return {
      png: new Uint8Array(figure.png),
      svg: figure.svg,
      widthPx: figure.widthPx,
      heightPx: figure.heightPx,
      title: figure.title,
      caption: figure.caption,
      description: figure.description,
    };
  });
}
