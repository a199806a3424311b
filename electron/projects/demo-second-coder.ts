// The demo's second coder: Jordan Reyes (JR) coded three of the demo transcripts
// (fixtures/demo/second-coder), agreeing with Alex Morgan in most places and differing in
// some (a passage left out, a shorter passage, another node, a passage only JR coded), so
// agreement and the review of disagreements can be tried at once.
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { join } from 'node:path';
import { utf16ToCodePoint } from '../../shared/text/code-points.ts';
import { normaliseText } from '../../shared/text/normalise.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { insertCoding } from '../codings/codings.ts';
import { agreementQueries } from '../team/agreement-queries.ts';
import type { DemoContext } from './demo-context.ts';
import { ensureCoder } from './project-info.ts';

export const SECOND_CODER = { name: 'Jordan Reyes', initials: 'JR' } as const;

interface SecondCoding {
  node: string;
  quote: string;
}

// Writes the second coder's codings of the demo (a part of the demo's set-up), if the folder has them.
export function writeDemoSecondCoder(rec: ActionRecorder, context: DemoContext): void {
  const folder = join(context.dir, 'second-coder');
  if (!existsSync(folder)) return;
  const coderId = ensureCoder(rec, SECOND_CODER.name, SECOND_CODER.initials);
  for (const file of readdirSync(folder).filter((f) => f.endsWith('.json')).sort()) {
    const sourceId = context.sourceIds.get(file.replace(/\.json$/, '.txt'));
    if (sourceId === undefined) throw new Error(`The second coder's ${file} names no demo source.`);
    const text = agreementQueries(rec.store).sourceText.get(sourceId) ?? '';
    for (const coding of JSON.parse(readFileSync(join(folder, file), 'utf8')) as SecondCoding[]) {
      const nodeId = context.nodeIds.get(coding.node);
      if (nodeId === undefined) throw new Error(`The second coder's coding names an unknown node: ${coding.node}`);
      const quote = normaliseText(coding.quote);
      const at = text.indexOf(quote);
      if (at < 0) throw new Error(`The second coder's quote is not in ${file}: ${coding.quote.slice(0, 60)}`);
      insertCoding(rec, { sourceId, nodeId, start: utf16ToCodePoint(text, at), end: utf16ToCodePoint(text, at + quote.length), coderId });
    }
  }
}
