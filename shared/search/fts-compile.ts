// Turns a parsed search into one FTS5 MATCH expression. FTS5's NOT is binary ("a NOT
// b"), so a query is reduced to either "rows matching E" (include) or "rows NOT
// matching E" (exclude, for a leading NOT or an OR with a NOT in it):
//   a AND NOT b -> a NOT b        NOT a AND NOT b -> exclude (a OR b)
//   a OR NOT b  -> exclude (b NOT a)                NOT a -> exclude a
import type { MatchLeaf, QueryNode } from './query-ast.ts';

export interface FtsPlan {
  // include: the rows FTS5 matches; exclude: every row in scope except those
  mode: 'include' | 'exclude';
  // the FTS5 MATCH expression
  match: string;
}

// The FTS5 form of one word or phrase: "t1 t2" or "t1 t2"* (terms hold letters and digits only).
export function leafToFts(leaf: MatchLeaf): string {
  return `"${leaf.terms.join(' ').replace(/"/g, '""')}"${leaf.prefix ? '*' : ''}`;
}

function both(a: FtsPlan, b: FtsPlan, op: 'AND' | 'OR'): FtsPlan {
  const inc = (match: string): FtsPlan => ({ mode: 'include', match });
  const exc = (match: string): FtsPlan => ({ mode: 'exclude', match });
  if (op === 'AND') {
    if (a.mode === 'include' && b.mode === 'include') return inc(`(${a.match} AND ${b.match})`);
    if (a.mode === 'include') return inc(`(${a.match} NOT ${b.match})`);
    if (b.mode === 'include') return inc(`(${b.match} NOT ${a.match})`);
    return exc(`(${a.match} OR ${b.match})`);
  }
  if (a.mode === 'include' && b.mode === 'include') return inc(`(${a.match} OR ${b.match})`);
  if (a.mode === 'exclude' && b.mode === 'exclude') return exc(`(${a.match} AND ${b.match})`);
  if (a.mode === 'include') return exc(`(${b.match} NOT ${a.match})`);
  return exc(`(${a.match} NOT ${b.match})`);
}

// Compiles a query to an FTS5 plan.
export function compileToFts(node: QueryNode): FtsPlan {
  switch (node.kind) {
    case 'match':
      return { mode: 'include', match: leafToFts(node) };
    case 'not': {
      const inner = compileToFts(node.item);
      return { mode: inner.mode === 'include' ? 'exclude' : 'include', match: inner.match };
    }
    case 'and':
    case 'or': {
      const op = node.kind === 'and' ? 'AND' : 'OR';
      // includes first, so "NOT a AND b" becomes "b NOT a"
      const plans = node.items.map(compileToFts);
      const ordered = [...plans.filter((p) => p.mode === 'include'), ...plans.filter((p) => p.mode === 'exclude')];
      return ordered.slice(1).reduce((acc, p) => both(acc, p, op), ordered[0] as FtsPlan);
    }
  }
}
