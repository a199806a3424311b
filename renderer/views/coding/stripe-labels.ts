// Where the names beside a turn's coding stripes go (as NVivo labels its stripes): each
// label at the top of its stripe, pushed down below the label before it when the two would
// overlap, so every stripe keeps a readable name; and how tall that makes the margin.

export interface StripeBox {
  top: number;
  height: number;
}

export interface PlacedLabel {
  // the stripe's lane (column) and which of its stripes (box) the label names
  column: number;
  box: number;
  top: number;
}

export const LABEL_HEIGHT = 16;
const LABEL_GAP = 2;

// Labels for the stripes of each lane (boxes[column][box]), in order of their stripes' tops and
// then lanes; `bottom` is where the lowest label ends (the margin's least height).
export function placeLabels(boxes: readonly (readonly StripeBox[])[], height = LABEL_HEIGHT): { labels: PlacedLabel[]; bottom: number } {
  const wanted = boxes.flatMap((list, column) => list.map((b, box) => ({ column, box, top: b.top })));
  wanted.sort((a, b) => a.top - b.top || a.column - b.column || a.box - b.box);
  const labels: PlacedLabel[] = [];
  let free = 0;
  for (const w of wanted) {
    const top = Math.max(w.top, free);
    labels.push({ ...w, top });
    free = top + height + LABEL_GAP;
  }
  const last = labels[labels.length - 1];
  return { labels, bottom: last ? last.top + height : 0 };
}

export interface StripeNames {
  // beside the stripe: the node's own name (and the coder's initials when split by coder)
  short: string;
  // on hover and for screen readers: its path in the codebook (and the coder)
  full: string;
}

// The names of a stripe's node; coder is undefined when stripes are not split by coder, null for codings with no coder.
export function stripeNames(node: { name: string; path: string } | undefined, coder?: string | null): StripeNames {
  const name = node?.name ?? 'Node';
  const path = node?.path ?? name;
  if (coder === undefined) return { short: name, full: path };
  return { short: `${name} · ${coder ?? 'no coder'}`, full: `${path}, coded by ${coder ?? 'no coder'}` };
}

// What a screen reader hears about a turn's coding: every node it is coded at, in stripe order.
export function describeTurnCoding(names: readonly StripeNames[]): string {
  const unique = [...new Set(names.map((n) => n.full))];
  return unique.length === 0 ? 'Not coded.' : `Coded at ${unique.join('; ')}.`;
}
