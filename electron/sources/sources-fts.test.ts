// importTextSource (the REFI-QDA importer, the demo study and the bench corpus write through
// it) indexes its segments from the text in memory: the index must be exactly what the
// insert trigger would write from the stored text, and undo and redo must keep it so.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import type { Store } from '../db/store.ts';
import { redo, undo } from '../db/undo-log.ts';
import { importTextSource } from './sources.ts';

let store: Store & { close(): void };
beforeEach(() => (store = memoryStore()));
afterEach(() => store.close());

// every token of the index: term, segment, column and position
function indexContents(): unknown[] {
  store.db.exec("CREATE VIRTUAL TABLE IF NOT EXISTS temp.fts_instances USING fts5vocab(main, 'segments_fts', 'instance')");
  return store.db.prepare('SELECT term, doc, col, offset FROM temp.fts_instances ORDER BY doc, offset, term').all();
}

describe('full-text rows of an imported text', () => {
  const text = Array.from({ length: 30 }, (_, i) => `Interviewer: Question ${i} about the café log?\n\nZoë: Answer ${i}, with 🙂 and the naïve coöperation.`).join('\n\n');

  it('are the rows the trigger writes, and follow undo and redo', () => {
    importTextSource(store, { name: 'S', kind: 'transcript', text, originFormat: 'txt' });
    const direct = indexContents();
    expect(direct.length).toBeGreaterThan(400);
    expect(store.db.prepare('SELECT count(*) FROM segments_fts_direct').pluck().get()).toBe(0);
    expect(store.db.prepare("SELECT count(*) FROM segments_fts WHERE segments_fts MATCH 'cooperation'").pluck().get()).toBe(30);
    // re-index every segment through the triggers (substr() of the stored source)
    store.db.prepare('UPDATE segments SET start = start').run();
    expect(indexContents()).toEqual(direct);
    undo(store);
    expect(indexContents()).toEqual([]);
    redo(store);
    expect(indexContents()).toEqual(direct);
  });
});
