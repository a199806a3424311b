// Loads the result of one read-only call like useApiQuery, and keeps it between visits to a
// screen: a screen opened again shows the kept result at once, without calling the host,
// until anything in the project changes (any project-changed event forgets every kept result).
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { ApiInput, ApiMethod, ApiResult } from '../../shared/api.ts';
import { call, onEvent } from '../api.ts';
import { toApiCallError } from '../api-call-error.ts';
import type { ApiQuery } from './use-api-query.ts';
import { useApiEvent } from './use-api-event.ts';

// Bumped by every change to the project; a result is kept only with the generation it was read in.
let generation = 0;
const kept = new Map<string, unknown>();
let listening = false;

function listenForChanges(): void {
  if (listening) return;
  listening = true;
  onEvent((event) => {
    if (event.type !== 'project-changed') return;
    generation += 1;
    kept.clear();
  });
}

// Forgets every kept result (for tests, and when a window starts afresh).
export function forgetKeptResults(): void {
  generation += 1;
  kept.clear();
}

function keyOf(method: string, input: unknown): string {
  return `${method} ${JSON.stringify(input)}`;
}

interface KeptState<T> {
  key: string;
  data: T | undefined;
  error: ApiQuery<T>['error'];
  loading: boolean;
}

// Calls `method` unless its result since the last change is kept; again on every project change.
// With `wanted` false it waits (a screen can ask for what it needs later once it has drawn).
export function useKeptApiQuery<M extends ApiMethod>(method: M, input: ApiInput<M>, wanted = true): ApiQuery<ApiResult<M>> {
  listenForChanges();
  const key = keyOf(method, input);
  const [state, setState] = useState<KeptState<ApiResult<M>>>(() => {
    const data = kept.get(key) as ApiResult<M> | undefined;
    return { key, data, error: null, loading: data === undefined };
  });
  const [tick, setTick] = useState(0);
  const load = useEffectEvent(() => call(method, input));

  useEffect(() => {
    const found = kept.get(key) as ApiResult<M> | undefined;
    if (found !== undefined) {
      setState((s) => (s.key === key && s.data === found && !s.loading ? s : { key, data: found, error: null, loading: false }));
      return;
    }
    if (!wanted) return;
    let live = true;
    const readIn = generation;
    setState((s) => ({ ...s, key, loading: true }));
    load().then(
      (data) => {
        if (readIn === generation) kept.set(key, data);
        if (live) setState({ key, data, error: null, loading: false });
      },
      (error: unknown) => {
        if (live) setState((s) => ({ ...s, error: toApiCallError(error), loading: false }));
      },
    );
    return () => {
      live = false;
    };
  }, [key, tick, wanted]);

  // the shared listener above has forgotten the kept results by the time this one runs
  useApiEvent((event) => {
    if (event.type === 'project-changed') setTick((t) => t + 1);
  });

  const reload = useCallback(() => {
    kept.delete(key);
    setTick((t) => t + 1);
  }, [key]);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
