// What one coding action changed, read from the connection's change watch: the codings it
// added, changed or removed and whether it touched a node. The host sends it with the
// action's answer so windows patch what they show (shared/model/coding-change.ts).
import type { CodingChange } from '../../shared/model/coding-change.ts';
import { changesOf } from '../db/change-watch.ts';
import type { Store } from '../db/store.ts';
import { codingRecord } from './codings.ts';
import { codingQueries } from './queries.ts';

const WATCHED = ['codings', 'nodes'];

// Beyond this many changed codings a window reads them again rather than patching.
const MOST_CODINGS = 5_000;

export interface CodingChangeWatch {
  // what changed since the watch began; null when it is no longer known or too large to send
  finish(): CodingChange | null;
}

// Starts watching a store's codings and nodes, just before an action.
export function watchCodingChange(store: Store): CodingChangeWatch {
  const since = changesOf(store, WATCHED).version;
  return {
    finish() {
      const changes = changesOf(store, WATCHED);
      const codingIds = changes.rowsChangedSince('codings', since);
      if (codingIds === null || codingIds.size > MOST_CODINGS) return null;
      const byId = codingQueries(store).byId;
      const change: CodingChange = { codings: [], removedCodingIds: [], nodesChanged: changes.changedSince(['nodes'], since) };
      for (const id of [...codingIds].sort((a, b) => a - b)) {
        const row = byId.get(id);
        if (row) change.codings.push(codingRecord(row));
        else change.removedCodingIds.push(id);
      }
      return change;
    },
  };
}
