// The cases a batch import matches speakers against, kept per connection: a batch of 5,000
// files in a project with 5,000 cases read and normalised every case for every file (half
// of each file's time at that size). Cases made since the last file (higher ids) are added
// to the index; any other change to a case (an edit, a deletion, undo or redo) makes the
// next file read them all again. The connection's change watch notices the changes.
import { changesOf } from '../db/change-watch.ts';
import type { Store } from '../db/store.ts';
import { createSpeakerIndex } from './import-suggest.ts';
import type { CaseNames, SpeakerIndex } from './import-suggest.ts';
import { caseQueries } from '../cases/queries.ts';

interface Entry {
  index: SpeakerIndex;
  maxId: number;
  // the change watch's version when the index was started
  version: number;
}

const entries = new WeakMap<object, Entry>();

function readCases(store: Store, afterId: number): CaseNames[] {
  return caseQueries(store).namesAfter.all(afterId);
}

// The speaker index of the project's cases as they are now.
export function speakerIndexOf(store: Store): SpeakerIndex {
  const changes = changesOf(store, ['cases']);
  let entry = entries.get(store.db);
  if (!entry || changes.rewrittenSince('cases', entry.version)) {
    entry = { index: createSpeakerIndex(), maxId: 0, version: changes.version };
    entries.set(store.db, entry);
  }
  for (const c of readCases(store, entry.maxId)) {
    entry.index.add(c);
    entry.maxId = Math.max(entry.maxId, c.id);
  }
  return entry.index;
}
