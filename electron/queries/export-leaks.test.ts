// Query exports run the same leak check as the Word export: an anonymised CSV or XLSX
// that still carries a real name is refused and nothing is returned.
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import type { Store } from '../db/store.ts';
import { createNode, listNodes } from '../codebook/codebook.ts';
import { createCoding } from '../codings/codings.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { exportQuery } from './export.ts';
import { listSources } from '../sources/sources.ts';

let store: Store & { close(): void };
beforeEach(() => {
  store = memoryStore();
  writeDemoStudy(store);
});
afterEach(() => store.close());

describe('query exports are leak-checked', () => {
  it('exports the demo node view anonymised: coders as "Coder N", no initials', async () => {
    const q4 = listNodes(store).find((n) => n.name === 'Q4 Division of labour');
    const file = await exportQuery(store, { definition: { kind: 'node', nodeId: q4?.id ?? 0, includeDescendants: true }, format: 'csv' });
    const csv = Buffer.from(file.bytesBase64, 'base64').toString('utf8');
    expect(csv).toContain('Coder 1');
    expect(csv).not.toMatch(/Okafor|Margaret|Ainsworth/);
  });

  it('refuses a CSV and an XLSX whose node names carry a participant\'s name', async () => {
    const node = createNode(store, { name: "Margaret's view of the log" });
    const source = listSources(store)[0];
    createCoding(store, { sourceId: source?.id ?? 0, nodeId: node.id, start: 10, end: 40 });
    for (const format of ['csv', 'xlsx'] as const) {
      await expect(exportQuery(store, { definition: { kind: 'node', nodeId: node.id, includeDescendants: false }, format })).rejects.toMatchObject({
        code: 'CONFLICT',
        message: expect.stringMatching(/blocked.*Margaret/) as unknown as string,
      });
    }
  });
});
