// Deciding a disagreement of the review: keep coder A's coding of the passage, coder B's,
// both, or neither. The agreed coding is written under the consensus coder (a coder called
// "Consensus", made when first needed, or the coder the user chose), the decision is kept
// (so agreement can count it) and logged; each decision is one undoable action.
import { mergeRanges } from '../../shared/analysis/ranges.ts';
import type { Span } from '../../shared/analysis/ranges.ts';
import { ApiError } from '../../shared/errors.ts';
import { CONSENSUS_INITIALS, CONSENSUS_NAME } from '../../shared/model/team.ts';
import type { DecisionKind, DecisionResult, TeamCoder } from '../../shared/model/team.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { codebookQueries } from '../codebook/queries.ts';
import { codingQueries } from '../codings/queries.ts';
import { deleteMemosOn } from '../memos/memo-removal.ts';
import { ensureCoder } from '../projects/project-info.ts';
import { projectQueries } from '../projects/queries.ts';
import { agreementQueries } from './agreement-queries.ts';
import { chosenCoders } from './agreement.ts';
import { addLogEntry } from './logbook.ts';
import { teamQueries } from './queries.ts';


export interface DecisionInput {
  coderA: number;
  coderB: number;
  sourceId: number;
  nodeId: number;
  start: number;
  end: number;
  decision: DecisionKind;
  consensusCoderId?: number;
}

const clip = (runs: readonly Span[], start: number, end: number): Span[] =>
  runs.map((r) => ({ start: Math.max(r.start, start), end: Math.min(r.end, end) })).filter((r) => r.end > r.start);

// The agreed ranges of a passage for a decision, from what each coder coded of it.
export function agreedRanges(decision: DecisionKind, rangesA: readonly Span[], rangesB: readonly Span[]): Span[] {
  switch (decision) {
    case 'keep-a':
      return mergeRanges(rangesA);
    case 'keep-b':
      return mergeRanges(rangesB);
    case 'keep-both':
      return mergeRanges([...rangesA, ...rangesB]);
    case 'keep-neither':
      return [];
  }
}

// Removes a coder's coding of a node in [start, end) of a source: inside goes, across an edge is trimmed, around it is split.
function clearPassage(rec: ActionRecorder, coderId: number, sourceId: number, nodeId: number, start: number, end: number): void {
  for (const c of codingQueries(rec.store).overlapping.all({ sourceId, nodeId, start, end })) {
    if (c.coder_id !== coderId) continue;
    if (c.start >= start && c.end <= end) {
      deleteMemosOn(rec, 'coding', c.id);
      rec.delete('codings', c.id);
    } else if (c.start < start && c.end > end) {
      rec.update('codings', c.id, { end: start });
      rec.insert('codings', { guid: rec.store.newGuid(), source_id: sourceId, node_id: nodeId, start: end, end: c.end, coder_id: coderId, created_at: c.created_at });
    } else if (c.start < start) rec.update('codings', c.id, { end: start });
    else rec.update('codings', c.id, { start: end });
  }
}

// The coder the agreed coding goes under: the one chosen, else "Consensus" (made inside the action when new).
function consensusCoder(rec: ActionRecorder, chosen: number | undefined): number {
  if (chosen !== undefined) {
    if (projectQueries(rec.store).coderExists.get(chosen) === undefined) throw new ApiError('NOT_FOUND', 'That coder no longer exists.');
    return chosen;
  }
  const named = teamQueries(rec.store).coderByName.get(CONSENSUS_NAME);
  return named?.id ?? ensureCoder(rec, CONSENSUS_NAME, CONSENSUS_INITIALS);
}

const DECISION_WORDS: Record<DecisionKind, (a: string, b: string) => string> = {
  'keep-a': (a) => `kept ${a}'s coding`,
  'keep-b': (_a, b) => `kept ${b}'s coding`,
  'keep-both': (a, b) => `kept both ${a}'s and ${b}'s coding`,
  'keep-neither': () => 'kept neither coding',
};

// Decides one disagreement as one action; deciding the same passage again replaces the decision.
export function decide(store: Store, input: DecisionInput): DecisionResult {
  const [a, b] = chosenCoders(store, [input.coderA, input.coderB]) as [TeamCoder, TeamCoder];
  const nodeName = codebookQueries(store).name.get(input.nodeId);
  if (nodeName === undefined) throw new ApiError('NOT_FOUND', 'That node no longer exists.');
  const { start, end, sourceId, nodeId } = input;
  const codings = agreementQueries(store).codingsOfCodersInSource.all(sourceId, JSON.stringify([a.id, b.id])).filter((c) => c.node_id === nodeId);
  const runsOf = (coder: number) => clip(mergeRanges(codings.filter((c) => c.coder_id === coder)), start, end);
  const ranges = agreedRanges(input.decision, runsOf(a.id), runsOf(b.id));
  const sourceName = agreementQueries(store).sourceLengths.all().find((s) => s.id === sourceId)?.name ?? 'the source';
  const words = DECISION_WORDS[input.decision](a.initials, b.initials);
  return runAction(store, `Review: ${words} at ${nodeName}`, (rec) => {
    const target = consensusCoder(rec, input.consensusCoderId);
    const previous = teamQueries(store).decisionAt.get({ sourceId, nodeId, start, end, a: a.id, b: b.id });
    if (previous) {
      clearPassage(rec, previous.consensus_coder_id, sourceId, nodeId, start, end);
      rec.delete('team_decisions', previous.id);
    }
    clearPassage(rec, target, sourceId, nodeId, start, end);
    const now = store.now().toISOString();
    for (const r of ranges) rec.insert('codings', { guid: store.newGuid(), source_id: sourceId, node_id: nodeId, start: r.start, end: r.end, coder_id: target, created_at: now });
    const decisionId = rec.insert('team_decisions', {
      guid: store.newGuid(),
      source_id: sourceId,
      node_id: nodeId,
      start,
      end,
      coder_a: a.id,
      coder_b: b.id,
      decision: input.decision,
      consensus_coder_id: target,
      ranges_json: JSON.stringify(ranges.map((r) => [r.start, r.end])),
      created_at: now,
    });
    addLogEntry(rec, { kind: 'adjudication', summary: `Review of ${a.initials} and ${b.initials}: ${words} at ${nodeName} in ${sourceName} (${start}-${end})` });
    const consensus = projectQueries(store).coder.get(target);
    return { decisionId, consensusCoder: { id: target, name: consensus?.name ?? CONSENSUS_NAME, initials: consensus?.initials ?? CONSENSUS_INITIALS }, codingsWritten: ranges.length };
  });
}

// Takes a decision back as one action: the agreed coding it wrote goes, the decision is no longer counted.
export function revokeDecision(store: Store, id: number): void {
  const decision = teamQueries(store).decision.get(id);
  if (!decision) throw new ApiError('NOT_FOUND', 'That decision is no longer in the review.');
  const nodeName = codebookQueries(store).name.get(decision.node_id) ?? 'a node';
  runAction(store, `Review: take back the decision at ${nodeName}`, (rec) => {
    clearPassage(rec, decision.consensus_coder_id, decision.source_id, decision.node_id, decision.start, decision.end);
    rec.delete('team_decisions', decision.id);
    addLogEntry(rec, { kind: 'adjudication', summary: `Review: the decision at ${nodeName} (${decision.start}-${decision.end}) was taken back` });
  });
}
