// Colouring and filtering codings by coder: a colour per coder (in the coders' order),
// what the stripes read from the view (StripeColouring), and which codings a view shows.
import { createContext } from 'react';
import type { CoderRecord, CodingRecord } from '../../../shared/model/entities.ts';
import type { CodersShown } from './coding-prefs.ts';

// Colours that stay apart for the colour-blind too (ColorBrewer's Dark2), then grey for codings with no coder.
const PALETTE = ['#1b9e77', '#d95f02', '#7570b3', '#e7298a', '#66a61e', '#e6ab02', '#a6761d'] as const;
export const NO_CODER_COLOUR = '#666666';

// Each coder's colour, by the coders' order.
export function coderColours(coders: readonly CoderRecord[]): Map<number, string> {
  return new Map(coders.map((c, i) => [c.id, PALETTE[i % PALETTE.length] ?? NO_CODER_COLOUR]));
}

export interface StripeColouring {
  // one stripe per node and coder, in the coder's colour
  byCoder: boolean;
  colours: ReadonlyMap<number, string>;
  initials: ReadonlyMap<number, string>;
}

export const StripeColouringContext = createContext<StripeColouring>({ byCoder: false, colours: new Map(), initials: new Map() });

// The codings a view shows: everyone's, only the current coder's (blind), or one coder's.
export function visibleCodings(codings: readonly CodingRecord[] | null, shown: CodersShown, currentCoderId: number | null): CodingRecord[] | null {
  if (codings === null || shown === 'all') return codings === null ? null : [...codings];
  const only = shown === 'mine' ? currentCoderId : shown.coderId;
  return codings.filter((c) => c.coderId === only);
}
