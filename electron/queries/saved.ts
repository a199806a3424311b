// Saved queries: a name and a query definition, kept in the project so the query can be
// run again (on the data as it is then) and its results exported.
import { queryDefinition } from '../../shared/api/queries.ts';
import { ApiError } from '../../shared/errors.ts';
import type { QueryDefinition, SavedQuery } from '../../shared/model/queries.ts';
import { sql } from '../db/statements.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';

interface Row {
  id: number;
  guid: string;
  name: string;
  kind: SavedQuery['kind'];
  definition_json: string;
  created_at: string;
  updated_at: string;
}

function toSaved(row: Row): SavedQuery | null {
  let raw: unknown;
  try {
    raw = JSON.parse(row.definition_json);
  } catch {
    return null;
  }
  const parsed = queryDefinition.safeParse(raw);
  if (!parsed.success) return null;
  return { id: row.id, guid: row.guid, name: row.name, kind: row.kind, definition: parsed.data, createdAt: row.created_at, updatedAt: row.updated_at };
}

// Every saved query, by name (a damaged definition is left out rather than failing the list).
export function listSavedQueries(store: Store): SavedQuery[] {
  return (sql(store, 'SELECT * FROM saved_queries ORDER BY name COLLATE NOCASE, id').all() as Row[]).map(toSaved).filter((q): q is SavedQuery => q !== null);
}

// One saved query, or NOT_FOUND.
export function getSavedQuery(store: Store, idOrName: number | string): SavedQuery {
  const row = (typeof idOrName === 'number' ? sql(store, 'SELECT * FROM saved_queries WHERE id = ?').get(idOrName) : sql(store, 'SELECT * FROM saved_queries WHERE name = ? COLLATE NOCASE').get(idOrName)) as Row | undefined;
  if (!row) throw new ApiError('NOT_FOUND', typeof idOrName === 'string' ? `There is no saved query called "${idOrName}".` : 'That saved query no longer exists.');
  const saved = toSaved(row);
  if (!saved) throw new ApiError('CORRUPT', `The saved query "${row.name}" cannot be read. Delete it and save it again.`);
  return saved;
}

// Saves a new query, or replaces the definition (and name) of an existing one.
export function saveQuery(store: Store, input: { id?: number; name: string; definition: QueryDefinition }): SavedQuery {
  const name = input.name.trim();
  const clash = sql(store, 'SELECT id FROM saved_queries WHERE name = ? COLLATE NOCASE AND id IS NOT ?').pluck().get(name, input.id ?? null) as number | undefined;
  if (clash !== undefined) throw new ApiError('CONFLICT', `There is already a saved query called "${name}". Choose another name, or open that query and save over it.`);
  const now = store.now().toISOString();
  const values = { name, kind: input.definition.kind, definition_json: JSON.stringify(input.definition), updated_at: now };
  const id = runAction(store, `Save query ${name}`, (rec) => {
    if (input.id === undefined) return rec.insert('saved_queries', { guid: store.newGuid(), created_at: now, ...values });
    if (!sql(store, 'SELECT 1 FROM saved_queries WHERE id = ?').get(input.id)) throw new ApiError('NOT_FOUND', 'That saved query no longer exists.');
    rec.update('saved_queries', input.id, values);
    return input.id;
  });
  return getSavedQuery(store, id);
}

// Deletes a saved query.
export function deleteSavedQuery(store: Store, id: number): void {
  const name = sql(store, 'SELECT name FROM saved_queries WHERE id = ?').pluck().get(id) as string | undefined;
  if (name === undefined) throw new ApiError('NOT_FOUND', 'That saved query no longer exists.');
  runAction(store, `Delete saved query ${name}`, (rec) => rec.delete('saved_queries', id));
}
