// Project-level reads: settings, stats and coders.
import type { CoderRecord, ProjectStats } from '../../shared/model/entities.ts';
import type { Store } from '../db/store.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { projectQueries } from './queries.ts';

// A project setting, or null.
export function getSetting(store: Store, key: string): string | null {
  return projectQueries(store).setting.get(key) ?? null;
}

// Counts of the main entities (what `stats --json` prints).
export function projectStats(store: Store): ProjectStats {
  const stats = projectQueries(store).stats.get();
  if (!stats) throw new Error('the project counts returned no row');
  return stats;
}

// Every coder of the project.
export function listCoders(store: Store): CoderRecord[] {
  return projectQueries(store).coders.all();
}

// Returns the coder with these initials, creating them inside the action when new.
export function ensureCoder(rec: ActionRecorder, name: string, initials: string): number {
  const existing = projectQueries(rec.store).coderId.get(initials, name);
  if (existing !== undefined) return existing;
  return rec.insert('coders', { guid: rec.store.newGuid(), name, initials, created_at: rec.store.now().toISOString() });
}
