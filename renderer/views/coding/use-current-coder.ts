// The coder every new coding records: remembered per project on this computer and
// checked against the project's coders; asked for when coding starts without one, and
// switchable from the status bar. Every view that shows the coder reads the same choice,
// and the host is told (memos and nodes record who changed them).
import { useEffect, useSyncExternalStore } from 'react';
import type { CoderRecord } from '../../../shared/model/entities.ts';
import { call } from '../../api.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { rememberCoder, rememberedCoder } from './coding-prefs.ts';

export interface CurrentCoder {
  coders: readonly CoderRecord[];
  coder: CoderRecord | null;
  // the coders have loaded (so "no coder" means there is none yet)
  loaded: boolean;
  choose(coder: CoderRecord): void;
}

// Changes of the choice, so every view re-reads it.
const listeners = new Set<() => void>();
let changes = 0;

function subscribe(listener: () => void): () => void {
  listeners.add(listener);
  return () => listeners.delete(listener);
}

// Tells the host who is coding (a failure only means memos and nodes record no coder).
function tellHost(coderId: number | null): void {
  call('coders.setCurrent', { coderId }).catch(() => undefined);
}

// Chooses who is coding this project here, for every view at once.
export function chooseCoder(projectGuid: string, coderId: number): void {
  rememberCoder(projectGuid, coderId);
  changes++;
  for (const listener of listeners) listener();
  tellHost(coderId);
}

// (one empty list while the coders load, so the stripes' colouring does not change on every render)
const NO_CODERS: readonly CoderRecord[] = [];

// Who is coding this project here.
export function useCurrentCoder(projectGuid: string): CurrentCoder {
  // a coding action changes no coder
  const coders = useApiQuery('coders.list', {}, undefined, 'never');
  useSyncExternalStore(subscribe, () => changes);
  const chosen = rememberedCoder(projectGuid);
  const list = coders.data ?? NO_CODERS;
  const coder = list.find((c) => c.id === chosen) ?? null;
  return {
    coders: list,
    coder,
    loaded: coders.data !== undefined,
    choose(c) {
      chooseCoder(projectGuid, c.id);
    },
  };
}

// Tells the host who is coding when a project is opened here (the choice remembered on this computer).
export function useCoderForHost(projectGuid: string, coderId: number | null, loaded: boolean): void {
  useEffect(() => {
    if (loaded) tellHost(coderId);
  }, [projectGuid, coderId, loaded]);
}
