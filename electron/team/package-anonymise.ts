// Anonymising a package copy with the register: every name in the texts becomes its
// replacement in square brackets (as every export writes it), with the speaker turns and
// codings moved to where their text now is; case real names become their labels, and the
// names of organisations, projects, nodes, memos and attribute values are replaced too.
import { anonymiseText } from '../../shared/anonymise/anonymise-text.ts';
import type { Matcher } from '../../shared/anonymise/matcher.ts';
import { memoContentJson } from '../../shared/exchange/memo-json.ts';
import { codePointLength } from '../../shared/text/code-points.ts';
import type { TextEdit } from '../../shared/text/edits.ts';
import type { Store } from '../db/store.ts';
import { packageQueries } from './package-queries.ts';
import { mapRangesThroughEdits } from './text-diff.ts';

// A text anonymised, with the edits that made it (code points, against the original).
export function anonymiseWithEdits(matcher: Matcher, text: string): { text: string; edits: TextEdit[]; replacements: number } {
  const result = anonymiseText(matcher, text);
  const edits: TextEdit[] = [];
  let at = 0;
  for (const piece of result.pieces) {
    if (piece.replaced) {
      const length = codePointLength(piece.replaced.original);
      edits.push({ start: at, end: at + length, insert: piece.text });
      at += length;
    } else at += codePointLength(piece.text);
  }
  return { text: result.text, edits, replacements: result.replacements };
}

// Moves a source's segments and codings through the edits that anonymised its text.
function moveSourceRanges(store: Store, sourceId: number, edits: readonly TextEdit[], rename: (text: string) => string): void {
  const q = packageQueries(store);
  const segments = q.segmentsOf.all(sourceId);
  const mapped = mapRangesThroughEdits(segments.map((s) => ({ start: s.start, end: s.end })), edits);
  const labels = mapRangesThroughEdits(segments.map((s) => ({ start: s.label_start ?? 0, end: s.label_end ?? 0 })), edits);
  segments.forEach((s, i) => {
    const m = mapped[i];
    const l = labels[i];
    // a turn is never wholly a name; if it were, it keeps a zero-length place
    const range = m && !m.deleted ? m.range : { start: s.start, end: s.start };
    const label = s.label_start !== null && l && !l.deleted ? l.range : null;
    q.clearSegmentsText.run(range.start, range.end, label?.start ?? null, label?.end ?? null, s.speaker_label === null ? null : rename(s.speaker_label), s.id);
  });
  const codings = q.codingsOf.all(sourceId);
  const moved = mapRangesThroughEdits(codings, edits);
  codings.forEach((c, i) => {
    const m = moved[i];
    // a coding of nothing but a name keeps the replacement coded
    const range = m && !m.deleted ? m.range : { start: c.start, end: c.start };
    q.moveCoding.run(range.start, range.end, c.id);
  });
}

// Anonymises everything a package copy holds; returns how many names were replaced.
export function anonymiseCopy(store: Store, matcher: Matcher): number {
  const q = packageQueries(store);
  let replacements = 0;
  const rename = (text: string): string => {
    const result = anonymiseText(matcher, text);
    replacements += result.replacements;
    return result.text;
  };
  for (const source of q.sources.all()) {
    const anonymised = anonymiseWithEdits(matcher, source.text);
    replacements += anonymised.replacements;
    // segments first: changing the text rebuilds the full-text rows from the segments' places
    moveSourceRanges(store, source.id, anonymised.edits, rename);
    q.setSource.run(rename(source.name), anonymised.text, rename(source.description), source.id);
  }
  for (const c of q.cases.all()) q.setCase.run(rename(c.job_title), rename(c.description), c.id);
  for (const o of q.organisations.all()) q.setOrganisation.run(rename(o.name), o.provider_type === null ? null : rename(o.provider_type), o.region === null ? null : rename(o.region), o.id);
  for (const p of q.projects.all()) q.setProject.run(rename(p.name), rename(p.title), rename(p.funder), rename(p.description), p.id);
  for (const m of q.memos.all()) {
    const plain = rename(m.plain_text);
    q.setMemo.run(rename(m.title), plain, memoContentJson(plain), m.id);
  }
  for (const n of q.nodes.all()) q.setNode.run(rename(n.name), rename(n.description), n.id);
  // a coder the register names (the researcher, say) is named by the register's replacement,
  // with initials that no longer point at the person
  for (const c of q.coders.all()) {
    const name = rename(c.name);
    const named = name !== c.name || rename(c.initials) !== c.initials;
    q.setCoder.run(name, named ? `C${c.id}` : c.initials, c.id);
  }
  for (const v of q.caseValues.all()) q.setCaseValue.run(rename(v.value), v.case_id, v.attribute_id);
  for (const v of q.sourceValues.all()) q.setSourceValue.run(rename(v.value), v.source_id, v.attribute_id);
  for (const s of q.settings.all()) {
    if (s.key === 'project.name' || s.key === 'project.description') q.upsertSetting.run(s.key, rename(s.value));
  }
  return replacements;
}
