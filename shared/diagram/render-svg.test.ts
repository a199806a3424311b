import { XMLParser, XMLValidator } from 'fast-xml-parser';
import { describe, expect, it } from 'vitest';
import { allComponents } from './diagram-spec.ts';
import { renderDiagramSvg } from './render-svg.ts';
import { makeSpec } from './test-specs.ts';

// Every string inside a <text> element of the SVG.
function textNodes(svg: string): string[] {
  const out: string[] = [];
  const walk = (value: unknown, inText: boolean): void => {
    if (typeof value === 'string' || typeof value === 'number') {
      if (inText) out.push(String(value));
      return;
    }
    if (Array.isArray(value)) value.forEach((v) => walk(v, inText));
    else if (value && typeof value === 'object') for (const [k, v] of Object.entries(value)) if (!k.startsWith('@_')) walk(v, inText || k === 'text' || k === '#text');
  };
  const parsed: unknown = new XMLParser({ ignoreAttributes: false, processEntities: true }).parse(svg);
  walk((parsed as { svg?: { g?: unknown } }).svg?.g, false);
  return out;
}

describe('the SVG of a diagram', () => {
  const spec = makeSpec(2, (kind) => (kind === 'community' ? 'Mentors & mentees <all>\n"Senior" leaders' : `About ${kind}`));
  const community = spec.systems[0]?.components.find((c) => c.kind === 'community')?.id ?? 0;
  const division = spec.systems[0]?.components.find((c) => c.kind === 'division-of-labour')?.id ?? 0;
  const rules = spec.systems[0]?.components.find((c) => c.kind === 'rules')?.id ?? 0;
  spec.tensions = [
    { id: 1, fromId: community, toId: division, level: 'secondary', label: "Who owns the coaching time?", nudgeX: 0, nudgeY: 0 },
    { id: 2, fromId: rules, toId: null, level: 'primary', label: 'Graded versus developmental', nudgeX: 0, nudgeY: 0 },
  ];

  it('is well-formed XML with a title and a description listing components and tensions', () => {
    const { svg } = renderDiagramSvg(spec, { idPrefix: 'd1' });
    expect(XMLValidator.validate(svg)).toBe(true);
    const parsed = new XMLParser({ ignoreAttributes: false }).parse(svg) as { svg: { title: { '#text': string }; desc: { '#text': string }; '@_aria-labelledby': string } };
    expect(parsed.svg['@_aria-labelledby']).toBe('d1-title d1-desc');
    expect(parsed.svg.title['#text']).toBe('Generation 2');
    const desc = new XMLParser({ processEntities: true, ignoreAttributes: false }).parse(svg).svg.desc['#text'] as string;
    for (const heading of ['Subject', 'Object', 'Outcome', 'Tools and artefacts', 'Rules', 'Community', 'Division of labour']) expect(desc).toContain(`${heading}: `);
    expect(desc).toContain('Community: Mentors & mentees <all>, "Senior" leaders');
    expect(desc).toContain('secondary tension between Community and Division of labour: Who owns the coaching time?');
    expect(desc).toContain('primary tension inside Rules: Graded versus developmental');
    expect(desc).toContain('Perspective: Brokers.');
  });

  it('keeps every visible word in text nodes, escaped', () => {
    const { svg } = renderDiagramSvg(spec);
    expect(svg).not.toContain('<all>');
    expect(svg).toContain('Mentors &amp; mentees &lt;all&gt;');
    const texts = textNodes(svg).join(' ');
    for (const c of allComponents(spec)) for (const word of c.text.split(/\s+/)) expect(texts).toContain(word);
    expect(texts).toContain('Who owns the coaching time?');
    expect(texts).toContain('Generation 2');
    expect(texts).toContain('A caption.');
  });

  it('uses no <style> element, no script and no external reference', () => {
    const { svg } = renderDiagramSvg(spec, { interactive: true });
    expect(svg).not.toMatch(/<style|<script|href=|url\(/);
    expect(svg).toContain('font-family="DejaVu Sans"');
  });

  it('marks components and tensions for the renderer only when asked', () => {
    expect(renderDiagramSvg(spec).svg).not.toContain('data-component-id');
    const interactive = renderDiagramSvg(spec, { interactive: true }).svg;
    for (const c of allComponents(spec)) expect(interactive).toContain(`data-component-id="${c.id}"`);
    expect(interactive).toContain('data-tension-id="1"');
    expect(interactive).toContain('data-tension-id="2"');
  });

  it('draws the same string for the same diagram', () => {
    expect(renderDiagramSvg(spec).svg).toBe(renderDiagramSvg(structuredClone(spec)).svg);
  });

  it('drops characters XML cannot carry', () => {
    const bad = makeSpec(1, () => 'tab\there\u0000 bell\u0007 lone\ud800 ok', { triangles: 1 });
    const { svg } = renderDiagramSvg(bad);
    expect(XMLValidator.validate(svg)).toBe(true);
    expect(svg).toContain('tab here bell lone ok');
  });
});
