// The query layer's building blocks. Each entity keeps every SQL statement on its tables in
// its own queries.ts, defined once with the type of its parameters and of the rows it
// returns; a statement is prepared on first use and kept for the life of the connection.
import type Database from 'better-sqlite3';
import type { Store } from './store.ts';

// Positional parameters as a tuple, or named ones as an object.
export type Params = unknown[] | Record<string, unknown>;

// A statement's SQL with its types (R: one row or, when plucked, one value; P: its parameters).
export interface StatementSpec<R, P extends Params> {
  readonly text: string;
  readonly pluck: boolean;
  // carries R and P for the compiler only; never set
  types?(params: P): R;
}

// A statement that returns rows of type R.
export function rows<R, P extends Params = []>(text: string): StatementSpec<R, NoInfer<P>> {
  return { text, pluck: false };
}

// A statement that returns the first column's value of each row, of type V.
export function values<V, P extends Params = []>(text: string): StatementSpec<V, NoInfer<P>> {
  return { text, pluck: true };
}

// A statement that only writes (run()).
export function writes<P extends Params = []>(text: string): StatementSpec<undefined, NoInfer<P>> {
  return { text, pluck: false };
}

// The prepared statement of a spec, typed for better-sqlite3.
export type Prepared<S> = S extends StatementSpec<infer R, infer P> ? Database.Statement<P, R> : never;

type Specs = Record<string, StatementSpec<unknown, Params>>;
export type QueryLayer<S extends Specs> = { readonly [K in keyof S]: Prepared<S[K]> };

function connectionOf(target: Store | Database.Database): Database.Database {
  return 'db' in target ? target.db : target;
}

function prepare(db: Database.Database, spec: StatementSpec<unknown, Params>): Database.Statement {
  const statement = db.prepare(spec.text);
  return spec.pluck ? statement.pluck() : statement;
}

// Defines an entity's statements: call the result with a store to get them, prepared once per connection.
export function defineQueries<S extends Specs>(specs: S): (target: Store | Database.Database) => QueryLayer<S> {
  const layers = new WeakMap<Database.Database, QueryLayer<S>>();
  return (target) => {
    const db = connectionOf(target);
    let layer = layers.get(db);
    if (!layer) {
      const prepared = new Map<string, Database.Statement>();
      const built: Record<string, unknown> = {};
      for (const key of Object.keys(specs)) {
        Object.defineProperty(built, key, {
          enumerable: true,
          get() {
            let statement = prepared.get(key);
            if (!statement) {
              statement = prepare(db, specs[key] as StatementSpec<unknown, Params>);
              prepared.set(key, statement);
            }
            return statement;
          },
        });
      }
      layer = built as QueryLayer<S>;
      layers.set(db, layer);
    }
    return layer;
  };
}

const shaped = new WeakMap<Database.Database, Map<string, Database.Statement>>();

// A statement whose SQL is built at run time (an IN list's length, optional filters), kept per connection by its text.
export function shapedStatement<S extends StatementSpec<unknown, Params>>(target: Store | Database.Database, spec: S): Prepared<S> {
  const db = connectionOf(target);
  let perDb = shaped.get(db);
  if (!perDb) {
    perDb = new Map();
    shaped.set(db, perDb);
  }
  const key = `${spec.pluck ? 'p' : 'r'}:${spec.text}`;
  let statement = perDb.get(key);
  if (!statement) {
    statement = prepare(db, spec);
    perDb.set(key, statement);
  }
  return statement as Prepared<S>;
}
