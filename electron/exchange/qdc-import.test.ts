// Merging a codebook into the open project: what it adds and leaves alone, one undoable
// action that undo takes back exactly, and our own .qdc read back with its question
// and component sets.
import { strToU8 } from 'fflate';
import { describe, expect, it } from 'vitest';
import { undo } from '../db/undo-log.ts';
import { insertTemplate, listNodes } from '../codebook/codebook.ts';
import { runSetup } from '../db/undo-log.ts';
import { ACTIVITY_THEORY_CODEBOOK } from '../../shared/model/codebook-template.ts';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { buildQdc } from './qdc-export.ts';
import { mergeQdc, previewQdc } from './qdc-import.ts';

// A codebook as another program writes it (Codebook.xsd: MemberCode carries "guid").
const QDC = `<?xml version="1.0" encoding="UTF-8"?>
<CodeBook xmlns="urn:QDA-XML:codebook:1.0" origin="MAXQDA 2022 (hand-built test file)">
  <Codes>
    <Code guid="{5215CC69-B628-4E02-AFB9-9BEEAEE55808}" name="Q4 Division of labour" isCodable="true">
      <Code guid="d7aa29da-519b-4946-9b90-253b6db8fd0a" name="Unpaid work" isCodable="true" color="#FF0">
        <Description>Work done outside paid hours</Description>
        <Code guid="d7aa29da-519b-4946-9b90-253b6db8fd0b" name="Evenings" isCodable="true"/>
      </Code>
      <Code guid="d7aa29da-519b-4946-9b90-253b6db8fd0c" name="power and conflict" isCodable="true"/>
    </Code>
    <Code guid="0dcef2f5-e55c-49da-8c33-9b0803c7aeb4" name="Funding" isCodable="true" color="#33cc33"/>
  </Codes>
  <Sets>
    <Set guid="9fa9bcb7-5b59-47a9-8c3e-f65cffdc7520" name="Money"><MemberCode guid="0dcef2f5-e55c-49da-8c33-9b0803c7aeb4"/></Set>
  </Sets>
</CodeBook>`;

function templateProject() {
  const store = memoryStore();
  runSetup(store, (rec) => insertTemplate(rec, ACTIVITY_THEORY_CODEBOOK));
  return store;
}

describe('merging a .qdc', () => {
  it('adds only the codes the project lacks, under the parents they had', async () => {
    const store = templateProject();
    const before = listNodes(store).length;
    const preview = await previewQdc(store, strToU8(QDC), 'maxqda.qdc');
    expect(preview).toMatchObject({ codes: 5, newCodes: 3, matchedCodes: 2, origin: 'MAXQDA 2022 (hand-built test file)' });
    expect(preview.leftOut.map((l) => [l.what, l.count, l.examples])).toEqual([['Code sets', 1, ['Money']]]);
    const report = await mergeQdc(store, strToU8(QDC), 'maxqda.qdc');
    expect(report.newCodes).toBe(3);
    const nodes = listNodes(store);
    expect(nodes).toHaveLength(before + 3);
    const byPath = new Map(nodes.map((n) => [n.path, n]));
    const unpaid = byPath.get('Q4 Division of labour/Unpaid work');
    expect(unpaid).toMatchObject({ color: '#ffff00', description: 'Work done outside paid hours', question: 4 });
    expect(byPath.get('Q4 Division of labour/Unpaid work/Evenings')?.question).toBe(4);
    expect(byPath.get('Funding')?.guid).toBe('0dcef2f5-e55c-49da-8c33-9b0803c7aeb4');
    // "power and conflict" matched the template's "Power and conflict": not added twice
    expect(nodes.filter((n) => n.name.toLowerCase() === 'power and conflict')).toHaveLength(1);
    store.close();
  });

  it('is one undoable action that undo takes back exactly', async () => {
    const store = templateProject();
    const before = snapshotTables(store.db);
    const report = await mergeQdc(store, strToU8(QDC), 'maxqda.qdc');
    expect(report.undoLabel).toBe('Merge codebook maxqda.qdc');
    expect(undo(store)).toBe('Merge codebook maxqda.qdc');
    expect(snapshotTables(store.db)).toEqual(before);
    store.close();
  });

  it('reads back our own .qdc with question and component sets into an empty project', async () => {
    const source = templateProject();
    const { bytes } = buildQdc(source);
    const target = memoryStore();
    await mergeQdc(target, bytes, 'codebook.qdc');
    const strip = (s: ReturnType<typeof memoryStore>) => listNodes(s).map((n) => ({ path: n.path, color: n.color, description: n.description, question: n.question, components: [...n.components].sort(), guid: n.guid }));
    expect(strip(target)).toEqual(strip(source));
    // merging it again adds nothing
    expect(await mergeQdc(target, bytes, 'codebook.qdc')).toMatchObject({ newCodes: 0, matchedCodes: listNodes(source).length, undoLabel: '' });
    source.close();
    target.close();
  });

  it('refuses a file that is not a codebook, changing nothing', async () => {
    const store = templateProject();
    const before = snapshotTables(store.db);
    await expect(mergeQdc(store, strToU8('<Notes/>'), 'notes.qdc')).rejects.toThrow(/not a REFI-QDA codebook/);
    await expect(mergeQdc(store, strToU8('<CodeBook><Codes>'), 'broken.qdc')).rejects.toThrow(/not well-formed/);
    expect(snapshotTables(store.db)).toEqual(before);
    store.close();
  });
});
