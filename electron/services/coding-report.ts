// Every coding with what a reader needs to check it: node path, source, the speaker's
// case and the coded text (what `codings --json` prints and later queries start from).
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import { listNodes } from './codebook.ts';

export interface CodingDetail {
  id: number;
  guid: string;
  nodeId: number;
  nodePath: string;
  sourceId: number;
  sourceName: string;
  caseId: number | null;
  caseLabel: string | null;
  caseRealName: string | null;
  start: number;
  end: number;
  text: string;
  coder: string | null;
}

interface Row {
  id: number;
  guid: string;
  node_id: number;
  source_id: number;
  source_name: string;
  case_id: number | null;
  start: number;
  end: number;
  text: string;
  coder: string | null;
}

// Lists every coding with node path, source, case and text, in source and text order.
export function listCodingDetails(store: Store): CodingDetail[] {
  const paths = new Map(listNodes(store).map((n) => [n.id, n.path]));
  const cases = new Map(
    (sql(store, 'SELECT id, label, real_name FROM cases').all() as { id: number; label: string; real_name: string }[]).map((c) => [c.id, c]),
  );
  const rows = sql(
    store,
    `SELECT c.id, c.guid, c.node_id, c.source_id, s.name AS source_name, c.start, c.end,
            substr(s.text, c.start + 1, c.end - c.start) AS text, k.initials AS coder,
            coalesce(
              (SELECT g.case_id FROM segments g WHERE g.source_id = c.source_id AND g.start <= c.start AND g.end >= c.start AND g.case_id IS NOT NULL ORDER BY g.start DESC LIMIT 1),
              (SELECT min(sc.case_id) FROM source_cases sc WHERE sc.source_id = c.source_id HAVING count(*) = 1)
            ) AS case_id
     FROM codings c JOIN sources s ON s.id = c.source_id LEFT JOIN coders k ON k.id = c.coder_id
     ORDER BY s.name, c.start, c.end, c.id`,
  ).all() as Row[];
  return rows.map((r) => {
    const k = r.case_id === null ? undefined : cases.get(r.case_id);
    return {
      id: r.id,
      guid: r.guid,
      nodeId: r.node_id,
      nodePath: paths.get(r.node_id) ?? '',
      sourceId: r.source_id,
      sourceName: r.source_name,
      caseId: r.case_id,
      caseLabel: k?.label ?? null,
      caseRealName: k?.real_name ?? null,
      start: r.start,
      end: r.end,
      text: r.text,
      coder: r.coder,
    };
  });
}
