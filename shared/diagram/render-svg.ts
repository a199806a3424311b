// Turns a diagram into one SVG string: presentation attributes only (no <style>, so the
// app's CSP and resvg draw it alike), every word in a text node, <title> and <desc>.
import { describeDiagram, describeTitle } from './describe.ts';
import { layoutDiagram } from './diagram-layout.ts';
import type { DiagramSpec } from './diagram-spec.ts';
import { boltPolygon } from './jagged-path.ts';
import type { Point } from './geometry.ts';
import { baselineOffset, lineHeight } from './label-block.ts';
import type { DiagramLayout, LayoutEdge, LayoutNode, LayoutOptions, LayoutTension, LayoutText } from './layout-types.ts';
import { STYLE } from './style.ts';
import { DIAGRAM_FONT_FAMILY } from './text-metrics.ts';

export interface SvgOptions {
  // adds data-* attributes and invisible hit areas the renderer attaches interaction to
  interactive?: boolean;
  // makes the ids of <title> and <desc> unique when several diagrams share a page
  idPrefix?: string;
  // how to lay it out (a printed figure may wrap narrower, put triangles in rows, leave out its title)
  layout?: LayoutOptions;
}

export interface RenderedDiagram {
  svg: string;
  layout: DiagramLayout;
  width: number;
  height: number;
}

// Escapes text for an XML text node or attribute.
export function escapeXml(text: string): string {
  return text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/"/g, '&quot;').replace(/'/g, '&apos;');
}

function n(value: number): string {
  return String(Math.round(value * 100) / 100);
}

function points(list: readonly Point[]): string {
  return list.map((p) => `${n(p.x)},${n(p.y)}`).join(' ');
}

function textEl(text: string, x: number, top: number, size: number, weight: 'regular' | 'bold', color: string, anchor: 'middle' | 'start' = 'middle'): string {
  const y = top + baselineOffset(size, weight);
  const bold = weight === 'bold' ? ' font-weight="bold"' : '';
  return `<text x="${n(x)}" y="${n(y)}" font-size="${size}"${bold} fill="${color}" text-anchor="${anchor}">${escapeXml(text)}</text>`;
}

function lineEl(e: LayoutEdge): string {
  return `<line x1="${n(e.segment.a.x)}" y1="${n(e.segment.a.y)}" x2="${n(e.segment.b.x)}" y2="${n(e.segment.b.y)}"/>`;
}

function arrowEl(e: LayoutEdge): string {
  const { a, b } = e.segment;
  const length = Math.hypot(b.x - a.x, b.y - a.y) || 1;
  const ux = (b.x - a.x) / length;
  const uy = (b.y - a.y) / length;
  const head = 11;
  const wing = 5;
  const base = { x: b.x - ux * head, y: b.y - uy * head };
  const left = { x: base.x - uy * wing, y: base.y + ux * wing };
  const right = { x: base.x + uy * wing, y: base.y - ux * wing };
  return `<line x1="${n(a.x)}" y1="${n(a.y)}" x2="${n(base.x)}" y2="${n(base.y)}"/><polygon points="${points([b, left, right])}" fill="${STYLE.colors.line}" stroke="none"/>`;
}

function nodeEl(node: LayoutNode, interactive: boolean): string {
  const parts: string[] = [];
  const attrs = interactive ? ` data-component-id="${node.id}" data-kind="${node.kind}"${node.systemIndex === null ? '' : ` data-system="${node.systemIndex}"`}` : '';
  const box = node.textBox;
  if (node.outlined && node.shape.kind === 'ellipse') {
    const s = node.shape;
    parts.push(`<ellipse cx="${n(s.cx)}" cy="${n(s.cy)}" rx="${n(s.rx)}" ry="${n(s.ry)}" fill="${STYLE.colors.objectFill}" stroke="${STYLE.colors.line}" stroke-width="${STYLE.lineWidth}"/>`);
  }
  if (interactive) parts.push(`<rect class="al-hit" x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="3" fill="#ffffff" fill-opacity="0"/>`);
  let top = box.y + STYLE.padding;
  const primaries = new Map<number, string[]>();
  node.block.lines.forEach((line, index) => {
    let x = node.center.x;
    if (index === 0 && node.block.marked) {
      const markSpace = STYLE.markWidth + STYLE.markGap;
      x += markSpace / 2;
      const left = x - line.width / 2 - markSpace;
      const height = lineHeight(line.size) - 2;
      parts.push(`<polygon class="al-mark" points="${points(boltPolygon(left, top + 1, STYLE.markWidth, height))}" fill="${STYLE.colors.tension}" stroke="none"/>`);
    }
    const el = textEl(line.text, x, top, line.size, line.weight, line.color);
    if (line.tensionId !== null) {
      const list = primaries.get(line.tensionId) ?? [];
      list.push(el);
      primaries.set(line.tensionId, list);
    } else parts.push(el);
    top += lineHeight(line.size);
  });
  for (const [id, els] of primaries) parts.push(`<g class="al-primary"${interactive ? ` data-tension-id="${id}"` : ''}>${els.join('')}</g>`);
  return `<g class="al-component"${attrs}>${parts.join('')}</g>`;
}

function tensionEl(t: LayoutTension, interactive: boolean): string {
  if (t.path.length === 0) return '';
  const parts: string[] = [];
  const attrs = interactive ? ` data-tension-id="${t.id}" data-level="${t.level}"` : '';
  if (interactive) parts.push(`<polyline class="al-hit" points="${points(t.path)}" fill="none" stroke="#ffffff" stroke-opacity="0" stroke-width="16"/>`);
  parts.push(`<polyline class="al-bolt" points="${points(t.path)}" fill="none" stroke="${STYLE.colors.tension}" stroke-width="${STYLE.tensionWidth}" stroke-linejoin="miter" stroke-linecap="round"/>`);
  if (t.label) {
    const box = t.label.box;
    parts.push(`<rect x="${n(box.x)}" y="${n(box.y)}" width="${n(box.width)}" height="${n(box.height)}" rx="3" fill="${STYLE.colors.labelBackground}" fill-opacity="0.9" stroke="${STYLE.colors.tension}" stroke-width="0.8"/>`);
    let top = box.y + STYLE.padding;
    for (const line of t.label.lines) {
      parts.push(textEl(line.text, box.x + box.width / 2, top, line.size, line.weight, line.color));
      top += lineHeight(line.size);
    }
  }
  return `<g class="al-tension"${attrs}>${parts.join('')}</g>`;
}

function freeTextEl(t: LayoutText): string {
  return textEl(t.text, t.x, t.top, t.size, t.weight, t.color);
}

function safeId(prefix: string): string {
  return prefix.replace(/[^A-Za-z0-9_-]/g, '') || 'diagram';
}

// Draws a diagram as an SVG document (the same string on screen, in PNG and in Word).
export function renderDiagramSvg(spec: DiagramSpec, options: SvgOptions = {}): RenderedDiagram {
  const layout = layoutDiagram(spec, options.layout);
  const interactive = options.interactive ?? false;
  const id = safeId(options.idPrefix ?? 'diagram');
  const { width, height } = layout;
  const svg = [
    `<svg xmlns="http://www.w3.org/2000/svg" version="1.1" width="${width}" height="${height}" viewBox="0 0 ${width} ${height}" role="img" aria-labelledby="${id}-title ${id}-desc" font-family="${DIAGRAM_FONT_FAMILY}">`,
    `<title id="${id}-title">${escapeXml(describeTitle(spec))}</title>`,
    `<desc id="${id}-desc">${escapeXml(describeDiagram(spec))}</desc>`,
    `<rect class="al-background" x="0" y="0" width="${width}" height="${height}" fill="${STYLE.colors.background}"/>`,
    `<g class="al-lines" fill="none" stroke="${STYLE.colors.line}" stroke-width="${STYLE.lineWidth}" stroke-linecap="round">${layout.edges.filter((e) => !e.arrow).map(lineEl).join('')}</g>`,
    `<g class="al-arrows" fill="none" stroke="${STYLE.colors.line}" stroke-width="${STYLE.lineWidth}" stroke-linecap="round">${layout.edges.filter((e) => e.arrow).map(arrowEl).join('')}</g>`,
    `<g class="al-tensions">${layout.tensions.map((t) => tensionEl(t, interactive)).join('')}</g>`,
    `<g class="al-components">${layout.nodes.map((node) => nodeEl(node, interactive)).join('')}</g>`,
    `<g class="al-texts">${layout.texts.map(freeTextEl).join('')}</g>`,
    '</svg>',
  ].join('\n');
  return { svg, layout, width, height };
}
