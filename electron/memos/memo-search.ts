// Searching memos: every memo whose title or text holds all the words of a query, with
// what it is about (the project journal, a source, a node, a case, a coding).
import type { MemoSearchHit } from '../../shared/model/workspace.ts';
import type { Store } from '../db/store.ts';
import type { MemoRow } from '../db/table-rows.ts';
import { nodePaths } from '../codebook/codebook.ts';
import { caseQueries } from '../cases/queries.ts';
import { codingQueries } from '../codings/queries.ts';
import { diagramQueries } from '../diagrams/queries.ts';
import { sourceQueries } from '../sources/queries.ts';
import { toMemoRecord } from './memos.ts';
import { memoQueries } from './queries.ts';

const SNIPPET = 60;

// A short piece of the text around the first word of the query found in it.
export function memoSnippet(text: string, words: readonly string[]): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const lower = flat.toLowerCase();
  const at = words.map((w) => lower.indexOf(w)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const from = Math.max(0, at - SNIPPET);
  const to = Math.min(flat.length, at + SNIPPET * 2);
  return `${from > 0 ? '…' : ''}${flat.slice(from, to)}${to < flat.length ? '…' : ''}`;
}

// What a memo is about, and where in a source when it is on a source or a coding.
type TargetPlace = Pick<MemoSearchHit, 'targetLabel' | 'sourceId' | 'start' | 'end'>;

function targetOf(store: Store, memo: MemoRow, nodes: ReadonlyMap<number, string>): TargetPlace {
  const place: TargetPlace = { targetLabel: 'Project journal', sourceId: null, start: null, end: null };
  const id = memo.target_id;
  // a memo that lost its target reads as deleted
  const lookUp = <T>(read: (targetId: number) => T | undefined): T | undefined => (id === null ? undefined : read(id));
  const sourceName = (sourceId: number) => sourceQueries(store).name.get(sourceId);
  switch (memo.target_kind) {
    case 'project':
      return place;
    case 'source':
      return { ...place, targetLabel: `Source: ${lookUp(sourceName) ?? '(deleted)'}`, sourceId: id };
    case 'node':
      return { ...place, targetLabel: `Node: ${lookUp((n) => nodes.get(n)) || '(deleted)'}` };
    case 'case':
      return { ...place, targetLabel: `Case: ${lookUp((k) => caseQueries(store).label.get(k)) ?? '(deleted)'}` };
    case 'diagram':
      return { ...place, targetLabel: `Diagram: ${lookUp((d) => diagramQueries(store).title.get(d)) ?? '(deleted)'}` };
    case 'coding': {
      const c = lookUp((codingId) => codingQueries(store).place.get(codingId));
      if (!c) return { ...place, targetLabel: 'Coding (deleted)' };
      return { targetLabel: `Coding at ${nodes.get(c.node_id) ?? 'a node'} in ${sourceName(c.source_id) ?? 'a source'}`, sourceId: c.source_id, start: c.start, end: c.end };
    }
  }
}

// Memos holding every word of the query (case-insensitive), newest first.
export function searchMemos(store: Store, query: string, limit = 100): MemoSearchHit[] {
  const words = query.toLowerCase().split(/\s+/u).filter(Boolean);
  const rows = memoQueries(store).newestFirst.all().filter((r) => {
    const hay = `${r.title}\n${r.plain_text}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
  const nodes = nodePaths(store);
  return rows.slice(0, limit).map((r) => ({ memo: toMemoRecord(r), targetKind: r.target_kind, ...targetOf(store, r, nodes), snippet: memoSnippet(`${r.title} ${r.plain_text}`, words) }));
}
