import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { codePhrase, workspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import type { WorkspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import { redo, undo, undoState } from '../db/undo-log.ts';
import { listCodings } from '../codings/codings.ts';
import { applyEdits, previewEdits } from './corrections.ts';
import { saveMemo, listMemos } from '../memos/memos.ts';
import { getSource } from './sources.ts';

let f: WorkspaceFixture;
beforeEach(() => (f = workspaceFixture()));
afterEach(() => f.store.close());

function threeCodings() {
  return {
    shifted: codePhrase(f, f.tools, 'log every visit'),
    resized: codePhrase(f, f.rules, 'graded ones'),
    doomed: codePhrase(f, f.inspection, 'felt like inspection'),
  };
}

describe('correcting a turn with several edits', () => {
  it('an emoji before one coding, a word inside another, and a third coding\'s whole text deleted', () => {
    const ids = threeCodings();
    const emojiAt = f.at('log every visit').start;
    const word = f.at('graded');
    const doomed = f.at(' felt like inspection');
    const edits = [
      { start: emojiAt, end: emojiAt, insert: '📝 ' },
      { start: word.start, end: word.end, insert: 'formally graded' },
      { start: doomed.start, end: doomed.end, insert: '' },
    ];
    const preview = previewEdits(f.store, f.sourceId, 0, edits);
    expect(preview.emptied.map((c) => ({ id: c.id, nodePath: c.nodePath, text: c.text }))).toEqual([{ id: ids.doomed, nodePath: 'Rules/Inspection', text: 'felt like inspection' }]);
    expect(preview.changedCodings).toBe(2);
    // the preview wrote nothing, not even an undo entry
    expect(getSource(f.store, f.sourceId).revision).toBe(0);
    expect(undoState(f.store).undoLabel).not.toBe('Preview correction');

    const before = snapshotTables(f.store.db);
    expect(() => applyEdits(f.store, f.sourceId, 0, edits, [])).toThrow(/not confirmed/);
    expect(snapshotTables(f.store.db)).toEqual(before);

    const result = applyEdits(f.store, f.sourceId, 0, edits, [ids.doomed]);
    expect(result.removedCodings).toEqual([ids.doomed]);
    expect(f.codedText(ids.shifted)).toBe('log every visit');
    expect(f.codedText(ids.resized)).toBe('formally graded ones');
    expect(listCodings(f.store, { sourceId: f.sourceId }).some((c) => c.id === ids.doomed)).toBe(false);
    expect(getSource(f.store, f.sourceId).text).toContain('📝 log every visit');
    expect(getSource(f.store, f.sourceId).text.endsWith('the coaching.')).toBe(true);
    expect(result.revision).toBe(3);

    // one undo puts the text and all three codings back exactly
    const after = snapshotTables(f.store.db);
    expect(undoState(f.store).undoLabel).toBe('Correct transcript');
    undo(f.store);
    expect(snapshotTables(f.store.db)).toEqual(before);
    redo(f.store);
    expect(snapshotTables(f.store.db)).toEqual(after);
  });

  it('removes memos on a coding it removes', () => {
    const id = codePhrase(f, f.tools, 'graded ones');
    saveMemo(f.store, { targetKind: 'coding', targetId: id, title: '', contentJson: '{}', plainText: 'note' });
    const at = f.at('graded ones');
    applyEdits(f.store, f.sourceId, 0, [{ ...at, insert: '' }], [id]);
    expect(listMemos(f.store, { targetKind: 'coding' })).toHaveLength(0);
  });

  it('refuses an edit made against an older revision, telling the user their typing is kept', () => {
    codePhrase(f, f.tools, 'graded ones');
    applyEdits(f.store, f.sourceId, 0, [{ start: 0, end: 0, insert: 'x' }], []);
    expect(() => previewEdits(f.store, f.sourceId, 0, [{ start: 0, end: 0, insert: 'y' }])).toThrow(/changed since/);
    expect(() => applyEdits(f.store, f.sourceId, 0, [{ start: 0, end: 0, insert: 'y' }], [])).toThrow(/changed since/);
  });

  it('refuses overlapping edits', () => {
    expect(() => applyEdits(f.store, f.sourceId, 0, [{ start: 0, end: 5, insert: '' }, { start: 3, end: 6, insert: '' }], [])).toThrow(/overlap/);
  });
});
