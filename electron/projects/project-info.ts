// Project-level reads: settings, stats and coders.
import type { CoderRecord, ProjectStats } from '../../shared/model/entities.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import type { ActionRecorder } from '../db/undo-log.ts';

// A project setting, or null.
export function getSetting(store: Store, key: string): string | null {
  return (sql(store, 'SELECT value FROM project_settings WHERE key = ?').pluck().get(key) as string | undefined) ?? null;
}

// Counts of the main entities (what `stats --json` prints).
export function projectStats(store: Store): ProjectStats {
  const count = (table: string) => Number(sql(store, `SELECT count(*) FROM ${table}`).pluck().get());
  return { sources: count('sources'), segments: count('segments'), cases: count('cases'), nodes: count('nodes'), codings: count('codings'), memos: count('memos') };
}

// Every coder of the project.
export function listCoders(store: Store): CoderRecord[] {
  return sql(store, 'SELECT id, guid, name, initials FROM coders ORDER BY name').all() as CoderRecord[];
}

// Returns the coder with these initials, creating them inside the action when new.
export function ensureCoder(rec: ActionRecorder, name: string, initials: string): number {
  const existing = sql(rec.store, 'SELECT id FROM coders WHERE initials = ? AND name = ?').pluck().get(initials, name) as number | undefined;
  if (existing !== undefined) return existing;
  return rec.insert('coders', { guid: rec.store.newGuid(), name, initials, created_at: rec.store.now().toISOString() });
}
