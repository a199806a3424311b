// A small coded project for the workspace services' tests.
import { memoryStore } from './memory-store.ts';
import { sliceByCodePoints } from '../../shared/text/code-points.ts';
import type { Store } from '../../electron/db/store.ts';
import { createNode } from '../../electron/codebook/codebook.ts';
import { createCoding, listCodings } from '../../electron/codings/codings.ts';
import { getSource, importTextSource } from '../../electron/sources/sources.ts';

export const WORKSPACE_TRANSCRIPT = [
  'Interviewer: How did the coaching start?',
  '',
  'Ruth: Well, um, the college set it up and we -- we had to log every visit.',
  '',
  'Interviewer: And the observations?',
  '',
  'Ruth: The graded ones and the coaching ones got mixed up, and the coaching felt like inspection.',
].join('\n');

export interface WorkspaceFixture {
  store: Store & { close(): void };
  sourceId: number;
  rules: number;
  inspection: number;
  tools: number;
  // code points of the first occurrence of a phrase in the transcript
  at(phrase: string): { start: number; end: number };
  // the coded words of a coding, now
  codedText(codingId: number): string;
}

// Makes a store with one transcript, nodes Rules > Inspection and Tools, and no codings.
export function workspaceFixture(): WorkspaceFixture {
  const store = memoryStore();
  const source = importTextSource(store, { name: 'Ruth', kind: 'transcript', text: WORKSPACE_TRANSCRIPT, originFormat: 'txt' });
  const rules = createNode(store, { name: 'Rules', components: ['rules'] });
  const inspection = createNode(store, { name: 'Inspection', parentId: rules.id });
  const tools = createNode(store, { name: 'Tools', components: ['tools'] });
  return {
    store,
    sourceId: source.id,
    rules: rules.id,
    inspection: inspection.id,
    tools: tools.id,
    at(phrase) {
      const text = getSource(store, source.id).text;
      const i = text.indexOf(phrase);
      if (i < 0) throw new Error(`not in the text: ${phrase}`);
      const start = Array.from(text.slice(0, i)).length;
      return { start, end: start + Array.from(phrase).length };
    },
    codedText(codingId) {
      const c = listCodings(store, { sourceId: source.id }).find((x) => x.id === codingId);
      if (!c) throw new Error(`coding ${codingId} is gone`);
      return sliceByCodePoints(getSource(store, source.id).text, c.start, c.end);
    },
  };
}

// Codes a phrase of the fixture's transcript at a node.
export function codePhrase(f: WorkspaceFixture, nodeId: number, phrase: string): number {
  return createCoding(f.store, { sourceId: f.sourceId, nodeId, ...f.at(phrase) }).id;
}
