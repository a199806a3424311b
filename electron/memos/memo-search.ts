// Searching memos: every memo whose title or text holds all the words of a query, with
// what it is about (the project journal, a source, a node, a case, a coding).
import type { MemoRecord, MemoTarget } from '../../shared/model/entities.ts';
import type { MemoSearchHit } from '../../shared/model/workspace.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import { nodePaths } from '../codebook/codebook.ts';

interface MemoRow {
  id: number;
  guid: string;
  target_kind: MemoTarget;
  target_id: number | null;
  title: string;
  content_json: string;
  plain_text: string;
  created_at: string;
  updated_at: string;
}

const SNIPPET = 60;

function toRecord(r: MemoRow): MemoRecord {
  return { id: r.id, guid: r.guid, targetKind: r.target_kind, targetId: r.target_id, title: r.title, contentJson: r.content_json, plainText: r.plain_text, createdAt: r.created_at, updatedAt: r.updated_at };
}

// A short piece of the text around the first word of the query found in it.
export function memoSnippet(text: string, words: readonly string[]): string {
  const flat = text.replace(/\s+/gu, ' ').trim();
  const lower = flat.toLowerCase();
  const at = words.map((w) => lower.indexOf(w)).filter((i) => i >= 0).sort((a, b) => a - b)[0] ?? 0;
  const from = Math.max(0, at - SNIPPET);
  const to = Math.min(flat.length, at + SNIPPET * 2);
  return `${from > 0 ? '…' : ''}${flat.slice(from, to)}${to < flat.length ? '…' : ''}`;
}

// Memos holding every word of the query (case-insensitive), newest first.
export function searchMemos(store: Store, query: string, limit = 100): MemoSearchHit[] {
  const words = query.toLowerCase().split(/\s+/u).filter(Boolean);
  const rows = (sql(store, 'SELECT * FROM memos ORDER BY updated_at DESC, id DESC').all() as MemoRow[]).filter((r) => {
    const hay = `${r.title}\n${r.plain_text}`.toLowerCase();
    return words.every((w) => hay.includes(w));
  });
  const nodes = nodePaths(store);
  const sourceName = (id: number | null) => (id === null ? undefined : (sql(store, 'SELECT name FROM sources WHERE id = ?').pluck().get(id) as string | undefined));
  return rows.slice(0, limit).map((r) => {
    let targetLabel = 'Project journal';
    let sourceId: number | null = null;
    let start: number | null = null;
    let end: number | null = null;
    switch (r.target_kind) {
      case 'source':
        targetLabel = `Source: ${sourceName(r.target_id) ?? '(deleted)'}`;
        sourceId = r.target_id;
        break;
      case 'node':
        targetLabel = `Node: ${(r.target_id !== null && nodes.get(r.target_id)) || '(deleted)'}`;
        break;
      case 'case':
        targetLabel = `Case: ${(sql(store, 'SELECT label FROM cases WHERE id = ?').pluck().get(r.target_id) as string | undefined) ?? '(deleted)'}`;
        break;
      case 'diagram':
        targetLabel = `Diagram: ${(sql(store, 'SELECT title FROM diagrams WHERE id = ?').pluck().get(r.target_id) as string | undefined) ?? '(deleted)'}`;
        break;
      case 'coding': {
        const c = sql(store, 'SELECT source_id, node_id, start, end FROM codings WHERE id = ?').get(r.target_id) as { source_id: number; node_id: number; start: number; end: number } | undefined;
        if (c) {
          targetLabel = `Coding at ${nodes.get(c.node_id) ?? 'a node'} in ${sourceName(c.source_id) ?? 'a source'}`;
          sourceId = c.source_id;
          start = c.start;
          end = c.end;
        } else targetLabel = 'Coding (deleted)';
        break;
      }
      case 'project':
        break;
    }
    return { memo: toRecord(r), targetKind: r.target_kind, targetLabel, sourceId, start, end, snippet: memoSnippet(`${r.title} ${r.plain_text}`, words) };
  });
}
