// Saved queries: a name and a query definition, kept in the project so the query can be
// run again (on the data as it is then) and its results exported.
import { queryDefinition } from '../../shared/api/queries.ts';
import { ApiError } from '../../shared/errors.ts';
import type { QueryDefinition, SavedQuery } from '../../shared/model/queries.ts';
import type { Store } from '../db/store.ts';
import type { SavedQueryRow } from '../db/table-rows.ts';
import { runAction } from '../db/undo-log.ts';
import { queryQueries } from './queries.ts';

function toSaved(row: SavedQueryRow): SavedQuery | null {
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
  return queryQueries(store).savedList.all().map(toSaved).filter((q): q is SavedQuery => q !== null);
}

// One saved query, or NOT_FOUND.
export function getSavedQuery(store: Store, idOrName: number | string): SavedQuery {
  const q = queryQueries(store);
  const row = typeof idOrName === 'number' ? q.saved.get(idOrName) : q.savedNamed.get(idOrName);
  if (!row) throw new ApiError('NOT_FOUND', typeof idOrName === 'string' ? `There is no saved query called "${idOrName}".` : 'That saved query no longer exists.');
  const saved = toSaved(row);
  if (!saved) throw new ApiError('CORRUPT', `The saved query "${row.name}" cannot be read. Delete it and save it again.`);
  return saved;
}

// Saves a new query, or replaces the definition (and name) of an existing one.
export function saveQuery(store: Store, input: { id?: number; name: string; definition: QueryDefinition }): SavedQuery {
  const name = input.name.trim();
  const q = queryQueries(store);
  const clash = q.savedNameClash.get(name, input.id ?? null);
  if (clash !== undefined) throw new ApiError('CONFLICT', `There is already a saved query called "${name}". Choose another name, or open that query and save over it.`);
  const now = store.now().toISOString();
  const values = { name, kind: input.definition.kind, definition_json: JSON.stringify(input.definition), updated_at: now };
  const id = runAction(store, `Save query ${name}`, (rec) => {
    if (input.id === undefined) return rec.insert('saved_queries', { guid: store.newGuid(), created_at: now, ...values });
    if (q.savedExists.get(input.id) === undefined) throw new ApiError('NOT_FOUND', 'That saved query no longer exists.');
    rec.update('saved_queries', input.id, values);
    return input.id;
  });
  return getSavedQuery(store, id);
}

// Deletes a saved query.
export function deleteSavedQuery(store: Store, id: number): void {
  const name = queryQueries(store).savedName.get(id);
  if (name === undefined) throw new ApiError('NOT_FOUND', 'That saved query no longer exists.');
  runAction(store, `Delete saved query ${name}`, (rec) => rec.delete('saved_queries', id));
}
