// The parsed form of a researcher's search: words, "phrases" and prefix* leaves joined
// by AND, OR and NOT.

// A word or quoted phrase as FTS5 terms ("co-operation" -> ["co", "operation"]).
export interface MatchLeaf {
  kind: 'match';
  // what the researcher typed, for messages ("co-operation", "peer coaching")
  text: string;
  // folded terms in order; more than one makes a phrase
  terms: string[];
  // the last term is a prefix (typed with a trailing *)
  prefix: boolean;
}

export interface AndNode {
  kind: 'and';
  items: QueryNode[];
}

export interface OrNode {
  kind: 'or';
  items: QueryNode[];
}

export interface NotNode {
  kind: 'not';
  item: QueryNode;
}

export type QueryNode = MatchLeaf | AndNode | OrNode | NotNode;

export type ParseResult = { ok: true; query: QueryNode } | { ok: false; message: string };

// Every match leaf of a query, left to right.
export function leavesOf(node: QueryNode): MatchLeaf[] {
  switch (node.kind) {
    case 'match':
      return [node];
    case 'not':
      return leavesOf(node.item);
    case 'and':
    case 'or':
      return node.items.flatMap(leavesOf);
  }
}

// Leaves that count as hits (not under an odd number of NOTs), for highlighting and coding.
export function positiveLeaves(node: QueryNode, negated = false): MatchLeaf[] {
  switch (node.kind) {
    case 'match':
      return negated ? [] : [node];
    case 'not':
      return positiveLeaves(node.item, !negated);
    case 'and':
    case 'or':
      return node.items.flatMap((item) => positiveLeaves(item, negated));
  }
}

// Writes a query back in the syntax it was parsed from (normalised spacing and quotes).
export function formatQuery(node: QueryNode, top = true): string {
  switch (node.kind) {
    case 'match': {
      const body = node.terms.length > 1 || /\s/.test(node.text) ? `"${node.terms.join(' ')}"` : (node.terms[0] ?? '');
      return node.prefix ? `${body}*` : body;
    }
    case 'not':
      return `NOT ${formatQuery(node.item, false)}`;
    case 'and':
    case 'or': {
      const inner = node.items.map((i) => formatQuery(i, false)).join(node.kind === 'and' ? ' AND ' : ' OR ');
      return top ? inner : `(${inner})`;
    }
  }
}
