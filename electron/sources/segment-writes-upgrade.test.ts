// Migration 0016: an added segment has one insert trigger (its full-text row and its
// source's query-index rows), which a writer holding the text turns off, writing the
// full-text rows itself and deleting the source's query-index rows once; segments_by_case
// holds only segments that name a case. A project made before it upgrades and gives the
// same search, find and query results; sources imported after it are found, queried and
// undone as before.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { appMigrations, latestVersion, migrate } from '../db/migrate.ts';
import { schemaProblem } from '../db/schema-check.ts';
import type { Store } from '../db/store.ts';
import { redo, undo } from '../db/undo-log.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { forgetProjectIndex } from '../queries/index-cache.ts';
import { runMatrix } from '../queries/matrix.ts';
import { nodeView } from '../queries/node-view.ts';
import { searchText } from '../queries/search.ts';
import { findText, trigramMatch } from './find-replace.ts';
import { importTextSource } from './sources.ts';
import { memoryStore } from '../../tests/helpers/memory-store.ts';

const migrations = appMigrations();
const upgrade = migrations.findIndex((m) => m.sql.includes('CREATE TRIGGER segments_added'));

// A project made before migration 0016.
const projectBeforeUpgrade = () => memoryStore(migrations.slice(0, upgrade));

const AWKWARD = 'Interviewer: Where did the quokka go?\n\nZoë: To the café, with STRASSE and Straße 🙂.\n\nInterviewer: And the naïve coöperation?\n\nZoë: Gone.';

// What search, find and the queries give (read from nothing: the shared index is made again).
function results(store: Store) {
  forgetProjectIndex(store);
  const nodes = store.db.prepare<[], number>('SELECT id FROM nodes ORDER BY id').pluck().all();
  return {
    search: ['coaching', '"peer coaching"', 'caf*', 'quokka', 'Zoë'].map((query) => searchText(store, { query, includeLabels: true, limit: 1000 })),
    find: ['coaching', 'STRASSE', 'café', '🙂.', 'interviewer:'].map((query) => findText(store, { query, limit: 100_000 })),
    matrix: runMatrix(store, { rows: { kind: 'questions' }, columns: 'case' }),
    nodes: nodes.map((nodeId) => nodeView(store, { nodeId, includeDescendants: true, limit: 1000 })),
  };
}

function count(store: Store, sql: string, ...params: unknown[]): number {
  return store.db.prepare<unknown[], number>(sql).pluck().get(...params) ?? -1;
}

describe('migration 0016 (segment insert trigger, segments by case)', () => {
  let store: Store & { close(): void };
  beforeEach(() => (store = projectBeforeUpgrade()));
  afterEach(() => store.close());

  it('upgrades a project made before it, whose search, find and queries give what they gave', () => {
    expect(upgrade).toBeGreaterThan(0);
    writeDemoStudy(store);
    importTextSource(store, { name: 'Awkward', kind: 'transcript', text: AWKWARD, originFormat: 'txt' });
    const before = results(store);
    expect(before.find[0]?.matches.length).toBeGreaterThan(0);
    expect(before.nodes.some((n) => n.total > 0)).toBe(true);
    const kept = count(store, 'SELECT count(*) FROM query_index_segments');
    migrate(store.db, migrations);
    expect(schemaProblem(store.db, latestVersion(migrations), migrations)).toBeNull();
    // the rows kept per source before the upgrade are still right, and kept
    expect(count(store, 'SELECT count(*) FROM query_index_segments')).toBe(kept);
    expect(results(store)).toEqual(before);
    store.db.exec('DELETE FROM query_index_segments; DELETE FROM query_index_codings;');
    expect(results(store)).toEqual(before);
  });

  it('imports after the upgrade as before: found, queried, undone with its trigram and query-index rows', () => {
    writeDemoStudy(store);
    migrate(store.db, migrations);
    const before = results(store);
    const keptBefore = count(store, 'SELECT count(*) FROM query_index_segments');
    expect(keptBefore).toBeGreaterThan(0);
    // a stale kept row where the new source will be: the importer deletes it as the trigger would
    const nextId = count(store, 'SELECT max(id) + 1 FROM sources');
    store.db.prepare("INSERT INTO query_index_segments (source_id, format, segments, labels, timestamps) VALUES (?, 1, x'', '[]', 0)").run(nextId);
    store.db.prepare("INSERT INTO query_index_codings (source_id, format, codings) VALUES (?, 1, x'')").run(nextId);
    const id = importTextSource(store, { name: 'Awkward', kind: 'transcript', text: AWKWARD, originFormat: 'txt' }).id;
    expect(id).toBe(nextId);
    expect(count(store, 'SELECT count(*) FROM query_index_segments WHERE source_id = ?', id)).toBe(0);
    expect(count(store, 'SELECT count(*) FROM query_index_codings WHERE source_id = ?', id)).toBe(0);
    expect(count(store, 'SELECT count(*) FROM segments_fts_direct')).toBe(0);
    const after = results(store);
    expect(after.find[0]).toEqual(before.find[0]);
    expect(findText(store, { query: 'quokka' }).matches.map((m) => m.sourceId)).toEqual([id]);
    expect(searchText(store, { query: 'quokka' }).totalSources).toBe(1);
    // the index the queries keep is written for the new source too
    expect(count(store, 'SELECT count(*) FROM query_index_segments WHERE source_id = ?', id)).toBe(1);
    expect(count(store, 'SELECT count(*) FROM sources_trigram_fts WHERE sources_trigram_fts MATCH ?', trigramMatch('quokka'))).toBe(1);
    undo(store);
    const quokka = trigramMatch('quokka');
    expect(count(store, 'SELECT count(*) FROM sources_trigram_fts WHERE sources_trigram_fts MATCH ?', quokka)).toBe(0);
    expect(count(store, "SELECT count(*) FROM segments_fts WHERE segments_fts MATCH 'quokka'")).toBe(0);
    expect(count(store, 'SELECT count(*) FROM query_index_segments WHERE source_id = ?', id)).toBe(0);
    expect(count(store, 'SELECT count(*) FROM query_index_codings WHERE source_id = ?', id)).toBe(0);
    expect(results(store)).toEqual(before);
    // redo writes the segments through the trigger
    redo(store);
    expect(results(store)).toEqual(after);
  });

  it('keeps the plans of every query by case on segments_by_case', () => {
    migrate(store.db, migrations);
    const plan = (sql: string, ...params: unknown[]) =>
      store.db
        .prepare<unknown[], { detail: string }>(`EXPLAIN QUERY PLAN ${sql}`)
        .all(...params)
        .map((r) => r.detail)
        .join(' | ');
    for (const sql of [
      'SELECT count(*) FROM segments WHERE case_id = ?',
      'SELECT id, source_id, start, end FROM segments WHERE case_id = ?',
      'SELECT source_id FROM segments WHERE case_id = ?',
      'SELECT g.source_id, count(*) FROM segments g JOIN sources s ON s.id = g.source_id WHERE g.case_id = ? GROUP BY g.source_id ORDER BY s.name',
    ]) {
      expect(plan(sql, 1), sql).toMatch(/SEARCH (segments|g) USING (COVERING )?INDEX segments_by_case \(case_id=\?\)/u);
    }
    expect(plan('SELECT DISTINCT case_id, speaker_label FROM segments WHERE case_id IS NOT NULL AND speaker_label IS NOT NULL')).toMatch(/INDEX segments_by_case/u);
  });
});
