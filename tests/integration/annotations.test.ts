// A memo anchored to a passage of a source (an annotation) through the contract: created with
// its passage in one undoable step, refused with a clear message when the passage is not in
// the source, and a refusal changes nothing.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import type { AppHost } from '../../electron/app/app-host.ts';
import type { MemoRecord, SourceDetail, SourceSummary } from '../../shared/model/entities.ts';
import { answerOf, openDemoHost } from '../helpers/demo-host.ts';
import type { Method } from '../helpers/demo-host.ts';

let host: AppHost;
let close: () => Promise<void>;

beforeEach(async () => ({ host, close } = await openDemoHost()));
afterEach(() => close());

const result = <T>(method: Method, input: unknown) => answerOf<T>(host, method, input);

// The message of a call that must be refused.
async function refusal(method: Method, input: unknown): Promise<string> {
  const response = await host.dispatch(method, input);
  if (response.ok) throw new Error(`${method} was accepted`);
  return response.error.message;
}

const memo = (targetId: number, range: unknown) => ({ targetKind: 'source', targetId, title: 'On the phrase', contentJson: '{"type":"doc"}', plainText: 'A thought.', range });

describe('memos on a passage', () => {
  it('creates one with its passage, undoes it in one step, and refuses passages outside the source', async () => {
    const sources = await result<SourceSummary[]>('sources.list', {});
    const summary = sources.find((s) => s.kind === 'transcript') ?? sources[0];
    if (!summary) throw new Error('the demo has no source');
    const source = await result<SourceDetail>('sources.get', { id: summary.id });
    const length = [...source.text].length;
    const before = await result<MemoRecord[]>('memos.list', {});

    const saved = await result<MemoRecord>('memos.save', memo(source.id, { start: 10, end: 25 }));
    expect(saved.range).toEqual({ start: 10, end: 25 });
    const listed = await result<MemoRecord[]>('memos.list', { targetKind: 'source', targetId: source.id });
    expect(listed.find((m) => m.id === saved.id)).toMatchObject({ range: { start: 10, end: 25 }, excerpt: [...source.text].slice(10, 25).join('') });

    // saving its text again keeps the passage
    const edited = await result<MemoRecord>('memos.save', { ...memo(source.id, undefined), id: saved.id, plainText: 'A second thought.' });
    expect(edited.range).toEqual({ start: 10, end: 25 });

    // one undo takes the edit back, a second the new memo; the passage is back on redo
    await result('undo.undo', {});
    await result('undo.undo', {});
    expect(await result<MemoRecord[]>('memos.list', {})).toEqual(before);
    await result('undo.redo', {});
    expect((await result<MemoRecord[]>('memos.list', {})).find((m) => m.id === saved.id)?.range).toEqual({ start: 10, end: 25 });
    await result('undo.undo', {});

    const undoBefore = await result<{ undoLabel: string | null }>('undo.state', {});
    const bad: [unknown, RegExp][] = [
      [{ start: 30, end: 20 }, /a passage ends where or after it starts/],
      [{ start: 0, end: length + 1 }, new RegExp(`not inside the source \\(${length} characters\\)`)],
      [{ start: -1, end: 4 }, /./],
    ];
    for (const [range, message] of bad) expect(await refusal('memos.save', memo(source.id, range))).toMatch(message);
    expect(await refusal('memos.save', { ...memo(source.id, { start: 1, end: 2 }), targetKind: 'project', targetId: null })).toBe('Only a memo on a source can be anchored to a passage.');
    const nodes = await result<{ id: number }[]>('nodes.list', {});
    const node = nodes[0];
    if (!node) throw new Error('the demo has no node');
    expect(await refusal('memos.save', { ...memo(node.id, { start: 1, end: 2 }), targetKind: 'node' })).toBe('Only a memo on a source can be anchored to a passage.');
    // nothing was written, not even an undo step
    expect(await result<MemoRecord[]>('memos.list', {})).toEqual(before);
    expect(await result<{ undoLabel: string | null }>('undo.state', {})).toEqual(undoBefore);

    // a passage that ends where the text does is inside it
    const atEnd = await result<MemoRecord>('memos.save', memo(source.id, { start: length - 3, end: length }));
    expect(atEnd.range).toEqual({ start: length - 3, end: length });
  });
});
