// Reading REFI-QDA selection positions against the text they were counted in.
//
// The standard counts Unicode code points of the plain text from 0, end exclusive.
// Programs differ in what they count: NVivo counts a Windows line break (CRLF) as two
// positions, ATLAS.ti as one; some count a byte-order mark. So each source is read
// every plausible way and the reading whose selections fit the text best wins: a
// selection named after its text (most programs name a selection by its first words)
// must show that text, and selections start and end on word boundaries far more often
// than not. Ties go to the program's known habit, then to the standard's literal reading.
// Positions are then mapped through normaliseWithMap onto our canonical text (NFC,
// `\n` line ends, no BOM), so a coding lands on the same characters.

import { createOffsetIndex } from '../text/code-points.ts';
import type { OffsetIndex } from '../text/code-points.ts';
import { normaliseWithMap } from '../text/normalise.ts';

export interface RawSelection {
  start: number;
  end: number;
  // the selection's name, often the start of its text
  hint?: string;
}

export type MappedSelection = { ok: true; start: number; end: number } | { ok: false; problem: string };

export interface PositionReading {
  // the canonical text (what the source's text becomes)
  text: string;
  // how line breaks were counted: 'none' when the text has no CRLF
  crlf: 'one' | 'two' | 'none';
  bomCounted: boolean;
  // a sentence for the preview when the reading mattered, else null
  note: string | null;
  selections: MappedSelection[];
}

interface Candidate {
  raw: string;
  crlf: 'one' | 'two' | 'none';
  bomCounted: boolean;
}

const WORD = /[\p{L}\p{N}\p{M}]/u;

function isWordChar(ch: string | undefined): boolean {
  return ch !== undefined && WORD.test(ch);
}

function collapse(text: string): string {
  return text.normalize('NFC').replace(/\s+/g, ' ').trim();
}

// The part of a selection's name that should match its text, or null when the name is not text.
function hintCore(hint: string | undefined): string | null {
  if (!hint) return null;
  const core = collapse(hint).replace(/(…|\.\.\.)$/u, '').trim();
  if (Array.from(core).length < 4) return null;
  return core;
}

function charAt(index: OffsetIndex, cp: number): string | undefined {
  if (cp < 0 || cp >= index.codePointLength) return undefined;
  return index.slice(cp, cp + 1);
}

// Reads a source's selections against its raw text every plausible way and keeps the best reading.
export function readSelectionPositions(raw: string, selections: readonly RawSelection[], options: { hadBom?: boolean; preferCrlfOne?: boolean } = {}): PositionReading {
  const hasCrlf = raw.includes('\r\n');
  const bases: { raw: string; bomCounted: boolean }[] = [{ raw, bomCounted: raw.startsWith('\uFEFF') }];
  if (raw.startsWith('\uFEFF')) bases.push({ raw: raw.replace(/^\uFEFF+/, ''), bomCounted: false });
  if (options.hadBom && !raw.startsWith('\uFEFF')) bases.push({ raw: `\uFEFF${raw}`, bomCounted: true });
  const candidates: Candidate[] = [];
  for (const base of bases) {
    if (!hasCrlf) {
      candidates.push({ raw: base.raw, crlf: 'none', bomCounted: base.bomCounted });
      continue;
    }
    const two: Candidate = { raw: base.raw, crlf: 'two', bomCounted: base.bomCounted };
    const one: Candidate = { raw: base.raw.replace(/\r\n/g, '\n'), crlf: 'one', bomCounted: base.bomCounted };
    candidates.push(...(options.preferCrlfOne ? [one, two] : [two, one]));
  }
  // a BOM-counting reading only wins on evidence
  candidates.sort((a, b) => Number(a.bomCounted) - Number(b.bomCounted));

  let best: { candidate: Candidate; score: number; mapped: MappedSelection[]; text: string } | null = null;
  for (const candidate of candidates) {
    const map = normaliseWithMap(candidate.raw);
    const index = createOffsetIndex(map.text);
    let score = 0;
    const mapped = selections.map((s): MappedSelection => {
      if (!Number.isInteger(s.start) || !Number.isInteger(s.end)) return { ok: false, problem: 'its start or end position is not a whole number' };
      if (s.start < 0 || s.end < s.start) return { ok: false, problem: `its positions ${s.start}-${s.end} are not a range` };
      if (s.end > map.rawLength) {
        score -= 100;
        return { ok: false, problem: `it ends at position ${s.end}, after the end of the text (${map.rawLength} characters)` };
      }
      const range = map.mapRange({ start: s.start, end: s.end });
      if (range.end > range.start) {
        if (!isWordChar(charAt(index, range.start - 1)) || !isWordChar(charAt(index, range.start))) score += 1;
        if (!isWordChar(charAt(index, range.end - 1)) || !isWordChar(charAt(index, range.end))) score += 1;
        const core = hintCore(s.hint);
        if (core !== null) {
          const shown = collapse(index.slice(range.start, range.end));
          if (shown.length >= 4 && (shown.startsWith(core) || core.startsWith(shown))) score += 5;
        }
      }
      return { ok: true, start: range.start, end: range.end };
    });
    if (best === null || score > best.score) best = { candidate, score, mapped, text: map.text };
  }
  if (best === null) throw new Error('no reading of the positions was tried');
  const { candidate } = best;
  const notes: string[] = [];
  if (candidate.crlf === 'two') notes.push('line breaks (CRLF) counted as two positions');
  if (candidate.crlf === 'one') notes.push('line breaks (CRLF) counted as one position');
  if (candidate.bomCounted) notes.push('the byte-order mark counted as a position');
  return { text: best.text, crlf: candidate.crlf, bomCounted: candidate.bomCounted, note: notes.length > 0 ? notes.join('; ') : null, selections: best.mapped };
}
