// Prepared statements cached per connection (better-sqlite3 statements are reusable).
import type Database from 'better-sqlite3';
import type { Store } from './store.ts';

const cache = new WeakMap<Database.Database, Map<string, Database.Statement>>();

// Returns the cached prepared statement for this SQL on the store's connection.
export function sql(store: Store, text: string): Database.Statement {
  let perDb = cache.get(store.db);
  if (!perDb) {
    perDb = new Map();
    cache.set(store.db, perDb);
  }
  let statement = perDb.get(text);
  if (!statement) {
    statement = store.db.prepare(text);
    perDb.set(text, statement);
  }
  return statement;
}
