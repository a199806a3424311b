// Who is coding in the open project: the coder the window chose (coders.setCurrent), which
// memo and node changes record; codings name their coder themselves.
import type { Store } from '../db/store.ts';
import { projectQueries } from '../projects/queries.ts';

const current = new WeakMap<Store, number>();

// Remembers the coder of an open project (null forgets it); an unknown coder is ignored.
export function setCurrentCoder(store: Store, coderId: number | null): void {
  if (coderId !== null && projectQueries(store).coderExists.get(coderId) !== undefined) current.set(store, coderId);
  else current.delete(store);
}

// The coder working in the open project now, or null when none was chosen.
export function currentCoder(store: Store): number | null {
  return current.get(store) ?? null;
}
