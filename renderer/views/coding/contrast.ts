// Colour arithmetic for the coding view: WCAG 2.1 contrast ratios, and the shades of a
// node's colour that keep them (stripes and underlines at 3:1 or more against what they sit
// on, a hover highlight at 3:1 against the page that still leaves the text at 4.5:1).
// Colours are '#rgb' or '#rrggbb'; anything else falls back to a neutral grey.

export type Rgb = readonly [number, number, number];

const FALLBACK: Rgb = [0x76, 0x76, 0x76];
const BLACK: Rgb = [0, 0, 0];
const WHITE: Rgb = [255, 255, 255];

// The red, green and blue (0-255) of a hex colour, or null when it is not one.
export function parseHex(colour: string): Rgb | null {
  const short = /^#([0-9a-f])([0-9a-f])([0-9a-f])$/i.exec(colour);
  if (short) return [parseInt(`${short[1]}${short[1]}`, 16), parseInt(`${short[2]}${short[2]}`, 16), parseInt(`${short[3]}${short[3]}`, 16)];
  const long = /^#([0-9a-f]{2})([0-9a-f]{2})([0-9a-f]{2})$/i.exec(colour);
  return long ? [parseInt(long[1] ?? '0', 16), parseInt(long[2] ?? '0', 16), parseInt(long[3] ?? '0', 16)] : null;
}

// '#rrggbb' of an RGB triple (rounded and clamped).
export function toHex(rgb: Rgb): string {
  return `#${rgb.map((v) => Math.round(Math.min(255, Math.max(0, v))).toString(16).padStart(2, '0')).join('')}`;
}

const rgbOf = (colour: string): Rgb => parseHex(colour) ?? FALLBACK;
const eachChannel = (c: Rgb, f: (v: number) => number): Rgb => [f(c[0]), f(c[1]), f(c[2])];

// Relative luminance as WCAG 2.1 defines it (https://www.w3.org/TR/WCAG21/#dfn-relative-luminance):
// each sRGB channel c = v/255 is linearised as c/12.92 when c <= 0.03928, else ((c+0.055)/1.055)^2.4,
// and L = 0.2126 R + 0.7152 G + 0.0722 B.
export function relativeLuminance(colour: string | Rgb): number {
  const [r, g, b] = eachChannel(typeof colour === 'string' ? rgbOf(colour) : colour, (v) => {
    const c = v / 255;
    return c <= 0.03928 ? c / 12.92 : ((c + 0.055) / 1.055) ** 2.4;
  });
  return 0.2126 * r + 0.7152 * g + 0.0722 * b;
}

// The WCAG 2.1 contrast ratio (https://www.w3.org/TR/WCAG21/#dfn-contrast-ratio):
// (L1 + 0.05) / (L2 + 0.05), L1 the lighter of the two; from 1 to 21.
export function contrastRatio(a: string | Rgb, b: string | Rgb): number {
  const la = relativeLuminance(a);
  const lb = relativeLuminance(b);
  return (Math.max(la, lb) + 0.05) / (Math.min(la, lb) + 0.05);
}

// `from` moved `t` (0-1) of the way to `to`, channel by channel in sRGB.
export function mix(from: string | Rgb, to: string | Rgb, t: number): Rgb {
  const a = typeof from === 'string' ? rgbOf(from) : from;
  const b = typeof to === 'string' ? rgbOf(to) : to;
  return [a[0] + (b[0] - a[0]) * t, a[1] + (b[1] - a[1]) * t, a[2] + (b[2] - a[2]) * t];
}

// The smallest step towards `to` (by bisection, 1/1024 apart) for which `ok` holds; 1 when only `to` itself does.
function leastStep(from: Rgb, to: Rgb, ok: (c: Rgb) => boolean): Rgb {
  if (ok(from)) return from;
  let lo = 0;
  let hi = 1;
  for (let i = 0; i < 10; i++) {
    const mid = (lo + hi) / 2;
    if (ok(mix(from, to, mid))) hi = mid;
    else lo = mid;
  }
  return mix(from, to, hi);
}

const memo = new Map<string, string>();
function cached(key: string, make: () => string): string {
  let hit = memo.get(key);
  if (hit === undefined) {
    hit = make();
    memo.set(key, hit);
  }
  return hit;
}

// The colour itself when it has at least `min`:1 against every background, else the lightest
// darker shade of it that has (the backgrounds are light, so black always would).
export function withContrast(colour: string, backgrounds: readonly string[], min = 3): string {
  return cached(`c|${colour}|${backgrounds.join()}|${min}`, () => {
    const ok = (c: Rgb) => backgrounds.every((bg) => contrastRatio(toHex(c), bg) >= min);
    return toHex(leastStep(rgbOf(colour), BLACK, (c) => ok(eachChannel(c, Math.round))));
  });
}

// A pale tint of the colour for the background of coded text: `strength` (0-1) of the colour over white.
export function tintOf(colour: string, strength = 0.2): string {
  return cached(`t|${colour}|${strength}`, () => toHex(mix(WHITE, rgbOf(colour), strength)));
}

// The darkest luminance a fill may have for `min`:1 against the page (solving the contrast ratio for L2).
export function darkestAgainst(background: string, min: number): number {
  return (relativeLuminance(background) + 0.05) / min - 0.05;
}

// A shade of the colour for a strong highlight: as light as it can be while keeping `min`:1
// against the page. Text on it keeps 4.5:1 when the text is dark enough (see highlight tests).
export function highlightOf(colour: string, background: string, min = 3): string {
  return cached(`h|${colour}|${background}|${min}`, () => {
    const limit = darkestAgainst(background, min);
    const base = rgbOf(colour);
    const dark = (c: Rgb) => relativeLuminance(eachChannel(c, Math.round)) <= limit;
    if (!dark(base)) return toHex(leastStep(base, BLACK, dark));
    // lighten towards white while the fill stays dark enough: the largest such step
    let lo = 0;
    let hi = 1;
    for (let i = 0; i < 10; i++) {
      const mid = (lo + hi) / 2;
      if (dark(mix(base, WHITE, mid))) lo = mid;
      else hi = mid;
    }
    return toHex(eachChannel(mix(base, WHITE, lo), Math.floor));
  });
}
