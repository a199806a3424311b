// Matching another coder's sources to the open project's (by GUID, then by the hash of their
// text, then by name) and placing their codings: where the two texts differ (a coder
// corrected a typo, or the package was anonymised) each coding is moved through a diff of
// the texts; a coding whose text is no longer there is listed as unplaced, never dropped
// in silence. Codings already in the project (by GUID, or the same place, node and coder)
// are counted and left alone, so merging the same work twice adds nothing.
import { createHash } from 'node:crypto';
import type { MatchedBy, UnplacedCoding } from '../../shared/model/team.ts';
import { codePointLength, createOffsetIndex } from '../../shared/text/code-points.ts';
import type { Store } from '../db/store.ts';
import { agreementQueries } from './agreement-queries.ts';
import type { Match, MatchedParts } from './merge-match.ts';
import type { IncomingCoding, IncomingProject, IncomingSource } from './merge-model.ts';
import { mapRangesThroughEdits, textDiffEdits } from './text-diff.ts';

export interface PlacedCoding {
  coding: IncomingCoding;
  start: number;
  end: number;
}

export interface SourcePlan {
  incoming: IncomingSource;
  // the project's source it goes into (null: a new source)
  targetId: number | null;
  by: MatchedBy;
  textDiffers: boolean;
  place: PlacedCoding[];
  present: number;
  unplaced: UnplacedCoding[];
}

type Progress = (done: number, total: number, message: string) => void;

const hashOf = (text: string): string => createHash('sha256').update(text).digest('hex');

// The project's source each incoming source goes into: by GUID, then content, then name (each used once).
function matchSources(store: Store, incoming: IncomingProject): Map<string, { id: number; by: MatchedBy } | null> {
  const q = agreementQueries(store);
  const lead = q.sourceLengths.all();
  const byGuid = new Map(lead.map((s) => [s.guid, s.id]));
  const used = new Set<number>();
  const out = new Map<string, { id: number; by: MatchedBy } | null>();
  for (const s of incoming.sources) {
    const id = s.guid === null ? undefined : byGuid.get(s.guid);
    if (id !== undefined && !used.has(id)) {
      used.add(id);
      out.set(s.key, { id, by: 'guid' });
    }
  }
  const rest = incoming.sources.filter((s) => !out.has(s.key));
  if (rest.length === 0) return out;
  const leadHashes = new Map<string, number>();
  for (const s of lead) if (!used.has(s.id)) leadHashes.set(hashOf(q.sourceText.get(s.id) ?? ''), s.id);
  const byName = new Map<string, number[]>();
  for (const s of lead) byName.set(s.name.trim().toLowerCase(), [...(byName.get(s.name.trim().toLowerCase()) ?? []), s.id]);
  for (const s of rest) {
    const byContent = leadHashes.get(hashOf(s.loadText()));
    const named = (byName.get(s.name.trim().toLowerCase()) ?? []).filter((id) => !used.has(id));
    const match = byContent !== undefined && !used.has(byContent) ? { id: byContent, by: 'content' as const } : named.length === 1 && named[0] !== undefined ? { id: named[0], by: 'name' as const } : null;
    if (match) used.add(match.id);
    out.set(s.key, match);
  }
  return out;
}

const matchedId = (m: Match | undefined): number | null => (m && m.id !== null ? m.id : null);

// Plans every incoming source: where it goes and where each of its codings lands.
export function planSources(store: Store, incoming: IncomingProject, parts: MatchedParts, onProgress?: Progress): SourcePlan[] {
  const q = agreementQueries(store);
  const matches = matchSources(store, incoming);
  const guids = new Set<string>();
  const identities = new Set<string>();
  for (const c of q.codingIdentities.all()) {
    guids.add(c.guid);
    identities.add(`${c.source_id}:${c.node_id}:${c.start}:${c.end}:${c.coder_id ?? ''}`);
  }
  return incoming.sources.map((source, index): SourcePlan => {
    onProgress?.(index, incoming.sources.length, `Reading ${source.name}`);
    const match = matches.get(source.key) ?? null;
    const theirs = source.codings.length > 0 || match !== null ? source.loadText() : '';
    const ours = match ? (q.sourceText.get(match.id) ?? '') : theirs;
    const textDiffers = match !== null && ours !== theirs;
    const length = codePointLength(theirs);
    const valid = source.codings.filter((c) => Number.isInteger(c.start) && Number.isInteger(c.end) && c.start >= 0 && c.end >= c.start && c.end <= length);
    const mapped = textDiffers && valid.length > 0 ? mapRangesThroughEdits(valid, textDiffEdits(theirs, ours)) : null;
    const excerpt = createOffsetIndex(theirs);
    const plan: SourcePlan = { incoming: source, targetId: match?.id ?? null, by: match?.by ?? 'new', textDiffers, place: [], present: 0, unplaced: [] };
    valid.forEach((coding, i) => {
      const m = mapped?.[i];
      const nodePath = parts.nodePaths.get(coding.nodeKey) ?? '';
      if (m?.deleted) {
        const coder = incoming.coders.find((c) => c.key === coding.coderKey);
        plan.unplaced.push({ source: source.name, node: nodePath, coder: coder ? `${coder.name} (${coder.initials})` : null, start: coding.start, end: coding.end, text: excerpt.slice(coding.start, Math.min(coding.end, coding.start + 300)) });
        return;
      }
      const range = m ? m.range : { start: coding.start, end: coding.end };
      const nodeId = matchedId(parts.nodes.get(coding.nodeKey));
      const coderId = coding.coderKey === null ? '' : matchedId(parts.coders.get(coding.coderKey));
      const identity = plan.targetId !== null && nodeId !== null && coderId !== null ? `${plan.targetId}:${nodeId}:${range.start}:${range.end}:${coderId}` : `new:${source.key}:${coding.nodeKey}:${range.start}:${range.end}:${coding.coderKey ?? ''}`;
      if ((coding.guid !== null && guids.has(coding.guid)) || identities.has(identity)) {
        plan.present++;
        return;
      }
      identities.add(identity);
      if (coding.guid !== null) guids.add(coding.guid);
      plan.place.push({ coding, start: range.start, end: range.end });
    });
    const dropped = source.codings.length - valid.length;
    if (dropped > 0) plan.unplaced.push({ source: source.name, node: '', coder: null, start: 0, end: 0, text: `${dropped} coding${dropped === 1 ? '' : 's'} lay outside the source's text in the file.` });
    return plan;
  });
}
