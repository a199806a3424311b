// Per-occurrence "not a name" decisions ("Hope" at the start of a sentence, "Grace" in
// "a grace period" typed with a capital): each is logged, undoable, tied to a position
// in a source's text or a memo's plain text, and honoured by both the anonymiser (the
// word stays) and the leak scan (that occurrence is accepted, nothing else).
import { ApiError } from '../../shared/errors.ts';
import { contextAround } from '../../shared/anonymise/leak-scan.ts';
import { createMatcher, findNames } from '../../shared/anonymise/matcher.ts';
import type { OverrideLocation, OverrideRecord, RegisterLogEntry } from '../../shared/model/anonymise.ts';
import { codePointToUtf16, sliceByCodePoints, utf16ToCodePoint } from '../../shared/text/code-points.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { memoQueries } from '../memos/queries.ts';
import { sourceQueries } from '../sources/queries.ts';
import { registerQueries } from './queries.ts';
import { getRule } from './register.ts';

// The text a location holds (a source's canonical text or a memo's plain text), or null if gone.
export function locationText(store: Store, location: OverrideLocation, id: number): { text: string; name: string } | null {
  if (location === 'source') {
    const row = sourceQueries(store).text.get(id);
    return row ? { text: row.text, name: row.name } : null;
  }
  const row = memoQueries(store).byId.get(id);
  return row ? { text: row.plain_text, name: row.title || 'untitled memo' } : null;
}

// Writes one line of the register's log inside an action.
export function logRegister(rec: ActionRecorder, action: string, detail: string): void {
  rec.insert('anonymisation_log', { guid: rec.store.newGuid(), action, detail, created_at: rec.store.now().toISOString() });
}

// Every override with whether it still applies.
export function listOverrides(store: Store): OverrideRecord[] {
  return registerQueries(store).overrides.all().map((r) => {
    const at = locationText(store, r.location, r.location_id);
    const stale = !at || sliceByCodePoints(at.text, Math.min(r.start, [...at.text].length), Math.min(r.end, [...at.text].length)) !== r.matched_text;
    return {
      id: r.id,
      guid: r.guid,
      ruleId: r.rule_id,
      ruleText: r.rule_text,
      location: r.location,
      locationId: r.location_id,
      locationName: at?.name ?? '(deleted)',
      start: r.start,
      end: r.end,
      matchedText: r.matched_text,
      context: r.context,
      note: r.note,
      createdAt: r.created_at,
      stale,
    };
  });
}

export interface ActiveOverride {
  ruleId: number;
  start: number;
  end: number;
}

// The overrides that still apply at one location, in code points (what exports honour).
export function activeOverrides(store: Store, location: OverrideLocation, id: number, text?: string): ActiveOverride[] {
  const rows = registerQueries(store).overridesAt.all(location, id);
  if (rows.length === 0) return [];
  const full = text ?? locationText(store, location, id)?.text ?? '';
  return rows.filter((r) => sliceByCodePoints(full, r.start, Math.max(r.start, r.end)) === r.matched_text).map((r) => ({ ruleId: r.rule_id, start: r.start, end: r.end }));
}

export interface OverrideInput {
  ruleId: number;
  location: OverrideLocation;
  locationId: number;
  // code points in the location's text, half-open
  start: number;
  end: number;
  note?: string;
}

// Marks one occurrence as not a name (logged; undoable).
export function addOverride(store: Store, input: OverrideInput): OverrideRecord {
  const rule = getRule(store, input.ruleId);
  const at = locationText(store, input.location, input.locationId);
  if (!at) throw new ApiError('NOT_FOUND', `That ${input.location} no longer exists.`);
  const length = [...at.text].length;
  if (input.end > length || input.start >= input.end) throw new ApiError('BAD_INPUT', 'That position is outside the text.');
  const from = codePointToUtf16(at.text, input.start);
  const to = codePointToUtf16(at.text, input.end);
  // the occurrence must be one the rule matches, found in its sentence
  const windowFrom = Math.max(0, from - 200);
  const window = at.text.slice(windowFrom, Math.min(at.text.length, to + 200));
  const matches = findNames(createMatcher([rule]), window).filter((m) => m.start + windowFrom <= from && m.end + windowFrom >= to);
  const match = matches[0];
  if (!match) throw new ApiError('BAD_INPUT', `"${at.text.slice(from, to)}" is not an occurrence of "${rule.realText}" at that position.`);
  const start = utf16ToCodePoint(at.text, match.start + windowFrom);
  const end = utf16ToCodePoint(at.text, match.end + windowFrom);
  const existing = registerQueries(store).overrideAt.get(rule.id, input.location, input.locationId, start, end);
  if (existing !== undefined) throw new ApiError('ALREADY_EXISTS', 'That occurrence is already marked as not a name.');
  const context = contextAround(at.text, match.start + windowFrom, match.end + windowFrom);
  const id = runAction(store, `Mark "${match.text}" as not a name`, (rec) => {
    const inserted = rec.insert('anonymisation_overrides', {
      guid: store.newGuid(),
      rule_id: rule.id,
      location: input.location,
      location_id: input.locationId,
      start,
      end,
      matched_text: match.text,
      context,
      note: (input.note ?? '').trim(),
      created_at: store.now().toISOString(),
    });
    logRegister(rec, 'not-a-name', `"${match.text}" in ${input.location} "${at.name}" at ${start}-${end} is not "${rule.realText}"${input.note?.trim() ? `: ${input.note.trim()}` : ''} (context: ${context})`);
    return inserted;
  });
  const record = listOverrides(store).find((o) => o.id === id);
  if (!record) throw new Error('override vanished');
  return record;
}

// Withdraws a "not a name" decision (logged; undoable).
export function removeOverride(store: Store, id: number): void {
  const record = listOverrides(store).find((o) => o.id === id);
  if (!record) throw new ApiError('NOT_FOUND', 'That decision no longer exists.');
  runAction(store, `Treat "${record.matchedText}" as a name again`, (rec) => {
    rec.delete('anonymisation_overrides', id);
    logRegister(rec, 'override-removed', `"${record.matchedText}" in ${record.location} "${record.locationName}" at ${record.start}-${record.end} is treated as "${record.ruleText}" again`);
  });
}

// The register's log, newest first.
export function listRegisterLog(store: Store, limit = 500): RegisterLogEntry[] {
  return registerQueries(store)
    .log.all(limit)
    .map((r) => ({ id: r.id, action: r.action, detail: r.detail, createdAt: r.created_at }));
}
