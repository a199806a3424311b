// Loads the result of one read-only call like useApiQuery, and keeps it between visits to a
// screen: a screen opened again shows the kept result at once, without calling the host,
// until the project changes in a way that can change it. Every change forgets it, except
// those whose reason (the method that made it) starts with one of `unaffectedBy`.
import { useCallback, useEffect, useEffectEvent, useState } from 'react';
import type { ApiEvent, ApiInput, ApiMethod, ApiResult } from '../../shared/api.ts';
import { call, onEvent } from '../api.ts';
import { toApiCallError } from '../api-call-error.ts';
import type { ApiQuery } from './use-api-query.ts';
import { useApiEvent } from './use-api-event.ts';

const kept = new Map<string, unknown>();
// what leaves each call's result standing, and how many times it was made stale (a read is
// kept only if no change came while it was on its way)
const unaffected = new Map<string, readonly string[]>();
const staleCount = new Map<string, number>();
let listening = false;

function affects(event: ApiEvent, key: string): boolean {
  if (event.type !== 'project-changed') return false;
  return !(unaffected.get(key) ?? []).some((prefix) => event.reason.startsWith(prefix));
}

function listenForChanges(): void {
  if (listening) return;
  listening = true;
  onEvent((event) => {
    for (const key of unaffected.keys()) {
      if (!affects(event, key)) continue;
      kept.delete(key);
      staleCount.set(key, (staleCount.get(key) ?? 0) + 1);
    }
  });
}

// Forgets every kept result (for tests, and when a window starts afresh).
export function forgetKeptResults(): void {
  for (const key of unaffected.keys()) staleCount.set(key, (staleCount.get(key) ?? 0) + 1);
  kept.clear();
}

export interface KeptQueryOptions {
  // false: wait (a screen can ask for what it needs later, once it has drawn)
  wanted?: boolean;
  // the reasons of changes that cannot change this result (prefixes of method names)
  unaffectedBy?: readonly string[];
}

interface KeptState<T> {
  key: string;
  data: T | undefined;
  error: ApiQuery<T>['error'];
  loading: boolean;
}

// Calls `method` unless its result is kept; again after every change that can change it.
export function useKeptApiQuery<M extends ApiMethod>(method: M, input: ApiInput<M>, options: KeptQueryOptions = {}): ApiQuery<ApiResult<M>> {
  const { wanted = true, unaffectedBy = [] } = options;
  const key = `${method} ${JSON.stringify(input)}`;
  if (!unaffected.has(key)) unaffected.set(key, unaffectedBy);
  listenForChanges();
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
    const stale = staleCount.get(key) ?? 0;
    setState((s) => ({ ...s, key, loading: true }));
    load().then(
      (data) => {
        if ((staleCount.get(key) ?? 0) === stale) kept.set(key, data);
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

  // the shared listener above has already forgotten what the change made stale
  useApiEvent((event) => {
    if (affects(event, key)) setTick((t) => t + 1);
  });

  const reload = useCallback(() => {
    kept.delete(key);
    staleCount.set(key, (staleCount.get(key) ?? 0) + 1);
    setTick((t) => t + 1);
  }, [key]);
  return { data: state.data, error: state.error, loading: state.loading, reload };
}
