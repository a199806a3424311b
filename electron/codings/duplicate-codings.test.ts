// Merging the duplicate codings a project already has: one coder's overlapping or touching
// codings of a source at a node become one over their union (the earliest kept), with
// everything that named them moved across; other coders' codings stay; undo restores all.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { WORKSPACE_TRANSCRIPT, workspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import type { WorkspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import { runAction, undo, undoState } from '../db/undo-log.ts';
import { createDiagram } from '../diagrams/diagrams.ts';
import { addEvidence, listEvidence } from '../diagrams/evidence.ts';
import { listMemos, saveMemo } from '../memos/memos.ts';
import { createCoder } from './coding-actions.ts';
import { insertCoding, listCodings } from './codings.ts';
import { mergeDuplicateCodings, previewDuplicateMerge } from './duplicate-codings.ts';

let f: WorkspaceFixture;
beforeEach(() => {
  f = workspaceFixture();
});
afterEach(() => f.store.close());

// Inserts a coding as an old project or an import would have it (never joined to its neighbours).
function raw(nodeId: number, place: { start: number; end: number }, coderId: number | null = null): number {
  return runAction(f.store, 'Old coding', (rec) => insertCoding(rec, { sourceId: f.sourceId, nodeId, ...place, coderId }));
}

// A coding row written straight into the table, as a damaged or hand-edited file may hold it.
function rawRow(nodeId: number, start: number, end: number, createdAt: string): number {
  const guid = `dup-${start}-${end}-${createdAt}`;
  return Number(f.store.db.prepare('INSERT INTO codings (guid, source_id, node_id, start, end, coder_id, created_at) VALUES (?, ?, ?, ?, ?, NULL, ?)').run(guid, f.sourceId, nodeId, start, end, createdAt).lastInsertRowid);
}

const atTools = () => listCodings(f.store, { nodeId: f.tools });

describe('finding duplicate codings', () => {
  it('finds identical, overlapping and touching codings but not ones apart', () => {
    raw(f.tools, f.at('the college set it up'));
    raw(f.tools, f.at('the college set it up'));
    raw(f.tools, f.at('set it up and we'));
    // touching: ends where the first starts
    raw(f.tools, f.at('Well, um, '));
    // apart: one character between
    raw(f.tools, f.at('had to log'));
    raw(f.inspection, f.at('coaching felt like inspection'));
    raw(f.inspection, f.at('felt like'));
    const preview = previewDuplicateMerge(f.store);
    expect(preview).toMatchObject({ groups: 2, folded: 4, codingsBefore: 7, codingsAfter: 3 });
    expect(preview.nodes).toEqual([
      { nodeId: f.tools, nodePath: 'Tools', groups: 1, folded: 3 },
      { nodeId: f.inspection, nodePath: 'Rules/Inspection', groups: 1, folded: 1 },
    ]);
    // in source, node and text order
    expect(preview.examples.map((e) => [e.nodePath, e.text, e.codings])).toEqual([
      ['Rules/Inspection', 'coaching felt like inspection', 2],
      ['Tools', 'Well, um, the college set it up and we', 4],
    ]);
    expect(preview.examples[0]).toMatchObject({ sourceName: 'Ruth', coder: null });
  });

  it('does not treat different coders\' codings of the same passage as duplicates', () => {
    const a = createCoder(f.store, { name: 'Coder A', initials: 'CA' });
    const b = createCoder(f.store, { name: 'Coder B', initials: 'CB' });
    const place = f.at('the college set it up');
    raw(f.tools, place, a.id);
    raw(f.tools, place, b.id);
    raw(f.tools, place, null);
    expect(previewDuplicateMerge(f.store).groups).toBe(0);
    raw(f.tools, place, b.id);
    const preview = previewDuplicateMerge(f.store);
    expect(preview).toMatchObject({ groups: 1, folded: 1 });
    expect(preview.examples[0]?.coder).toBe('CB');
    mergeDuplicateCodings(f.store);
    expect(atTools().map((c) => c.coderId).sort()).toEqual([a.id, b.id, null].sort());
  });

  it('finds nothing in a project without codings, and merging it records no undo step', () => {
    expect(previewDuplicateMerge(f.store)).toEqual({ groups: 0, folded: 0, codingsBefore: 0, codingsAfter: 0, nodes: [], examples: [] });
    const before = undoState(f.store);
    expect(mergeDuplicateCodings(f.store)).toEqual({ groups: 0, folded: 0, memosMoved: 0, evidenceMoved: 0, evidenceAlreadyThere: 0, frameworkCellsRelinked: 0 });
    expect(undoState(f.store)).toEqual(before);
  });
});

describe('merging duplicate codings', () => {
  it('joins each group over its union, keeping the earliest coding, in one undo step; a second run finds nothing', () => {
    const first = raw(f.tools, f.at('the college set it up'));
    raw(f.tools, f.at('set it up and we'));
    raw(f.tools, f.at('Well, um, '));
    const apart = raw(f.tools, f.at('had to log'));
    const before = snapshotTables(f.store.db);
    const result = mergeDuplicateCodings(f.store);
    expect(result).toMatchObject({ groups: 1, folded: 2 });
    expect(atTools().map((c) => c.id)).toEqual([first, apart]);
    expect(f.codedText(first)).toBe('Well, um, the college set it up and we');
    expect(previewDuplicateMerge(f.store).groups).toBe(0);
    expect(mergeDuplicateCodings(f.store).groups).toBe(0);
    expect(undoState(f.store).undoLabel).toBe('Merge duplicate codings');
    undo(f.store);
    expect(snapshotTables(f.store.db)).toEqual(before);
  });

  it('keeps the coding made first even when a later one has the lower id', () => {
    const place = f.at('the college set it up');
    const later = rawRow(f.tools, place.start, place.end, '2025-06-02T10:00:00.000Z');
    const earlier = rawRow(f.tools, place.start + 4, place.end + 4, '2025-06-01T10:00:00.000Z');
    mergeDuplicateCodings(f.store);
    expect(atTools()).toMatchObject([{ id: earlier, start: place.start, end: place.end + 4, createdAt: '2025-06-01T10:00:00.000Z' }]);
    expect(later).toBeLessThan(earlier);
  });

  it('moves memos, diagram and tension evidence and framework links onto the kept coding, dropping only links it already had', () => {
    const kept = raw(f.tools, f.at('the college set it up'));
    const other = raw(f.tools, f.at('the college set it up'));
    const third = raw(f.tools, f.at('set it up and we'));
    saveMemo(f.store, { targetKind: 'coding', targetId: other, title: '', contentJson: '{}', plainText: 'who set it up' });
    saveMemo(f.store, { targetKind: 'coding', targetId: third, title: '', contentJson: '{}', plainText: 'and we' });
    const diagram = createDiagram(f.store, { generation: 2, title: 'Before' });
    const tools = diagram.systems[0]?.components.find((c) => c.kind === 'tools');
    const rules = diagram.systems[0]?.components.find((c) => c.kind === 'rules');
    if (!tools || !rules) throw new Error('no components');
    addEvidence(f.store, { componentId: tools.id }, [kept, other]);
    addEvidence(f.store, { componentId: rules.id }, [third]);
    f.store.db.prepare("INSERT INTO framework_matrices (guid, name, created_at, updated_at) VALUES ('fw', 'Frame', 'x', 'x')").run();
    const cell = f.store.db.prepare("INSERT INTO framework_cells (guid, framework_id, case_id, node_id, summary, coding_ids_json, updated_at) VALUES ('cell', 1, 1, ?, 'A summary', ?, 'x')").run(f.tools, JSON.stringify([other, third, 999])).lastInsertRowid;
    const before = snapshotTables(f.store.db);
    expect(mergeDuplicateCodings(f.store)).toEqual({ groups: 1, folded: 2, memosMoved: 2, evidenceMoved: 1, evidenceAlreadyThere: 1, frameworkCellsRelinked: 1 });
    expect(atTools().map((c) => c.id)).toEqual([kept]);
    expect(listMemos(f.store, { targetKind: 'coding', targetId: kept }).map((m) => m.plainText).sort()).toEqual(['and we', 'who set it up']);
    expect(listEvidence(f.store, { componentId: tools.id }).items.map((i) => i.codingId)).toEqual([kept]);
    expect(listEvidence(f.store, { componentId: rules.id }).items.map((i) => i.codingId)).toEqual([kept]);
    expect(f.store.db.prepare('SELECT coding_ids_json FROM framework_cells WHERE id = ?').pluck().get(cell)).toBe(JSON.stringify([kept, 999]));
    undo(f.store);
    expect(snapshotTables(f.store.db)).toEqual(before);
  });

  it('handles zero-length codings, codings nested in others and the same passage coded many times', () => {
    const outer = raw(f.tools, f.at('the college set it up and we'));
    raw(f.tools, f.at('college'));
    for (let i = 0; i < 20; i++) raw(f.tools, f.at('set it up'));
    const { start } = f.at('the college');
    // a zero-length coding inside and one on its own
    rawRow(f.tools, start + 3, start + 3, '2026-01-01T10:00:00.000Z');
    const lone = rawRow(f.tools, 0, 0, '2026-01-01T10:00:00.000Z');
    // a coding with a time that cannot be read is never the one kept
    rawRow(f.tools, start, start + 5, 'not a time');
    expect(previewDuplicateMerge(f.store)).toMatchObject({ groups: 1, folded: 23 });
    mergeDuplicateCodings(f.store);
    expect(atTools().map((c) => c.id)).toEqual([lone, outer]);
    expect(f.codedText(outer)).toBe('the college set it up and we');
  });

  it('shortens long examples', () => {
    const whole = { start: 0, end: Array.from(WORKSPACE_TRANSCRIPT).length };
    raw(f.tools, whole);
    raw(f.tools, whole);
    const [example] = previewDuplicateMerge(f.store).examples;
    expect(example?.text.endsWith('…')).toBe(true);
    expect(Array.from(example?.text ?? '').length).toBeLessThanOrEqual(161);
  });
});
