// Test support for team coding: demo projects on disk, coders and codings by quote.
import { join } from 'node:path';
import { createProject } from '../../db/open-project.ts';
import type { OpenStore } from '../../db/open-project.ts';
import type { Store } from '../../db/store.ts';
import { nodePaths } from '../../codebook/codebook.ts';
import { createCoder } from '../../codings/coding-actions.ts';
import { createCoding } from '../../codings/codings.ts';
import { writeDemoStudy } from '../../projects/demo-study.ts';
import { utf16ToCodePoint } from '../../../shared/text/code-points.ts';
import { agreementQueries } from '../agreement-queries.ts';

// A demo project in a file of a folder.
export function demoProjectFile(dir: string, name: string): OpenStore {
  let tick = 0;
  const store = createProject(join(dir, name), 'Demo', { now: () => new Date(Date.UTC(2026, 1, 1, 9, 0, 0) + 1000 * tick++) });
  writeDemoStudy(store);
  return store;
}

// A source's id by the start of its name.
export function sourceNamed(store: Store, start: string): number {
  const found = agreementQueries(store).sourceLengths.all().find((s) => s.name.startsWith(start));
  if (!found) throw new Error(`no source starts with ${start}`);
  return found.id;
}

// A node's id by its path.
export function nodeAt(store: Store, path: string): number {
  const found = [...nodePaths(store)].find(([, p]) => p === path);
  if (!found) throw new Error(`no node at ${path}`);
  return found[0];
}

// Where a quote is in a source, in code points.
export function placeOf(store: Store, sourceId: number, quote: string): { start: number; end: number } {
  const text = agreementQueries(store).sourceText.get(sourceId) ?? '';
  const at = text.indexOf(quote);
  if (at < 0) throw new Error(`"${quote}" is not in source ${sourceId}`);
  return { start: utf16ToCodePoint(text, at), end: utf16ToCodePoint(text, at + quote.length) };
}

// Codes a quote of a source at a node for a coder.
export function codeQuote(store: Store, coderId: number, sourceId: number, nodePath: string, quote: string): number {
  return createCoding(store, { sourceId, nodeId: nodeAt(store, nodePath), ...placeOf(store, sourceId, quote), coderId }).id;
}

// Adds a coder (or returns the one with that name and initials).
export function coder(store: Store, name: string, initials: string): number {
  return createCoder(store, { name, initials }).id;
}
