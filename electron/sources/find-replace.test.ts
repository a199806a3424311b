import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { codePhrase, workspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import type { WorkspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import { undo } from '../db/undo-log.ts';
import { sliceByCodePoints } from '../../shared/text/code-points.ts';
import { listCodings } from '../codings/codings.ts';
import { findText, previewReplace, replaceText } from './find-replace.ts';
import { getSource, importTextSource } from './sources.ts';

let f: WorkspaceFixture;
beforeEach(() => (f = workspaceFixture()));
afterEach(() => f.store.close());

describe('find', () => {
  it('finds every hit in code points, with context, ignoring case unless asked', () => {
    const result = findText(f.store, { query: 'COACHING' });
    expect(result.matches).toHaveLength(3);
    const text = getSource(f.store, f.sourceId).text;
    for (const m of result.matches) expect(sliceByCodePoints(text, m.start, m.end).toLowerCase()).toBe('coaching');
    expect(findText(f.store, { query: 'COACHING', matchCase: true }).matches).toHaveLength(0);
  });

  it('counts astral characters as one position', () => {
    const other = importTextSource(f.store, { name: 'Emoji', kind: 'other', text: '😀😀 coaching 😀 coaching', originFormat: 'txt' });
    const hits = findText(f.store, { query: 'coaching', sourceId: other.id }).matches;
    expect(hits.map((h) => [h.start, h.end])).toEqual([
      [3, 11],
      [14, 22],
    ]);
  });

  it('matches whole words only when asked', () => {
    expect(findText(f.store, { query: 'up' }).matches.length).toBe(2); // "set it up", "mixed up"
    expect(findText(f.store, { query: 'ones', wholeWord: true }).matches).toHaveLength(2);
    expect(findText(f.store, { query: 'on', wholeWord: true }).matches).toHaveLength(0);
  });

  it('treats the query as plain text, not a pattern', () => {
    expect(findText(f.store, { query: '.*' }).matches).toHaveLength(0);
    expect(findText(f.store, { query: '--' }).matches).toHaveLength(1);
  });

  it('stops at the limit and says so', () => {
    const result = findText(f.store, { query: 'e', limit: 5 });
    expect(result.matches).toHaveLength(5);
    expect(result.truncated).toBe(true);
  });
});

describe('replace', () => {
  it('replaces every hit as one undoable action, and codings follow the text', () => {
    const visit = codePhrase(f, f.tools, 'log every visit');
    const graded = codePhrase(f, f.rules, 'The graded ones and the coaching ones');
    const before = snapshotTables(f.store.db);
    const result = replaceText(f.store, { query: 'coaching', wholeWord: true }, 'peer coaching', []);
    expect(result).toMatchObject({ applied: true, replaced: 3, sources: 1, removedCodings: [] });
    expect(f.codedText(visit)).toBe('log every visit');
    expect(f.codedText(graded)).toBe('The graded ones and the peer coaching ones');
    undo(f.store);
    expect(snapshotTables(f.store.db)).toEqual(before);
  });

  it('reports codings a replacement would empty, and removes them only when confirmed', () => {
    const word = codePhrase(f, f.tools, 'inspection');
    const preview = previewReplace(f.store, { query: 'inspection' }, 'an inspection');
    expect(preview.applied).toBe(false);
    expect(preview.emptied.map((c) => c.id)).toEqual([word]);
    const before = snapshotTables(f.store.db);
    expect(() => replaceText(f.store, { query: 'inspection' }, 'an inspection', [])).toThrow(/not confirmed/);
    expect(snapshotTables(f.store.db)).toEqual(before);
    const done = replaceText(f.store, { query: 'inspection' }, 'an inspection', [word]);
    expect(done.removedCodings).toEqual([word]);
    expect(listCodings(f.store, { sourceId: f.sourceId })).toHaveLength(0);
  });

  it('replaces across the project or in one source', () => {
    const second = importTextSource(f.store, { name: 'Second', kind: 'other', text: 'More coaching here.', originFormat: 'txt' });
    expect(previewReplace(f.store, { query: 'coaching', sourceId: second.id }, 'mentoring')).toMatchObject({ replaced: 1, sources: 1 });
    expect(replaceText(f.store, { query: 'coaching' }, 'mentoring', [])).toMatchObject({ replaced: 4, sources: 2 });
    expect(getSource(f.store, second.id).text).toBe('More mentoring here.');
  });

  it('does nothing when nothing matches or the replacement equals the text', () => {
    expect(replaceText(f.store, { query: 'absent words' }, 'x', [])).toMatchObject({ applied: false, replaced: 0 });
    expect(replaceText(f.store, { query: 'coaching', matchCase: true }, 'coaching', [])).toMatchObject({ applied: false, replaced: 0 });
  });
});
