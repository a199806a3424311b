// Evaluates a parsed search over one text's tokens with FTS5's semantics and returns the
// hits to highlight: the code-point ranges of every word and phrase that counts (leaves
// under a NOT never count as hits).
import type { MatchLeaf, QueryNode } from './query-ast.ts';
import type { Token } from './tokenizer.ts';
import { tokenize } from './tokenizer.ts';

// One hit: tokens [firstToken, lastToken] and their code-point range [start, end).
export interface TokenHit {
  firstToken: number;
  lastToken: number;
  start: number;
  end: number;
}

export interface TextMatch {
  matched: boolean;
  hits: TokenHit[];
}

// Where a word or phrase occurs among the tokens (each occurrence's first token index).
export function leafOccurrences(leaf: MatchLeaf, tokens: readonly Token[]): number[] {
  const out: number[] = [];
  const k = leaf.terms.length;
  for (let i = 0; i + k <= tokens.length; i++) {
    let ok = true;
    for (let j = 0; j < k; j++) {
      const term = (tokens[i + j] as Token).term;
      const want = leaf.terms[j] as string;
      if (leaf.prefix && j === k - 1 ? !term.startsWith(want) : term !== want) {
        ok = false;
        break;
      }
    }
    if (ok) out.push(i);
  }
  return out;
}

function evaluate(node: QueryNode, tokens: readonly Token[]): TextMatch {
  switch (node.kind) {
    case 'match': {
      const hits = leafOccurrences(node, tokens).map((i) => {
        const last = i + node.terms.length - 1;
        return { firstToken: i, lastToken: last, start: (tokens[i] as Token).start, end: (tokens[last] as Token).end };
      });
      return { matched: hits.length > 0, hits };
    }
    case 'not':
      return { matched: !evaluate(node.item, tokens).matched, hits: [] };
    case 'and': {
      const parts = node.items.map((i) => evaluate(i, tokens));
      const matched = parts.every((p) => p.matched);
      return { matched, hits: matched ? parts.flatMap((p) => p.hits) : [] };
    }
    case 'or': {
      const parts = node.items.map((i) => evaluate(i, tokens));
      return { matched: parts.some((p) => p.matched), hits: parts.filter((p) => p.matched).flatMap((p) => p.hits) };
    }
  }
}

// Sorts hits and merges overlapping ones (a phrase inside a longer phrase, or repeats).
export function mergeHits(hits: readonly TokenHit[]): TokenHit[] {
  const sorted = [...hits].sort((a, b) => a.start - b.start || b.end - a.end);
  const out: TokenHit[] = [];
  for (const h of sorted) {
    const last = out[out.length - 1];
    if (last && h.start < last.end) {
      if (h.end > last.end) {
        last.end = h.end;
        last.lastToken = h.lastToken;
      }
    } else out.push({ ...h });
  }
  return out;
}

// Tells whether tokens match a query, and where (hits sorted and merged).
export function matchTokens(query: QueryNode, tokens: readonly Token[]): TextMatch {
  const result = evaluate(query, tokens);
  return { matched: result.matched, hits: result.matched ? mergeHits(result.hits) : [] };
}

// Tokenises a text (positions relative to it) and matches a query.
export function matchText(query: QueryNode, text: string): TextMatch {
  return matchTokens(query, tokenize(text));
}
