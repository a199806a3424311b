// Merging two coders' projects made from the demo, with edits on both sides: a blind package
// goes to a second coder, who corrects the text and codes it (at a new node too) while the
// lead edits the same transcript; the merge keeps every coding of both, each with its coder,
// maps positions through the texts' difference, lists the one coding whose text the lead
// deleted, is one undoable action, and changes nothing when the same file comes again.
import { readFileSync } from 'node:fs';
import { strFromU8, unzipSync } from 'fflate';
import { join } from 'node:path';
import { afterEach, describe, expect, it } from 'vitest';
import { openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import type { Store } from '../db/store.ts';
import { undo } from '../db/undo-log.ts';
import { createNode } from '../codebook/codebook.ts';
import { buildQdpx } from '../exchange/qdpx-export.ts';
import { importQdpxAsNewProject } from '../exchange/qdpx-import.ts';
import { listCodingDetails } from '../codings/coding-report.ts';
import { listMemos, saveMemo } from '../memos/memos.ts';
import { editSourceText } from '../sources/source-edits.ts';
import { getSource } from '../sources/sources.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { setCurrentCoder } from './current-coder.ts';
import { mergeFile, previewMerge } from './merge.ts';
import { makePackage } from './package.ts';
import { codeQuote, coder, demoProjectFile, nodeAt, placeOf, sourceNamed } from './testing/team-projects.ts';
import { teamOverview } from './logbook.ts';

const cleanups: (() => void)[] = [];
afterEach(() => {
  while (cleanups.length > 0) cleanups.pop()?.();
});

// Replaces the first occurrence of `from` in a source's text with `to`.
function correct(store: Store, sourceId: number, from: string, to: string): void {
  const { start, end } = placeOf(store, sourceId, from);
  editSourceText(store, sourceId, { start, end, insert: to, baseRevision: getSource(store, sourceId).revision });
}

// Every coding as "coder|node|coded text".
const codingKeys = (store: Store) => listCodingDetails(store).map((c) => `${c.coder ?? ''}|${c.nodePath}|${c.text}`);

describe('merging a second coder\'s package', () => {
  it('keeps every coding of both coders with its coder, maps positions, lists what cannot be placed', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const lead = demoProjectFile(dir, 'lead.alens');
    cleanups.push(() => lead.close());
    const okafor = sourceNamed(lead, 'Interview - Margaret Okafor (round 1)');
    const ainsworth = sourceNamed(lead, 'Interview - Rachel Ainsworth (round 1)');
    const sam = coder(lead, 'Sam Ortiz', 'SO');
    const pkg = await makePackage(lead, { path: join(dir, 'for-sam.alens'), coderId: sam, withCodings: false });
    expect(pkg.codings).toBe(0);

    // the second coder's side: a correction, codings (one at a new node), a memo
    const other: OpenStore = openProject(join(dir, 'for-sam.alens'));
    setCurrentCoder(other, sam);
    // the package is anonymised: the same source (by GUID) under its anonymised name
    const b = sourceNamed(other, getSource(other, okafor).name);
    expect(getSource(other, b).guid).toBe(getSource(lead, okafor).guid);
    expect(getSource(other, b).text).not.toContain('Margaret');
    correct(other, b, "I'm not daft", 'I am not daft');
    codeQuote(other, sam, b, 'Q1 Tools and artefacts/Structures, systems and procedures', "There's an online log on the staff portal.");
    codeQuote(other, sam, b, 'Q1 Tools and artefacts/Sharing practice and judging impact', 'The conversations are the valuable part, I am not daft.');
    codeQuote(other, sam, b, 'Q1 Tools and artefacts/Language revealing contradictions', "Oh, the usual, it's another form, it takes the spontaneity out of it.");
    const newNode = createNode(other, { name: 'Boundary crossing', parentId: nodeAt(other, 'Q3 Community') });
    const samCodes = listCodingDetails(other);
    expect(samCodes).toHaveLength(3);
    const memo = saveMemo(other, { targetKind: 'node', targetId: newNode.id, title: 'Why this node', contentJson: '{"type":"doc"}', plainText: 'Mentors cross from one department to another.' });
    expect(memo.coderId).toBe(sam);
    other.close();

    // the lead's side meanwhile: a word added before the coded passages, a sentence deleted, a coding
    correct(lead, okafor, "There's an online log", "Well, there's an online log");
    correct(lead, okafor, "Oh, the usual, it's another form, it takes the spontaneity out of it. ", '');
    codeQuote(lead, coder(lead, 'Alex Morgan', 'AM'), ainsworth, 'Q3 Community/Community in practice', 'We wrote the bid in about three weeks, and they came in right at the end.');
    const leadBefore = codingKeys(lead);

    const bytes = readFileSync(join(dir, 'for-sam.alens'));
    const preview = await previewMerge(lead, bytes, 'for-sam.alens');
    expect(preview.mergedBefore).toBeNull();
    expect(preview.added).toMatchObject({ codings: 2, nodes: 1, memos: 1, coders: 0, sources: 0 });
    expect(preview.unplaced).toHaveLength(1);
    expect(preview.unplaced[0]?.text).toContain('spontaneity');
    expect(preview.sources.find((s) => s.codingsIn > 0)).toMatchObject({ matchedBy: 'guid', textDiffers: true });
    expect(codingKeys(lead)).toEqual(leadBefore);

    const report = await mergeFile(lead, bytes, 'for-sam.alens');
    expect(report.mergeId).not.toBeNull();
    const after = codingKeys(lead);
    for (const key of leadBefore) expect(after).toContain(key);
    // the lead's "There's" -> "Well, there's" replaced the coding's first word: the correction stays coded
    expect(after).toContain("SO|Q1 Tools and artefacts/Structures, systems and procedures|Well, there's an online log on the staff portal.");
    expect(after).toContain("SO|Q1 Tools and artefacts/Sharing practice and judging impact|The conversations are the valuable part, I'm not daft.");
    expect(after).toHaveLength(leadBefore.length + 2);
    const merged = listMemos(lead, { targetKind: 'node' }).find((m) => m.title === 'Why this node');
    expect(merged?.coderId).toBe(sam);
    expect(teamOverview(lead).cycles.flatMap((c) => c.packages)[0]?.returnedAt).not.toBeNull();
    expect(teamOverview(lead).logbook.map((e) => e.kind)).toEqual(['package', 'merge']);

    // the same file again changes nothing
    const again = await mergeFile(lead, bytes, 'for-sam.alens');
    expect(again.mergedBefore).not.toBeNull();
    expect(again.mergeId).toBeNull();
    expect(codingKeys(lead)).toEqual(after);

    // one action: undo takes the whole merge back
    expect(undo(lead)).toBe('Merge for-sam.alens');
    expect(codingKeys(lead)).toEqual(leadBefore);
  });
});

describe('merging a .qdpx and the round trip of a merged project', () => {
  it('merges the second coder\'s work as REFI-QDA, and the merged project exports and imports back with every coding under its coder', async () => {
    const { dir, cleanup } = makeTempDir();
    cleanups.push(cleanup);
    const lead = demoProjectFile(dir, 'lead.alens');
    cleanups.push(() => lead.close());
    const sam = coder(lead, 'Sam Ortiz', 'SO');
    await makePackage(lead, { path: join(dir, 'for-sam.alens'), coderId: sam, withCodings: false, realNames: true });
    const other = openProject(join(dir, 'for-sam.alens'));
    const okafor = sourceNamed(other, 'Interview - Margaret Okafor (round 1)');
    codeQuote(other, sam, okafor, 'Q3 Community/Community in practice', "There's an online log on the staff portal.");
    codeQuote(other, sam, okafor, 'Q1 Tools and artefacts/Process of the activity', 'The conversations are the valuable part');
    const qdpx = buildQdpx(other).bytes;
    other.close();

    const report = await mergeFile(lead, qdpx, 'from-sam.qdpx');
    expect(report).toMatchObject({ format: 'qdpx', added: { codings: 2, coders: 0 } });
    const byCoder = (store: Store) => {
      const counts = new Map<string, number>();
      for (const c of listCodingDetails(store)) counts.set(c.coder ?? '', (counts.get(c.coder ?? '') ?? 0) + 1);
      return Object.fromEntries([...counts].sort());
    };
    expect(byCoder(lead)).toMatchObject({ SO: 2 });

    // exported: the Users list names every coder, every coding names its user
    const exported = buildQdpx(lead).bytes;
    const qde = strFromU8(unzipSync(exported)['project.qde'] ?? new Uint8Array());
    const users = [...qde.matchAll(/<User guid="([^"]+)" name="([^"]+)"/g)].map((m) => [m[1], m[2]]);
    expect(users.map((u) => u[1]).sort()).toEqual(['Alex Morgan', 'Jordan Reyes', 'Sam Ortiz']);
    const userGuids = new Set(users.map((u) => u[0]));
    const codingUsers = [...qde.matchAll(/<Coding guid="[^"]+" creatingUser="([^"]+)"/g)].map((m) => m[1]);
    expect(codingUsers).toHaveLength(listCodingDetails(lead).length);
    expect(codingUsers.every((g) => userGuids.has(g))).toBe(true);

    // and back: every coding under its coder
    const imported = join(dir, 'back.alens');
    await importQdpxAsNewProject(exported, 'lead.qdpx', imported);
    const back = openProject(imported, { readOnly: true });
    expect(byCoder(back)).toEqual(byCoder(lead));
    expect(codingKeys(back).sort()).toEqual(codingKeys(lead).sort());
    back.close();
  });
});
