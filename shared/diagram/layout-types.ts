// The laid-out diagram: where every component, line, arrow, tension and text goes.
import type { DiagramComponentKind, DiagramGeneration, TensionLevel } from '../model/diagrams.ts';
import type { Point, Rect, Segment, Shape } from './geometry.ts';
import type { LabelBlock, LabelLine } from './label-block.ts';

export interface LayoutNode {
  id: number;
  kind: DiagramComponentKind;
  // index of the system (triangle) it belongs to; null for the shared object
  systemIndex: number | null;
  center: Point;
  // where the label's text is drawn (padding included)
  textBox: Rect;
  // where lines stop: the text box, or the oval around an object
  shape: Shape;
  // the oval is drawn
  outlined: boolean;
  block: LabelBlock;
}

export interface LayoutEdge {
  from: number;
  to: number;
  // the line cut at both components' borders
  segment: Segment;
  // drawn as an arrow pointing at `to`
  arrow: boolean;
}

export interface LayoutTension {
  id: number;
  from: number;
  to: number | null;
  level: TensionLevel;
  // the jagged line's corner points (empty for a primary contradiction)
  path: Point[];
  label: { lines: LabelLine[]; box: Rect } | null;
}

export interface LayoutText {
  text: string;
  // the line's box: x is its centre, top its top
  x: number;
  top: number;
  size: number;
  weight: 'regular' | 'bold';
  color: string;
  role: 'title' | 'subtitle' | 'system' | 'caption';
}

export interface DiagramLayout {
  generation: DiagramGeneration;
  width: number;
  height: number;
  nodes: LayoutNode[];
  edges: LayoutEdge[];
  tensions: LayoutTension[];
  texts: LayoutText[];
}

// How to lay a diagram out (the screen uses the defaults; a printed figure may not).
export interface LayoutOptions {
  // how wide a component's text may run before it wraps, in drawing units
  wrapWidth?: number;
  // first generation: triangles per row (all in one row when not given)
  perRow?: number;
  // how much taller than usual each system is drawn (1 = Engeström's proportions)
  stretch?: number;
  // draw the title above the drawing (a Word figure carries it in its caption instead)
  title?: boolean;
  // draw the caption below the drawing
  caption?: boolean;
  // the white space around the drawing (a printed figure needs little)
  margin?: number;
}
