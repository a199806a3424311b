// A coding action's answer and event say what it changed (shared/model/coding-change.ts):
// patching the codings a window shows with it gives exactly what reading them again gives.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppHost } from '../../electron/app/app-host.ts';
import type { ApiEvent, ApiResponse } from '../../shared/api.ts';
import { applyCodingChange } from '../../shared/model/coding-change.ts';
import type { CodingChange } from '../../shared/model/coding-change.ts';
import type { CodingRecord, NodeRecord, SourceSummary } from '../../shared/model/entities.ts';
import { answerOf, openDemoHost } from '../helpers/demo-host.ts';
import type { Method } from '../helpers/demo-host.ts';

let host: AppHost;
let close: () => Promise<void>;
let events: ApiEvent[];

beforeEach(async () => {
  events = [];
  ({ host, close } = await openDemoHost((e) => events.push(e)));
});
afterEach(() => close());

const result = <T>(method: Method, input: unknown) => answerOf<T>(host, method, input);

// Runs a coding action; checks its answer and event carry the same change, and that the change patches the shown codings into the stored ones.
async function checkPatch(sourceId: number, method: Method, input: unknown): Promise<CodingChange> {
  const shown = await result<CodingRecord[]>('codings.list', { sourceId });
  events = [];
  const response: ApiResponse = await host.dispatch(method, input);
  if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
  const change = response.codings;
  if (!change) throw new Error(`${method} said nothing about what it changed`);
  expect(response.changeSeq).toBeGreaterThan(0);
  expect(events).toEqual([{ type: 'project-changed', reason: method, codings: change, seq: response.changeSeq }]);
  const stored = await result<CodingRecord[]>('codings.list', { sourceId });
  expect(applyCodingChange(shown, change, sourceId)).toEqual(stored);
  // the host's event after the answer changes nothing more
  expect(applyCodingChange(stored, change, sourceId)).toBe(stored);
  return change;
}

describe('what a coding action changed', () => {
  it('patches new, joined, trimmed, split and removed codings exactly as reading them again', async () => {
    const sources = await result<SourceSummary[]>('sources.list', {});
    const source = sources.find((s) => s.kind === 'transcript') ?? sources[0];
    if (!source) throw new Error('the demo has no source');
    const nodes = await result<NodeRecord[]>('nodes.list', {});
    const node = nodes.find((n) => n.isCodable !== false && n.parentId !== null);
    if (!node) throw new Error('the demo has no codable node');
    const sourceId = source.id;
    const at = { sourceId, nodeId: node.id };

    const made = await checkPatch(sourceId, 'codings.create', { ...at, start: 3, end: 10 });
    expect(made.codings).toHaveLength(1);
    expect(made.codings[0]).toMatchObject({ start: 3, end: 10, nodeId: node.id });
    expect(made.nodesChanged).toBe(false);

    // touching the one just made: joined into one coding
    const joined = await checkPatch(sourceId, 'codings.create', { ...at, start: 10, end: 20 });
    expect(joined.codings.filter((c) => c.nodeId === node.id && c.start <= 3 && c.end >= 20)).toHaveLength(1);

    // uncoding the middle splits it in two
    const split = await checkPatch(sourceId, 'codings.uncodeRange', { ...at, start: 12, end: 14 });
    expect(split.codings.length + split.removedCodingIds.length).toBeGreaterThan(0);

    const pieces = (await result<CodingRecord[]>('codings.list', { sourceId })).filter((c) => c.nodeId === node.id && c.start < 20 && c.end > 3);
    const removed = await checkPatch(sourceId, 'codings.deleteMany', { ids: pieces.map((c) => c.id) });
    expect(removed.removedCodingIds.sort()).toEqual(pieces.map((c) => c.id).sort());
  });

  it('says when a node changed (in vivo makes one), and other methods say nothing', async () => {
    const sources = await result<SourceSummary[]>('sources.list', {});
    const sourceId = sources[0]?.id ?? 0;
    const change = await checkPatch(sourceId, 'codings.inVivo', { sourceId, start: 0, end: 4 });
    expect(change.nodesChanged).toBe(true);
    const undone = await host.dispatch('undo.undo', {});
    expect(undone.ok && 'codings' in undone).toBe(false);
    expect(events.at(-1)).toMatchObject({ type: 'project-changed', reason: 'undo.undo' });
    expect(events.at(-1)).not.toHaveProperty('codings');
  });
});
