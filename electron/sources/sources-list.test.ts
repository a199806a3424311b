// The sources list counts characters from source_characters (migration 0009), not from the
// text: the count must follow every writer of a source's text, and undo and redo.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { codePointLength } from '../../shared/text/code-points.ts';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { editSourceText } from './source-edits.ts';
import { getSource, importTextSource, listSources, sourceSummary } from './sources.ts';
import { SOURCE_LIST_SQL } from './queries.ts';
import { redo, undo } from '../db/undo-log.ts';
import type { Store } from '../db/store.ts';

let store: Store & { close(): void };
beforeEach(() => (store = memoryStore()));
afterEach(() => store.close());

// The count the list shows, after checking it is the stored one.
function listed(id: number): number | undefined {
  const stored = store.db.prepare('SELECT characters FROM source_characters WHERE source_id = ?').pluck().get(id);
  const shown = listSources(store).find((s) => s.id === id)?.characters;
  expect(stored).toBe(shown);
  return shown;
}

describe('a source\'s character count', () => {
  it('is set on import, follows corrections, and undo and redo', () => {
    const text = 'Interviewer: How did it go?\n\nAmara: Better than the first round 😀, honestly.';
    const source = importTextSource(store, { name: 'A', kind: 'transcript', text, originFormat: 'txt' });
    expect(listed(source.id)).toBe(codePointLength(text));
    expect(source.characters).toBe(codePointLength(text));

    editSourceText(store, source.id, { start: 0, end: 0, insert: '[00:00:05] ', baseRevision: 0 });
    const edited = getSource(store, source.id).text;
    expect(listed(source.id)).toBe(codePointLength(edited));
    expect(listed(source.id)).toBe(codePointLength(text) + 11);

    undo(store);
    expect(listed(source.id)).toBe(codePointLength(text));
    redo(store);
    expect(listed(source.id)).toBe(codePointLength(edited));
  });

  it('lists sources from the covering index, without reading their text', () => {
    importTextSource(store, { name: 'C', kind: 'transcript', text: 'Some words.', originFormat: 'txt' });
    const plan = store.db.prepare(`EXPLAIN QUERY PLAN ${SOURCE_LIST_SQL}`).all() as { detail: string }[];
    expect(plan.map((p) => p.detail)).toContain('SCAN s USING COVERING INDEX sources_list');
  });

  it('goes with its source when an import is undone, and comes back with redo', () => {
    const source = importTextSource(store, { name: 'B', kind: 'transcript', text: 'Only a few words.', originFormat: 'txt' });
    undo(store);
    expect(store.db.prepare('SELECT count(*) FROM source_characters').pluck().get()).toBe(0);
    redo(store);
    expect(listed(source.id)).toBe(17);
    expect(store.db.pragma('foreign_key_check')).toEqual([]);
  });
});

describe('one source\'s summary (the Details panel)', () => {
  it('is the list\'s row for that source, without the text, and a clear refusal once it is gone', () => {
    const source = importTextSource(store, { name: 'B', kind: 'transcript', text: 'Interviewer: Hello.\n\nAmara: Hello again.', originFormat: 'txt' });
    const summary = sourceSummary(store, source.id);
    expect(summary).toEqual(listSources(store).find((s) => s.id === source.id));
    expect(summary).not.toHaveProperty('text');
    undo(store);
    expect(() => sourceSummary(store, source.id)).toThrow('That source no longer exists.');
  });
});
