// The most codes, sources, selections and notes a REFI-QDA file may hold (LIMITS.refi): a file
// over them is refused with what it holds, as soon as the count passes the limit while it is
// read (codes and notes are counted as their elements close, before any tree of them is kept).
import { ApiError } from '../../shared/errors.ts';
import type { RefiCode, RefiSource } from '../../shared/exchange/refi-model.ts';
import { LIMITS } from './limits.ts';
import type { XmlElement } from './qdpx-xml.ts';

interface RefiCounts {
  codes: number;
  sources: number;
  selections: number;
  notes: number;
}

const NAMES: Record<keyof RefiCounts, string> = { codes: 'codes', sources: 'sources', selections: 'coded or marked selections', notes: 'notes' };
const MAXIMA: Record<keyof RefiCounts, number> = { codes: LIMITS.refi.maxCodes, sources: LIMITS.refi.maxSources, selections: LIMITS.refi.maxSelections, notes: LIMITS.refi.maxNotes };

// Refuses a file whose counts pass a limit.
export function checkRefiCounts(fileName: string, counts: Partial<RefiCounts>): void {
  for (const what of ['codes', 'sources', 'selections', 'notes'] as const) {
    const count = counts[what] ?? 0;
    const max = MAXIMA[what];
    if (count > max) throw new ApiError('TOO_LARGE', `${fileName} holds more than ${max.toLocaleString('en')} ${NAMES[what]}, more than this version reads. Nothing was imported.`);
  }
}

// Counts the Code and Note elements of a file as they close (anywhere in it) and refuses the
// file as soon as either passes its limit.
export function elementCounter(fileName: string): (el: XmlElement) => void {
  let codes = 0;
  let notes = 0;
  return (el) => {
    if (el.name === 'Code' && ++codes > LIMITS.refi.maxCodes) checkRefiCounts(fileName, { codes });
    else if (el.name === 'Note' && ++notes > LIMITS.refi.maxNotes) checkRefiCounts(fileName, { notes });
  };
}

// The number of codes in a codebook, children included.
export function countCodes(codes: readonly RefiCode[]): number {
  let n = 0;
  const stack = [...codes];
  for (let code = stack.pop(); code !== undefined; code = stack.pop()) {
    n++;
    stack.push(...code.children);
  }
  return n;
}

// The number of selections of one source: of its text, of its representation and transcripts, and of its regions.
export function countSelections(source: RefiSource): number {
  if (source.kind === 'TextSource') return source.selections.length;
  const texts = [...(source.representation ? [source.representation] : []), ...source.transcripts];
  return source.regionSelections + texts.reduce((n, t) => n + t.selections.length, 0);
}
