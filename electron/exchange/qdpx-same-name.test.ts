// Codes sharing a name on the way to QualCoder: the export warns about exactly the codes whose
// codings QualCoder's reader would leave without a code (counted here the way refi.py reads).
import { strFromU8, unzipSync } from 'fflate';
import { afterEach, describe, expect, it } from 'vitest';
import { createNode, updateNode } from '../codebook/codebook.ts';
import { buildXmlTreeFromText } from '../import/xml-stream-tree.ts';
import { codePhrase, workspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import type { WorkspaceFixture } from '../../tests/helpers/workspace-fixture.ts';
import { buildQdpx } from './qdpx-export.ts';
import { qdpxSameNameCodes } from './qdpx-warning.ts';
import { codingsQualCoderLoses } from './testing/qualcoder-reader.ts';

let f: WorkspaceFixture | null = null;
afterEach(() => {
  f?.store.close();
  f = null;
});

function lostInQualCoder(fixture: WorkspaceFixture): number {
  const qde = strFromU8(unzipSync(buildQdpx(fixture.store).bytes)['project.qde'] ?? new Uint8Array());
  return codingsQualCoderLoses(buildXmlTreeFromText('project.qde', qde));
}

describe('codes sharing a name before a .qdpx export', () => {
  it('lists the codable codes of one name, and counts the codings QualCoder would lose', () => {
    f = workspaceFixture();
    // Rules/Inspection (the fixture's) and Tools/Inspection share a name; a category and a name in other case do not count
    const second = createNode(f.store, { name: 'Inspection', parentId: f.tools });
    const category = createNode(f.store, { name: 'Inspection' });
    updateNode(f.store, category.id, { isCodable: false });
    createNode(f.store, { name: 'inspection', parentId: category.id });
    codePhrase(f, f.inspection, 'the college set it up');
    codePhrase(f, second.id, 'log every visit');
    codePhrase(f, second.id, 'felt like inspection');
    expect(qdpxSameNameCodes(f.store)).toEqual([{ name: 'Inspection', paths: ['Rules/Inspection', 'Tools/Inspection'], codingsAtRisk: 2 }]);
    expect(lostInQualCoder(f)).toBe(2);
  });

  it('finds nothing once the codes are renamed, and QualCoder then loses nothing', () => {
    f = workspaceFixture();
    const second = createNode(f.store, { name: 'Inspection', parentId: f.tools });
    codePhrase(f, second.id, 'log every visit');
    updateNode(f.store, second.id, { name: 'Inspection of tools' });
    expect(qdpxSameNameCodes(f.store)).toEqual([]);
    expect(lostInQualCoder(f)).toBe(0);
  });
});
