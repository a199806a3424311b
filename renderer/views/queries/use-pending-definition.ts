// Taking a saved query handed to a tab (the Saved tab's Open) once: the tab tells the
// screen it has it, then loads its fields and runs it. The tab's latest state and
// functions are used; only a new definition makes it run again.
import { useEffect, useEffectEvent } from 'react';
import type { QueryDefinition } from '../../../shared/model/queries.ts';

export type DefinitionOf<K extends QueryDefinition['kind']> = Extract<QueryDefinition, { kind: K }>;

function isKind<K extends QueryDefinition['kind']>(definition: QueryDefinition, kind: K): definition is DefinitionOf<K> {
  return definition.kind === kind;
}

// Calls `onTaken` and then `take` for a pending definition of this tab's kind.
export function usePendingDefinition<K extends QueryDefinition['kind']>(kind: K, pending: QueryDefinition | null, onTaken: () => void, take: (definition: DefinitionOf<K>) => void): void {
  const takeNow = useEffectEvent((definition: DefinitionOf<K>) => {
    onTaken();
    take(definition);
  });
  useEffect(() => {
    if (pending && isKind(pending, kind)) takeNow(pending);
  }, [pending, kind]);
}
