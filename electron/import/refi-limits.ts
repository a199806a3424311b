// The most codes, sources and selections a REFI-QDA file may hold (LIMITS.refi): a file over
// them is refused with what it holds, as soon as the count passes the limit while it is read.
import { ApiError } from '../../shared/errors.ts';
import type { RefiCode, RefiSource } from '../../shared/exchange/refi-model.ts';
import { LIMITS } from './limits.ts';

interface RefiCounts {
  codes: number;
  sources: number;
  selections: number;
}

const NAMES: Record<keyof RefiCounts, string> = { codes: 'codes', sources: 'sources', selections: 'coded or marked selections' };
const MAXIMA: Record<keyof RefiCounts, number> = { codes: LIMITS.refi.maxCodes, sources: LIMITS.refi.maxSources, selections: LIMITS.refi.maxSelections };

// Refuses a file whose counts pass a limit.
export function checkRefiCounts(fileName: string, counts: Partial<RefiCounts>): void {
  for (const what of ['codes', 'sources', 'selections'] as const) {
    const count = counts[what] ?? 0;
    const max = MAXIMA[what];
    if (count > max) throw new ApiError('TOO_LARGE', `${fileName} holds more than ${max.toLocaleString('en')} ${NAMES[what]}, more than this version reads. Nothing was imported.`);
  }
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
