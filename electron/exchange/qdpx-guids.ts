// GUIDs for REFI-QDA elements that have no row of their own (selections, sets, graph
// vertices): derived from a stable seed, so every export of a project writes the same ones.
import { createHash } from 'node:crypto';
import { canonicalGuid } from '../../shared/exchange/refi-model.ts';
import type { Store } from '../db/store.ts';
import { exchangeQueries } from './queries.ts';

// A name-based GUID (UUID version 5 layout, SHA-1) for a seed string.
export function derivedGuid(seed: string): string {
  const h = createHash('sha1').update(`activity-lens:${seed}`).digest();
  h[6] = ((h[6] ?? 0) & 0x0f) | 0x50;
  h[8] = ((h[8] ?? 0) & 0x3f) | 0x80;
  const hex = h.subarray(0, 16).toString('hex');
  return `${hex.slice(0, 8)}-${hex.slice(8, 12)}-${hex.slice(12, 16)}-${hex.slice(16, 20)}-${hex.slice(20, 32)}`;
}

// A row's GUID as REFI wants it, or a stable derived one when the stored value is not a GUID.
export function exportGuid(stored: string, seed: string): string {
  return canonicalGuid(stored) ?? derivedGuid(`${seed}:${stored}`);
}

// GUIDs of elements without a row (question and component sets, our field variables):
// the ones an import of our own export recorded, else derived from the project's GUID.
export function elementGuids(store: Store): (key: string) => string {
  const rows = exchangeQueries(store).elementGuids.all();
  const projectGuid = rows.find((r) => r.key === 'project.guid')?.value ?? 'project';
  const kept = new Map(rows.filter((r) => r.key.startsWith('exchange.guid.')).map((r) => [r.key.slice('exchange.guid.'.length), r.value]));
  return (key) => kept.get(key) ?? derivedGuid(`${projectGuid}:${key}`);
}
