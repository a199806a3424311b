// Discursive manifestations of contradictions (Engestrom and Sannino 2011) in a project:
// the codebook branch that holds the four kinds (addable to any project, undoable), and
// coding what a search for a kind's cues found - the hits the researcher kept - at that
// kind's node, linked to the tension the talk shows, in one undoable step.
import { mergeRanges } from '../../shared/analysis/ranges.ts';
import type { Span } from '../../shared/analysis/ranges.ts';
import { ApiError } from '../../shared/errors.ts';
import { DISCURSIVE_MANIFESTATIONS_BRANCH } from '../../shared/model/codebook-template.ts';
import { cueQuery, MANIFESTATIONS, MANIFESTATIONS_BRANCH_NAME, manifestationPath, MAX_CUE_HITS } from '../../shared/model/discursive-manifestations.ts';
import type { CueCodingOutcome, CueHit, ManifestationInProject, ManifestationKind } from '../../shared/model/discursive-manifestations.ts';
import type { SpreadTo } from '../../shared/model/queries.ts';
import { createOffsetIndex } from '../../shared/text/code-points.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import { insertTemplate, listNodes, nodePaths } from '../codebook/codebook.ts';
import { insertCoding } from '../codings/codings.ts';
import { codingQueries } from '../codings/queries.ts';
import { touchDiagram } from '../diagrams/diagrams.ts';
import { insertEvidence } from '../diagrams/evidence.ts';
import { requireTensionRow } from '../diagrams/read.ts';
import { sentenceAround } from '../queries/search-code.ts';
import { sourceQueries } from '../sources/queries.ts';

// The node of a kind in this project's codebook, or null when the branch is missing.
export function manifestationNode(store: Store, kind: ManifestationKind): { id: number; path: string } | null {
  const wanted = manifestationPath(kind).toLowerCase();
  for (const [id, path] of nodePaths(store)) if (path.toLowerCase() === wanted) return { id, path };
  return null;
}

// The four kinds with their cue searches and their nodes in this codebook (and how much is coded there).
export function manifestationsInProject(store: Store): ManifestationInProject[] {
  const nodes = listNodes(store);
  return MANIFESTATIONS.map((m) => {
    const node = manifestationNode(store, m.kind);
    return { kind: m.kind, name: m.name, description: m.description, cues: m.cues, query: cueQuery(m.kind), nodeId: node?.id ?? null, codingCount: nodes.find((n) => n.id === node?.id)?.codingCount ?? 0 };
  });
}

// Adds the branch of the four kinds to the codebook (one undoable action).
export function addManifestationsBranch(store: Store): void {
  if ([...nodePaths(store).values()].some((p) => p.toLowerCase() === MANIFESTATIONS_BRANCH_NAME.toLowerCase())) {
    throw new ApiError('CONFLICT', `The codebook already has a "${MANIFESTATIONS_BRANCH_NAME}" branch.`);
  }
  runAction(store, `Add the "${MANIFESTATIONS_BRANCH_NAME}" branch`, (rec) => insertTemplate(rec, [DISCURSIVE_MANIFESTATIONS_BRANCH]));
}

// The passages to code for a source's hits: each hit, its sentence, or its whole turn (without the speaker label).
function passagesOf(store: Store, sourceId: number, hits: readonly CueHit[], spread: SpreadTo): Span[] {
  const segments = new Map(sourceQueries(store).segmentRanges.all(sourceId).map((s) => [s.id, s]));
  const text = createOffsetIndex(sourceQueries(store).text.get(sourceId)?.text ?? '');
  const ranges = hits.map((hit) => {
    const segment = segments.get(hit.segmentId);
    if (!segment || hit.start < segment.start || hit.end > segment.end || hit.end <= hit.start) throw new ApiError('BAD_INPUT', 'A hit is no longer where the search found it: search again.');
    let bodyStart = Math.min(Math.max(segment.label_end ?? segment.start, segment.start), segment.end);
    while (bodyStart < segment.end && /\s/u.test(text.slice(bodyStart, bodyStart + 1))) bodyStart++;
    if (spread === 'hit') return { start: hit.start, end: hit.end };
    if (spread === 'segment') return { start: bodyStart, end: segment.end };
    const around = sentenceAround(text.slice(bodyStart, segment.end), hit.start - bodyStart, hit.end - bodyStart);
    return { start: around.start + bodyStart, end: around.end + bodyStart };
  });
  return mergeRanges(ranges);
}

// Codes the kept hits of a kind's cue search at the kind's node and links them to a tension (one undoable step).
export function codeCueHits(store: Store, input: { kind: ManifestationKind; hits: readonly CueHit[]; spread: SpreadTo; tensionId: number | null; coderId?: number | null }): CueCodingOutcome {
  const node = manifestationNode(store, input.kind);
  if (!node) throw new ApiError('BAD_INPUT', `The codebook has no "${manifestationPath(input.kind)}" node: add the ${MANIFESTATIONS_BRANCH_NAME.toLowerCase()} branch first.`);
  if (input.hits.length === 0) throw new ApiError('BAD_INPUT', 'Keep at least one hit to code.');
  if (input.hits.length > MAX_CUE_HITS) throw new ApiError('TOO_LARGE', `Code at most ${MAX_CUE_HITS} hits at a time.`);
  const tension = input.tensionId === null ? null : requireTensionRow(store, input.tensionId);
  const bySource = new Map<number, CueHit[]>();
  for (const hit of input.hits) bySource.set(hit.sourceId, [...(bySource.get(hit.sourceId) ?? []), hit]);
  const planned = [...bySource].map(([sourceId, hits]) => ({ sourceId, passages: passagesOf(store, sourceId, hits, input.spread) }));
  const count = planned.reduce((n, p) => n + p.passages.length, 0);
  const label = `Code ${count} ${count === 1 ? 'passage' : 'passages'} at ${node.path}${tension ? ` and link ${count === 1 ? 'it' : 'them'} to "${tension.label || 'the tension'}"` : ''}`;
  return runAction(store, label, (rec) => {
    const codingIds: number[] = [];
    let created = 0;
    for (const { sourceId, passages } of planned) {
      for (const p of passages) {
        const existing = codingQueries(store).covering.get(sourceId, node.id, p.start, p.end);
        if (existing !== undefined) codingIds.push(existing);
        else {
          codingIds.push(insertCoding(rec, { sourceId, nodeId: node.id, start: p.start, end: p.end, coderId: input.coderId ?? null }));
          created++;
        }
      }
    }
    const linked = tension ? insertEvidence(rec, tension.diagram_id, { tensionId: tension.id }, codingIds) : 0;
    if (tension && linked > 0) touchDiagram(rec, tension.diagram_id);
    return { created, reused: codingIds.length - created, linked, nodeId: node.id, nodePath: node.path };
  });
}
