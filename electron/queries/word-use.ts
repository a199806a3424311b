// Word use: word frequency over a selection (sources, cases and attribute values, or a
// node's references) with the project's stop words and optional stemming, and keyword in
// context for any word, with each line's case and role (how each role uses a word).
import { kwicLines } from '../../shared/analysis/kwic.ts';
import { mergeRanges } from '../../shared/analysis/ranges.ts';
import { DEFAULT_STOP_WORDS, normaliseStopWords } from '../../shared/analysis/stop-words.ts';
import { wordFrequency, wordMatchesKey } from '../../shared/analysis/word-frequency.ts';
import type { WordFrequencyOptions } from '../../shared/analysis/word-frequency.ts';
import { wordsWithPositions } from '../../shared/analysis/words.ts';
import type { WordContextLine, WordFrequencyDefinition, WordFrequencyResult, WordSelection } from '../../shared/model/queries.ts';
import type { OffsetIndex } from '../../shared/text/code-points.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import { projectQueries } from '../projects/queries.ts';
import { projectIndex } from './index-cache.ts';
import { caseInScope, loadLookups, nodeWithDescendants, scopeHasCaseParts, sourcesInScope } from './lookup.ts';
import type { Lookups } from './lookup.ts';
import { loadReferenceFacts, loadSourceTexts } from './references.ts';
import { keptWordFrequency } from './word-counts.ts';

const STOP_WORDS_KEY = 'queries.stop_words';
// source texts read at a time when counting from the text
const TEXT_BATCH = 200;

interface Piece {
  sourceId: number;
  caseId: number | null;
  start: number;
  end: number;
}

// The stretches of text a selection covers, source by source (speaker labels left out).
function piecesOf(store: Store, lookups: Lookups, selection: WordSelection): Map<number, Piece[]> {
  const out = new Map<number, Piece[]>();
  const add = (p: Piece) => {
    const list = out.get(p.sourceId);
    if (list) list.push(p);
    else out.set(p.sourceId, [p]);
  };
  const scope = selection.scope;
  if (selection.kind === 'node') {
    const nodeIds = nodeWithDescendants(lookups, selection.nodeId, selection.includeDescendants);
    // in id order: sources, cases and pieces come in the order of their first coding
    const facts = loadReferenceFacts(store, lookups, { nodeIds, scope }).sort((a, b) => a.codingId - b.codingId);
    // overlapping references of one case count their words once
    const byKey = new Map<string, { sourceId: number; caseId: number | null; ranges: { start: number; end: number }[] }>();
    for (const f of facts) {
      const key = `${f.sourceId}:${f.caseId ?? ''}`;
      const entry = byKey.get(key) ?? { sourceId: f.sourceId, caseId: f.caseId, ranges: [] };
      entry.ranges.push({ start: f.start, end: f.end });
      byKey.set(key, entry);
    }
    for (const e of byKey.values()) for (const r of mergeRanges(e.ranges)) add({ sourceId: e.sourceId, caseId: e.caseId, start: r.start, end: r.end });
    return out;
  }
  const allowed = sourcesInScope(lookups, scope);
  const checkCases = scopeHasCaseParts(scope);
  const seg = projectIndex(store).segments;
  for (let r = 0; r < seg.count; r++) {
    const sourceId = seg.sourceId[r] as number;
    if (allowed && !allowed.has(sourceId)) continue;
    const interviewer = seg.interviewer[r] === 1;
    if (scope?.excludeInterviewer && interviewer) continue;
    const turnCase = seg.caseId[r] as number;
    const owner = interviewer ? null : turnCase >= 0 ? turnCase : (lookups.sources.get(sourceId)?.singleCaseId ?? null);
    if (checkCases && !caseInScope(lookups, scope, owner)) continue;
    const from = seg.textStart[r] as number;
    const end = seg.end[r] as number;
    if (from < end) add({ sourceId, caseId: owner, start: from, end });
  }
  return out;
}

function pieceText(text: OffsetIndex | undefined, p: Piece): string {
  if (!text) return '';
  const end = Math.min(p.end, text.codePointLength);
  return text.slice(Math.min(p.start, end), end);
}

// The project's stop words (the default English list until the researcher edits it).
export function getStopWords(store: Store): { words: string[]; isDefault: boolean } {
  const saved = projectQueries(store).setting.get(STOP_WORDS_KEY);
  if (saved === undefined) return { words: normaliseStopWords(DEFAULT_STOP_WORDS), isDefault: true };
  try {
    const parsed: unknown = JSON.parse(saved);
    if (Array.isArray(parsed)) return { words: normaliseStopWords(parsed.filter((w): w is string => typeof w === 'string')), isDefault: false };
  } catch {
    // a damaged setting falls back to the default list
  }
  return { words: normaliseStopWords(DEFAULT_STOP_WORDS), isDefault: true };
}

// Replaces the project's stop words (null restores the default list); one undoable action.
export function setStopWords(store: Store, words: string[] | null): { words: string[]; isDefault: boolean } {
  const rowid = projectQueries(store).settingRowid.get(STOP_WORDS_KEY);
  runAction(store, words === null ? 'Restore the default stop words' : 'Edit stop words', (rec) => {
    if (words === null) {
      if (rowid !== undefined) rec.delete('project_settings', rowid);
      return;
    }
    const value = JSON.stringify(normaliseStopWords(words));
    if (rowid === undefined) rec.insert('project_settings', { key: STOP_WORDS_KEY, value });
    else rec.update('project_settings', rowid, { value });
  });
  return getStopWords(store);
}

// Counts word use in a selection: over sources from their kept counts (word-counts.ts),
// over a node's references from their text.
export function runWordFrequency(store: Store, def: WordFrequencyDefinition): WordFrequencyResult {
  if (def.selection.kind === 'sources') return keptWordFrequency(store, def.selection.scope, wordOptions(store, def));
  return wordFrequencyFromText(store, def);
}

function wordOptions(store: Store, def: WordFrequencyDefinition): WordFrequencyOptions {
  return { stem: def.stem, stopWords: def.stopWords ? new Set(getStopWords(store).words) : null, minLength: def.minLength, limit: def.limit };
}

// Counts word use in a selection by reading its text (every selection; what kept counts must equal).
export function wordFrequencyFromText(store: Store, def: WordFrequencyDefinition): WordFrequencyResult {
  const lookups = loadLookups(store);
  const pieces = piecesOf(store, lookups, def.selection);
  const sourceIds = [...pieces.keys()];
  function* texts() {
    // texts read a batch at a time, and let go after
    for (let i = 0; i < sourceIds.length; i += TEXT_BATCH) {
      const batch = loadSourceTexts(store, sourceIds.slice(i, i + TEXT_BATCH));
      for (const sourceId of sourceIds.slice(i, i + TEXT_BATCH)) {
        const text = batch.get(sourceId);
        for (const p of pieces.get(sourceId) ?? []) yield { sourceId, text: pieceText(text, p) };
      }
    }
  }
  return wordFrequency(texts(), wordOptions(store, def));
}

// Keyword in context for one counted word (or stem) in a selection, with case and role per line;
// `total` counts uses, `limit` caps lines (a line may mark several nearby uses).
export function wordContext(store: Store, input: { selection: WordSelection; key: string; stem: boolean; limit: number; width?: number }): { total: number; lines: WordContextLine[] } {
  const lookups = loadLookups(store);
  const pieces = piecesOf(store, lookups, input.selection);
  const names = new Map([...lookups.sources.values()].map((s) => [s.id, s.name]));
  const order = [...pieces.keys()].sort((a, b) => (names.get(a) ?? '').localeCompare(names.get(b) ?? '') || a - b);
  const lines: WordContextLine[] = [];
  let total = 0;
  for (const sourceId of order) {
    const text = loadSourceTexts(store, [sourceId]).get(sourceId);
    if (!text) continue;
    for (const p of pieces.get(sourceId) ?? []) {
      const body = pieceText(text, p);
      const hits = wordsWithPositions(body).filter((w) => wordMatchesKey(w.text, input.key, input.stem));
      total += hits.length;
      if (hits.length === 0 || lines.length >= input.limit) continue;
      const caseInfo = p.caseId === null ? undefined : lookups.cases.get(p.caseId);
      // nearby uses in one passage share a line, every use marked
      for (const l of kwicLines(body, hits, input.width ?? 60).slice(0, input.limit - lines.length)) {
        lines.push({ ...l, sourceId, sourceName: names.get(sourceId) ?? '', caseLabel: caseInfo?.label ?? null, role: caseInfo?.role || null, start: p.start + l.start, end: p.start + l.end, also: l.also.map((m) => ({ ...m, start: p.start + m.start, end: p.start + m.end })) });
      }
    }
  }
  return { total, lines };
}
