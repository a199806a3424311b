// The demo study's Word copies (fixtures/demo/docx, made by scripts/build-demo-docx.ts)
// must import to the same text and the same turns as the .txt they were made from. If this
// fails after a demo source was edited, re-run:  npx tsx scripts/build-demo-docx.ts
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { readDocument } from './read-document.ts';
import { segmentDocument } from './segment-document.ts';

const DEMO = join(import.meta.dirname, '../../fixtures/demo');
const sources = readdirSync(join(DEMO, 'sources')).filter((f) => f.endsWith('.txt')).sort();
const STALE = 'The Word copy is stale: re-run `npx tsx scripts/build-demo-docx.ts` and commit fixtures/demo/docx.';

// Blank-line runs and line-end spaces are layout, not text.
function comparable(text: string): string {
  return text.replace(/[ \t]+\n/gu, '\n').replace(/\n{3,}/gu, '\n\n').trim();
}

describe('the demo study in Word', () => {
  it('has one .docx per .txt and no others', () => {
    const copies = readdirSync(join(DEMO, 'docx')).filter((f) => f.endsWith('.docx')).sort();
    expect(copies, STALE).toEqual(sources.map((f) => f.replace(/\.txt$/u, '.docx')));
  });

  it.each(sources)('%s: the .docx imports to the same text and turns as the .txt', async (file) => {
    const docxPath = join(DEMO, 'docx', file.replace(/\.txt$/u, '.docx'));
    expect(existsSync(docxPath), STALE).toBe(true);
    const txt = await readDocument(file, readFileSync(join(DEMO, 'sources', file)));
    const docx = await readDocument('copy.docx', readFileSync(docxPath));
    expect(comparable(docx.text), STALE).toBe(comparable(txt.text));
    const shape = (d: typeof txt) => segmentDocument(d).map((s) => `${s.kind}:${s.speakerLabel ?? ''}`);
    expect(shape(docx), STALE).toEqual(shape(txt));
  });
});
