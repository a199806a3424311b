// The cases a batch import matches speakers against, kept per connection: a batch of 5,000
// files in a project with 5,000 cases read and normalised every case for every file (half
// of each file's time at that size). Cases made since the last file (higher ids) are added
// to the index; any other change to a case (an edit, a deletion, undo or redo) makes the
// next file read them all again. Temporary triggers on this connection notice the changes.
import type { Store } from '../db/store.ts';
import { createSpeakerIndex } from './import-suggest.ts';
import type { CaseNames, SpeakerIndex } from './import-suggest.ts';
import { caseQueries } from '../cases/queries.ts';

interface Watch {
  // bumped by any change to cases except an insert above `maxId`
  version: number;
  entry: { index: SpeakerIndex; maxId: number; version: number } | null;
}

const watches = new WeakMap<object, Watch>();

function watch(store: Store): Watch {
  const known = watches.get(store.db);
  if (known) return known;
  const state: Watch = { version: 0, entry: null };
  store.db.function('alens_import_cases_touch', { deterministic: false }, (id: unknown) => {
    // an insert above the indexed ids is picked up by the next read; anything else is not
    if (typeof id !== 'number' && typeof id !== 'bigint') state.version++;
    else if (!state.entry || Number(id) <= state.entry.maxId) state.version++;
    return null;
  });
  store.db.exec(`CREATE TEMP TRIGGER IF NOT EXISTS alens_import_cases_insert AFTER INSERT ON main.cases BEGIN SELECT alens_import_cases_touch(new.id); END;
    CREATE TEMP TRIGGER IF NOT EXISTS alens_import_cases_update AFTER UPDATE ON main.cases BEGIN SELECT alens_import_cases_touch(NULL); END;
    CREATE TEMP TRIGGER IF NOT EXISTS alens_import_cases_delete AFTER DELETE ON main.cases BEGIN SELECT alens_import_cases_touch(NULL); END;`);
  watches.set(store.db, state);
  return state;
}

function readCases(store: Store, afterId: number): CaseNames[] {
  return caseQueries(store).namesAfter.all(afterId);
}

// The speaker index of the project's cases as they are now.
export function speakerIndexOf(store: Store): SpeakerIndex {
  const w = watch(store);
  let entry = w.entry;
  if (!entry || entry.version !== w.version) {
    entry = { index: createSpeakerIndex(), maxId: 0, version: w.version };
    w.entry = entry;
  }
  for (const c of readCases(store, entry.maxId)) {
    entry.index.add(c);
    entry.maxId = Math.max(entry.maxId, c.id);
  }
  return entry.index;
}
