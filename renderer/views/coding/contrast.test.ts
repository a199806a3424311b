// The WCAG 2.1 contrast arithmetic against published and hand-worked values, and the shades
// of node colours the coding view draws with: stripes and underlines at 3:1, highlights at 3:1
// against the page with the text on them at 4.5:1.
import { describe, expect, it } from 'vitest';
import { contrastRatio, darkestAgainst, highlightOf, mix, parseHex, relativeLuminance, tintOf, toHex, withContrast } from './contrast.ts';

// The demo codebook's question colours (shared/model/codebook-template.ts), the default node colour and the coders' palette (coder-colours.ts).
const NODE_COLOURS = ['#1f77b4', '#ff7f0e', '#2ca02c', '#d62728', '#9467bd', '#8c564b', '#7f7f7f', '#5b7083'];
const CODER_COLOURS = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d', '#666666'];
const TEXT = '#1f2328';

describe('WCAG 2.1 relative luminance and contrast ratio', () => {
  it('gives 0 for black, 1 for white and 21:1 between them', () => {
    expect(relativeLuminance('#000000')).toBe(0);
    expect(relativeLuminance('#ffffff')).toBeCloseTo(1, 12);
    expect(contrastRatio('#000', '#fff')).toBeCloseTo(21, 10);
    expect(contrastRatio('#fff', '#000')).toBeCloseTo(21, 10);
    expect(contrastRatio('#5b7083', '#5b7083')).toBe(1);
  });

  it('matches published ratios: #767676 on white is 4.54:1, #777777 is 4.48:1 (WebAIM), #949494 is 3.03:1', () => {
    expect(contrastRatio('#767676', '#ffffff')).toBeCloseTo(4.54, 2);
    expect(contrastRatio('#777777', '#ffffff')).toBeCloseTo(4.48, 2);
    expect(contrastRatio('#949494', '#ffffff')).toBeCloseTo(3.03, 2);
  });

  it('works one grey out by hand: #808080 (128/255 = 0.50196 → 0.21586) on white is 3.95:1', () => {
    const l = ((128 / 255 + 0.055) / 1.055) ** 2.4;
    expect(relativeLuminance('#808080')).toBeCloseTo(l, 12);
    expect(l).toBeCloseTo(0.21586, 5);
    expect(contrastRatio('#808080', '#ffffff')).toBeCloseTo(1.05 / (l + 0.05), 12);
    expect(contrastRatio('#808080', '#ffffff')).toBeCloseTo(3.95, 2);
  });

  it('uses the linear part below 0.03928: #0a0a0a is 10/255/12.92', () => {
    expect(relativeLuminance('#0a0a0a')).toBeCloseTo(10 / 255 / 12.92, 12);
  });

  it('weights the channels 0.2126, 0.7152 and 0.0722', () => {
    expect(relativeLuminance('#ff0000')).toBeCloseTo(0.2126, 12);
    expect(relativeLuminance('#00ff00')).toBeCloseTo(0.7152, 12);
    expect(relativeLuminance('#0000ff')).toBeCloseTo(0.0722, 12);
  });

  it('confirms what was measured before: the old stripes and tint on a focused turn (#fafaf7) fail 3:1', () => {
    expect(contrastRatio('#ff7f0e', '#fafaf7')).toBeCloseTo(2.42, 2);
    expect(contrastRatio('#2ca02c', '#fafaf7')).toBeCloseTo(3.25, 2);
    expect(contrastRatio('#f2eedf', '#fafaf7')).toBeCloseTo(1.11, 2);
  });
});

describe('hex colours', () => {
  it('reads #rgb and #rrggbb, refuses anything else, and writes #rrggbb', () => {
    expect(parseHex('#1F77b4')).toEqual([0x1f, 0x77, 0xb4]);
    expect(parseHex('#abc')).toEqual([0xaa, 0xbb, 0xcc]);
    expect(parseHex('red')).toBeNull();
    expect(parseHex('#12345')).toBeNull();
    expect(toHex([255.4, -3, 16])).toBe('#ff0010');
    expect(toHex(mix('#000000', '#ffffff', 0.5))).toBe('#808080');
  });
});

const BACKGROUNDS = ['#ffffff', '#fafaf7', '#fff4d6', '#e3ecf5'];

describe('shades that keep 3:1', () => {
  it('leaves a colour that already has 3:1 alone', () => {
    expect(withContrast('#1f77b4', BACKGROUNDS)).toBe('#1f77b4');
    expect(withContrast('#d62728', BACKGROUNDS)).toBe('#d62728');
  });

  it('darkens the demo’s orange and green, and the coders’ yellow, just enough', () => {
    for (const colour of ['#ff7f0e', '#2ca02c', '#e6ab02', '#66a61e']) {
      const shade = withContrast(colour, BACKGROUNDS);
      expect(shade).not.toBe(colour);
      for (const bg of BACKGROUNDS) expect(contrastRatio(shade, bg)).toBeGreaterThanOrEqual(3);
      // not much more than needed: a shade one step (1/1024) lighter would fail somewhere
      expect(Math.min(...BACKGROUNDS.map((bg) => contrastRatio(shade, bg)))).toBeLessThan(3.05);
    }
  });

  it('gives every node and coder colour 3:1 on every turn background, and a grey for what is not a colour', () => {
    for (const colour of [...NODE_COLOURS, ...CODER_COLOURS, 'not a colour']) {
      const shade = withContrast(colour, BACKGROUNDS);
      for (const bg of BACKGROUNDS) expect(contrastRatio(shade, bg), `${colour} on ${bg}`).toBeGreaterThanOrEqual(3);
    }
    expect(withContrast('not a colour', BACKGROUNDS)).toBe('#767676');
  });

  it('tints a colour over white, pale enough to read any text on', () => {
    expect(tintOf('#000000', 0.2)).toBe('#cccccc');
    expect(tintOf('#1f77b4')).toBe('#d2e4f0');
    for (const colour of NODE_COLOURS) {
      expect(contrastRatio(TEXT, tintOf(colour))).toBeGreaterThan(10);
      expect(contrastRatio('#3c4650', tintOf(colour))).toBeGreaterThan(7);
    }
  });
});

describe('the strong highlight', () => {
  it('solves the contrast ratio for the darkest fill: (1 + 0.05) / 3 - 0.05 = 0.3 on white', () => {
    expect(darkestAgainst('#ffffff', 3)).toBeCloseTo(0.3, 12);
  });

  it('is at 3:1 against the page and as light as that allows, and the text on it stays at 4.5:1 or more', () => {
    for (const colour of [...NODE_COLOURS, ...CODER_COLOURS]) {
      const fill = highlightOf(colour, '#ffffff');
      expect(contrastRatio(fill, '#ffffff'), colour).toBeGreaterThanOrEqual(3);
      expect(contrastRatio(fill, '#ffffff'), colour).toBeLessThan(3.1);
      expect(contrastRatio(TEXT, fill), colour).toBeGreaterThanOrEqual(4.5);
    }
  });

  it('darkens a light colour and lightens a dark one towards the same luminance', () => {
    expect(relativeLuminance(highlightOf('#ffe28a', '#ffffff'))).toBeLessThanOrEqual(0.3);
    expect(relativeLuminance(highlightOf('#000080', '#ffffff'))).toBeGreaterThan(0.28);
  });
});
