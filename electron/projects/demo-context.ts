// What the parts of the demo study written after its sources build on: the ids of the
// cases, sources, nodes and codings written so far, and how an evidence reference of the
// fixtures ("source 03, node How work was divided, quote 'I do most of it'") finds its coding.
import type { ActionRecorder } from '../db/undo-log.ts';

// A coding the demo wrote: the source file, the node's path and the quote it codes.
export interface DemoCodingRecord {
  sourceFile: string;
  node: string;
  quote: string;
  codingId: number;
}

export interface DemoContext {
  dir: string;
  // by the keys of study.json (cases "c01", sources by file name)
  caseIds: ReadonlyMap<string, number>;
  sourceIds: ReadonlyMap<string, number>;
  // nodes by path ("Q4 Division of labour/How work was divided")
  nodeIds: ReadonlyMap<string, number>;
  codings: readonly DemoCodingRecord[];
  coderId: number;
}

// A part of the demo written after the sources and codings (the analysis; a second coder's codings).
export type DemoPart = (rec: ActionRecorder, context: DemoContext) => void;

// A coding named by a fixture: its source's number ("03" for 03-...txt), the end of its node's path and a piece of its quote.
export interface EvidenceRef {
  source: string;
  node: string;
  quote: string;
}

// The coding an evidence reference names, or a clear error naming the reference.
export function findDemoCoding(context: DemoContext, ref: EvidenceRef): number {
  const matches = context.codings.filter(
    (c) => c.sourceFile.startsWith(`${ref.source}-`) && (c.node === ref.node || c.node.endsWith(`/${ref.node}`)) && c.quote.includes(ref.quote),
  );
  const found = matches[0];
  if (!found) throw new Error(`The demo's analysis names evidence no coding has: source ${ref.source}, node ${ref.node}, "${ref.quote}".`);
  return found.codingId;
}
