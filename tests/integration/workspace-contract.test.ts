// The workspace methods through the real dispatcher (as both bindings call them): input
// checked at the boundary, writes announced with project-changed, previews not, results
// plain JSON.
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api.ts';
import { createAppHost } from '../../electron/app/app-host.ts';
import type { AppHost } from '../../electron/app/app-host.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

let tmp: { dir: string; cleanup: () => void };
let host: AppHost;
const events: ApiEvent[] = [];

async function ok<T>(method: string, input: unknown): Promise<T> {
  const response = await host.dispatch(method, input);
  if (!response.ok) throw new Error(`${method}: ${response.error.code} ${response.error.message}`);
  expect(JSON.parse(JSON.stringify(response.result))).toEqual(response.result);
  return response.result as T;
}

beforeAll(async () => {
  tmp = makeTempDir();
  host = createAppHost({ binding: 'direct', homeDir: tmp.dir, emit: (e) => events.push(e), backupIntervalMinutes: 600 });
  await host.openStartupProject('demo');
});
afterAll(async () => {
  await host.close();
  tmp.cleanup();
});

describe('workspace contract', () => {
  it('refuses overlapping or unordered edits before any handler runs', async () => {
    const sources = await ok<{ id: number; revision: number }[]>('sources.list', {});
    const s = sources[0];
    const reply = await host.dispatch('edits.apply', { sourceId: s?.id, baseRevision: s?.revision, edits: [{ start: 5, end: 9, insert: '' }, { start: 7, end: 8, insert: 'x' }], removeEmptied: [] });
    expect(reply.ok).toBe(false);
    expect(!reply.ok && reply.error.code).toBe('BAD_INPUT');
    expect(!reply.ok && reply.error.message).toMatch(/text order/);
  });

  it('announces writes but not previews', async () => {
    const sources = await ok<{ id: number; revision: number }[]>('sources.list', {});
    const s = sources[0] as { id: number; revision: number };
    events.length = 0;
    await ok('edits.preview', { sourceId: s.id, baseRevision: s.revision, edits: [{ start: 0, end: 0, insert: 'x' }] });
    await ok('text.replacePreview', { query: 'coaching', replacement: 'mentoring' });
    await ok('text.find', { query: 'coaching' });
    expect(events.filter((e) => e.type === 'project-changed')).toEqual([]);
    await ok('edits.apply', { sourceId: s.id, baseRevision: s.revision, edits: [{ start: 0, end: 0, insert: 'x' }], removeEmptied: [] });
    expect(events).toContainEqual(expect.objectContaining({ type: 'project-changed', reason: 'edits.apply' }));
  });

  it('records the coder a coding is made by', async () => {
    const coder = await ok<{ id: number; initials: string }>('coders.create', { name: 'Sam Coder', initials: 'sc' });
    const sources = await ok<{ id: number }[]>('sources.list', {});
    const nodes = await ok<{ id: number }[]>('nodes.list', {});
    const coding = await ok<{ coderId: number | null }>('codings.create', { sourceId: sources[1]?.id, nodeId: nodes[0]?.id, start: 0, end: 5, coderId: coder.id });
    expect(coding.coderId).toBe(coder.id);
    const vivo = await ok<{ coding: { coderId: number | null } }>('codings.inVivo', { sourceId: sources[1]?.id, start: 0, end: 9, coderId: coder.id });
    expect(vivo.coding.coderId).toBe(coder.id);
  });

  it('keeps the alignment matrix', async () => {
    const m = await ok<{ objectives: { id: number; title: string }[]; questions: { name: string }[] }>('alignment.addObjective', { title: 'Understand the partnership' });
    expect(m.questions).toHaveLength(6);
    const id = m.objectives.find((o) => o.title === 'Understand the partnership')?.id;
    const after = await ok<{ objectives: { id: number; cells: Record<string, string> }[] }>('alignment.setCell', { objectiveId: id, question: 4, text: 'Who does what' });
    expect(after.objectives.find((o) => o.id === id)?.cells).toEqual({ '4': 'Who does what' });
    const bad = await host.dispatch('alignment.setCell', { objectiveId: id, question: 7, text: 'x' });
    expect(bad.ok).toBe(false);
  });
});
