// Parses what a researcher types into the search box:
//   words              coaching log          (both words, anywhere in the turn: implicit AND)
//   "phrases"          "peer coaching"
//   prefix*            observ*   "peer coach*"
//   AND / OR / NOT     mentor OR mentee, log NOT form, NOT interviewer (a leading NOT too)
//   -word              the same as NOT word
//   ( )                grouping: (mentor OR mentee) AND log
// Operators are upper case; "and", "or", "not" in lower case are words. Hyphens and
// apostrophes inside words split them the way the index does, so co-operation and
// don't become the phrases "co operation" and "don t" (which match "co-operation",
// "co operation", "don't" and "don’t"). Precedence: NOT, then AND, then OR.
import type { MatchLeaf, ParseResult, QueryNode } from './query-ast.ts';
import { termsOf } from './tokenizer.ts';

export const MAX_QUERY_LENGTH = 1000;
export const MAX_QUERY_LEAVES = 64;
const MAX_DEPTH = 32;

type Lexeme =
  | { type: 'open'; at: number }
  | { type: 'close'; at: number }
  | { type: 'and' | 'or' | 'not'; at: number; text: string }
  | { type: 'leaf'; at: number; text: string; quoted: boolean; prefix: boolean };

class SyntaxProblem extends Error {}

const QUOTES = new Set(['"', '“', '”', '„']);

function lex(input: string): Lexeme[] {
  const out: Lexeme[] = [];
  let i = 0;
  const n = input.length;
  while (i < n) {
    const ch = input[i] as string;
    if (/\s/u.test(ch)) {
      i++;
      continue;
    }
    if (ch === '(' || ch === ')') {
      out.push({ type: ch === '(' ? 'open' : 'close', at: i });
      i++;
      continue;
    }
    if (QUOTES.has(ch)) {
      let j = i + 1;
      while (j < n && !QUOTES.has(input[j] as string)) j++;
      if (j >= n) throw new SyntaxProblem(`The quote opened at "${input.slice(i, i + 20)}" is never closed. Add the closing quote.`);
      const inside = input.slice(i + 1, j);
      const starInside = /\*\s*$/u.test(inside);
      const prefix = input[j + 1] === '*' || starInside;
      out.push({ type: 'leaf', at: i, text: starInside ? inside.replace(/\*\s*$/u, '') : inside, quoted: true, prefix });
      i = j + 1 + (input[j + 1] === '*' ? 1 : 0);
      continue;
    }
    let j = i;
    while (j < n && !/\s/u.test(input[j] as string) && input[j] !== '(' && input[j] !== ')' && !QUOTES.has(input[j] as string)) j++;
    const word = input.slice(i, j);
    if (word === 'AND' || word === 'OR' || word === 'NOT') out.push({ type: word === 'AND' ? 'and' : word === 'OR' ? 'or' : 'not', at: i, text: word });
    else if (word.length > 1 && word.startsWith('-') && termsOf(word.slice(1, 2)).length > 0) {
      out.push({ type: 'not', at: i, text: '-' });
      const rest = word.slice(1);
      out.push({ type: 'leaf', at: i + 1, text: rest.replace(/\*$/, ''), quoted: false, prefix: rest.endsWith('*') });
    } else out.push({ type: 'leaf', at: i, text: word.endsWith('*') ? word.slice(0, -1) : word, quoted: false, prefix: word.endsWith('*') });
    i = j;
  }
  return out;
}

class Parser {
  private pos = 0;
  private leaves = 0;
  constructor(private readonly lexemes: Lexeme[]) {}

  parse(): QueryNode {
    const node = this.orExpr(0);
    const extra = this.lexemes[this.pos];
    if (extra) throw new SyntaxProblem(extra.type === 'close' ? 'There is a closing bracket ")" with no opening one.' : 'The search could not be read to the end.');
    return node;
  }

  private peek(): Lexeme | undefined {
    return this.lexemes[this.pos];
  }

  private orExpr(depth: number): QueryNode {
    const items = [this.andExpr(depth)];
    while (this.peek()?.type === 'or') {
      this.pos++;
      if (!this.startsOperand()) throw new SyntaxProblem('OR needs a search term after it.');
      items.push(this.andExpr(depth));
    }
    return items.length === 1 ? (items[0] as QueryNode) : { kind: 'or', items };
  }

  private andExpr(depth: number): QueryNode {
    const items = [this.unary(depth)];
    for (;;) {
      const next = this.peek();
      if (next?.type === 'and') {
        this.pos++;
        if (!this.startsOperand()) throw new SyntaxProblem('AND needs a search term after it.');
        items.push(this.unary(depth));
      } else if (this.startsOperand()) items.push(this.unary(depth));
      else break;
    }
    return items.length === 1 ? (items[0] as QueryNode) : { kind: 'and', items };
  }

  private startsOperand(): boolean {
    const t = this.peek()?.type;
    return t === 'leaf' || t === 'open' || t === 'not';
  }

  private unary(depth: number): QueryNode {
    if (depth > MAX_DEPTH) throw new SyntaxProblem('The search nests too deeply; use fewer brackets or NOTs.');
    const t = this.peek();
    if (!t) throw new SyntaxProblem('The search ends where a word was expected.');
    if (t.type === 'not') {
      this.pos++;
      if (!this.startsOperand()) throw new SyntaxProblem(`${t.text === '-' ? 'A minus sign' : 'NOT'} needs a search term after it.`);
      return { kind: 'not', item: this.unary(depth + 1) };
    }
    if (t.type === 'open') {
      this.pos++;
      if (this.peek()?.type === 'close') throw new SyntaxProblem('There is an empty pair of brackets "()".');
      const inner = this.orExpr(depth + 1);
      if (this.peek()?.type !== 'close') throw new SyntaxProblem('A bracket "(" is never closed. Add the closing ")".');
      this.pos++;
      return inner;
    }
    if (t.type === 'leaf') {
      this.pos++;
      return this.leaf(t);
    }
    if (t.type === 'close') throw new SyntaxProblem('There is a closing bracket ")" where a word was expected.');
    throw new SyntaxProblem(`${t.text} needs a search term before it.`);
  }

  private leaf(t: Extract<Lexeme, { type: 'leaf' }>): MatchLeaf {
    if (++this.leaves > MAX_QUERY_LEAVES) throw new SyntaxProblem(`A search may have at most ${MAX_QUERY_LEAVES} words and phrases.`);
    const terms = termsOf(t.text);
    if (terms.length === 0) {
      if (t.quoted && t.text.trim() === '') throw new SyntaxProblem('There is an empty pair of quotes "".');
      if (t.text === '' && t.prefix) throw new SyntaxProblem('A * must follow the start of a word, as in observ*.');
      throw new SyntaxProblem(`"${t.text}" has no letters or digits to search for.`);
    }
    return { kind: 'match', text: t.text, terms, prefix: t.prefix };
  }
}

// Parses a search; a problem comes back as a message the researcher can act on.
export function parseQuery(input: string): ParseResult {
  if (input.length > MAX_QUERY_LENGTH) return { ok: false, message: `A search may be at most ${MAX_QUERY_LENGTH} characters long.` };
  if (input.trim() === '') return { ok: false, message: 'Type a word or phrase to search for.' };
  try {
    const lexemes = lex(input);
    if (lexemes.length === 0) return { ok: false, message: 'Type a word or phrase to search for.' };
    return { ok: true, query: new Parser(lexemes).parse() };
  } catch (error) {
    if (error instanceof SyntaxProblem) return { ok: false, message: error.message };
    throw error;
  }
}
