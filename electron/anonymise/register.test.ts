// The register: seeded with the demo study, edited with undo restoring rows exactly,
// refusing replacements that are names, surviving a case's deletion; overrides logged;
// suggestions; the key file; the real-names warning for full project exports.
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { redo, undo } from '../db/undo-log.ts';
import { gatherExtracts } from '../documents/extracts.ts';
import { exportMatcher } from '../documents/extracts-export.ts';
import { exportRegisterKey, realNamesWarning } from './key-file.ts';
import { addOverride, listOverrides, listRegisterLog, removeOverride } from './overrides.ts';
import { addRule, deleteRule, exportRules, fillRegister, listRules, missingFromRegister, updateRule } from './register.ts';
import { ignoreSuggestion, listIgnored, suggestNames } from './suggest.ts';
import { createCase, deleteCase, listCases } from '../cases/cases.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { importTextSource } from '../sources/sources.ts';

let store: ReturnType<typeof memoryStore>;
beforeEach(() => {
  store = memoryStore();
  writeDemoStudy(store);
});
afterEach(() => store.close());

describe('the register of the demo study', () => {
  it('holds every case (label as replacement), organisation and the names named in passing', () => {
    const rules = listRules(store);
    const okafor = rules.find((r) => r.realText === 'Margaret Okafor');
    expect(okafor).toMatchObject({ kind: 'person', replacement: 'Strategic enabler, Project 1, Lead', storedReplacement: '', pseudonym: 'Vera' });
    expect(okafor?.allVariants.map((v) => v.text)).toEqual(expect.arrayContaining(['Margaret', 'Okafor', 'M. Okafor', 'Maggie']));
    expect(rules.find((r) => r.realText === 'Hollins Adult Learning Centre')?.replacement).toBe('Project 1 partner organisation');
    expect(rules.find((r) => r.realText === 'Whitworth Road')?.kind).toBe('place');
    expect(missingFromRegister(store)).toEqual({ cases: [], organisations: [] });
    expect(listCases(store).every((c) => rules.some((r) => r.caseId === c.id))).toBe(true);
  });

  it('adds, edits and removes entries as undoable actions that restore rows exactly', () => {
    const before = snapshotTables(store.db);
    const rule = addRule(store, { kind: 'person', realText: 'Grace Whitfield', replacement: 'colleague', variants: ['Gracie'] });
    expect(rule.allVariants.find((v) => v.text === 'Grace')?.caseSensitive).toBe(true);
    const afterAdd = snapshotTables(store.db);
    updateRule(store, rule.id, { replacement: 'governor', caseSensitive: true });
    deleteRule(store, rule.id);
    undo(store);
    undo(store);
    expect(snapshotTables(store.db)).toEqual(afterAdd);
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
    redo(store);
    expect(snapshotTables(store.db)).toEqual(afterAdd);
  });

  it('refuses a replacement that reads as a name, and a duplicate entry', () => {
    expect(() => addRule(store, { kind: 'place', realText: 'Elm Road', replacement: 'the Hollins site' })).toThrow(/contains "Hollins"/);
    expect(() => addRule(store, { kind: 'person', realText: 'margaret okafor', replacement: 'x' })).toThrow(/already in the register/);
  });

  it('keeps a deleted case’s name in the register, detached', () => {
    const c = createCase(store, { realName: 'Oliver Quint', label: 'Mentor, Project 2', role: 'mentor' });
    expect(fillRegister(store)).toBe(1);
    deleteCase(store, c.id);
    const rule = listRules(store).find((r) => r.realText === 'Oliver Quint');
    expect(rule).toMatchObject({ caseId: null, replacement: 'Mentor, Project 2' });
  });

  it('checks cases that are missing from the register all the same', () => {
    createCase(store, { realName: 'Zainab Farouk', label: 'Mentee, Project 2', role: 'mentee' });
    expect(missingFromRegister(store).cases.map((c) => c.real_name)).toEqual(['Zainab Farouk']);
    expect(exportRules(store).find((r) => r.realText === 'Zainab Farouk')?.replacement).toBe('Mentee, Project 2');
  });
});

describe('"not a name" overrides', () => {
  it('keeps one occurrence as written, logs it, and undo removes both', () => {
    const grace = addRule(store, { kind: 'person', realText: 'Grace', replacement: 'mentee', caseSensitive: true });
    const source = importTextSource(store, { name: 'Notes', kind: 'other', text: 'Grace came in. Grace period ends Friday.', originFormat: 'txt' });
    const node = store.db.prepare("SELECT id FROM nodes WHERE name = 'Power and conflict'").pluck().get() as number;
    store.db.prepare("INSERT INTO codings (guid, source_id, node_id, start, end, created_at) VALUES ('c1', ?, ?, 0, 40, 'now')").run(source.id, node);
    const before = snapshotTables(store.db);
    const override = addOverride(store, { ruleId: grace.id, location: 'source', locationId: source.id, start: 15, end: 20, note: 'the grace period' });
    expect(override).toMatchObject({ matchedText: 'Grace', stale: false, note: 'the grace period' });
    expect(listRegisterLog(store)[0]).toMatchObject({ action: 'not-a-name' });
    const matcher = exportMatcher(store);
    const [extract] = gatherExtracts(store, matcher, { questions: [], nodeIds: [node], caseIds: [], sourceIds: [source.id], facets: [] }, { attribution: 'role-project', anonymiseMemos: false });
    expect(extract?.text).toBe('[mentee] came in. Grace period ends Friday.');
    expect(() => addOverride(store, { ruleId: grace.id, location: 'source', locationId: source.id, start: 15, end: 20 })).toThrow(/already marked/);
    expect(() => addOverride(store, { ruleId: grace.id, location: 'source', locationId: source.id, start: 21, end: 27 })).toThrow(/not an occurrence/);
    removeOverride(store, override.id);
    expect(listRegisterLog(store)[0]).toMatchObject({ action: 'override-removed' });
    undo(store);
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
  });

  it('marks an override stale when the text there changed', () => {
    const rule = addRule(store, { kind: 'person', realText: 'Hope', replacement: 'mentee', caseSensitive: true });
    const source = importTextSource(store, { name: 'Notes', kind: 'other', text: 'Hope so.', originFormat: 'txt' });
    addOverride(store, { ruleId: rule.id, location: 'source', locationId: source.id, start: 0, end: 4 });
    store.db.prepare("UPDATE sources SET text = 'Nope so.' WHERE id = ?").run(source.id);
    expect(listOverrides(store)[0]?.stale).toBe(true);
  });
});

describe('suggestions, the key file and the real-names warning', () => {
  it('suggests names the register lacks and forgets the ignored ones', () => {
    importTextSource(store, { name: 'Extra', kind: 'other', text: 'We met Siobhan Kerrigan at Larchfield Academy on Monday. Siobhan Kerrigan said it was fine.', originFormat: 'txt' });
    const found = suggestNames(store);
    const texts = found.map((s) => s.text);
    expect(texts).toContain('Siobhan Kerrigan');
    expect(texts).not.toContain('Monday');
    expect(texts.some((t) => /Okafor|Rachel|Hollins Adult Learning Centre/.test(t))).toBe(false);
    expect(found.find((s) => s.text === 'Siobhan Kerrigan')?.count).toBe(2);
    ignoreSuggestion(store, 'siobhan  KERRIGAN');
    expect(listIgnored(store).map((i) => i.text)).toEqual(['siobhan  KERRIGAN']);
    expect(suggestNames(store).map((s) => s.text)).not.toContain('Siobhan Kerrigan');
  });

  it('writes the register as a separate key file and logs it', () => {
    const tmp = makeTempDir();
    try {
      const result = exportRegisterKey(store, join(tmp.dir, 'key.csv'), false);
      expect(result.entries).toBe(listRules(store).length);
      const csv = readFileSync(join(tmp.dir, 'key.csv'), 'utf8');
      expect(csv).toContain('Margaret Okafor,"[Strategic enabler, Project 1, Lead]",Vera');
      expect(listRegisterLog(store)[0]?.action).toBe('key-exported');
      expect(() => exportRegisterKey(store, join(tmp.dir, 'key.docx'), false)).toThrow(/must end in .csv or .json/);
    } finally {
      tmp.cleanup();
    }
  });

  it('warns that a full project export carries real names', () => {
    const warning = realNamesWarning(store);
    expect(warning.cases).toBe(11);
    expect(warning.message).toMatch(/carries real names by design/);
  });
});
