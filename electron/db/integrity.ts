// Integrity checks of an open project (run after the first screen is shown).
import type { Store } from './store.ts';

// Runs quick_check (or the full integrity_check) and foreign_key_check; returns problems found.
export function checkIntegrity(store: Store, full = false): string[] {
  const problems: string[] = [];
  const rows = store.db.pragma(full ? 'integrity_check' : 'quick_check') as Record<string, unknown>[];
  for (const row of rows) {
    const value = String(Object.values(row)[0]);
    if (value !== 'ok') problems.push(value);
  }
  const fk = store.db.pragma('foreign_key_check') as { table: string; rowid: number; parent: string }[];
  for (const f of fk.slice(0, 20)) problems.push(`${f.table} row ${f.rowid} points to a missing ${f.parent} row`);
  return problems;
}
