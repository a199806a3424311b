// The coder every new coding records: remembered per project on this computer and
// checked against the project's coders; asked for when coding starts without one.
import { useState } from 'react';
import type { CoderRecord } from '../../../shared/model/entities.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { rememberCoder, rememberedCoder } from './coding-prefs.ts';

export interface CurrentCoder {
  coders: readonly CoderRecord[];
  coder: CoderRecord | null;
  // the coders have loaded (so "no coder" means there is none yet)
  loaded: boolean;
  choose(coder: CoderRecord): void;
}

// Who is coding this project here.
export function useCurrentCoder(projectGuid: string): CurrentCoder {
  const coders = useApiQuery('coders.list', {});
  const [chosen, setChosen] = useState<number | null>(() => rememberedCoder(projectGuid));
  const list = coders.data ?? [];
  const coder = list.find((c) => c.id === chosen) ?? null;
  return {
    coders: list,
    coder,
    loaded: coders.data !== undefined,
    choose(c) {
      rememberCoder(projectGuid, c.id);
      setChosen(c.id);
    },
  };
}
