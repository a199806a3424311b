// Loads the result of one read-only call and reloads it when the project changes.
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { ApiEvent, ApiInput, ApiMethod, ApiResult } from '../../shared/api.ts';
import { call } from '../api.ts';
import type { ApiCallError } from '../api-call-error.ts';
import { toApiCallError } from '../api-call-error.ts';
import { useApiEvent } from './use-api-event.ts';
import { isCodingChange, refreshLater } from './refresh-later.ts';
import type { CodingRefresh } from './refresh-later.ts';

export interface ApiQuery<T> {
  data: T | undefined;
  error: ApiCallError | null;
  loading: boolean;
  reload(): void;
}

interface QueryState<T> {
  data: T | undefined;
  error: ApiCallError | null;
  loading: boolean;
}

const DEFAULT_REFRESH: readonly ApiEvent['type'][] = ['project-changed'];

// Calls `method` now, again when `input` changes, and on the given event types; after a coding
// action only later (after the paint, once for a burst), or never when the view shows nothing a coding changes.
export function useApiQuery<M extends ApiMethod>(method: M, input: ApiInput<M>, refreshOn: readonly ApiEvent['type'][] = DEFAULT_REFRESH, afterCoding: CodingRefresh = 'later'): ApiQuery<ApiResult<M>> {
  const [state, setState] = useState<QueryState<ApiResult<M>>>({ data: undefined, error: null, loading: true });
  const [tick, setTick] = useState(0);
  // `input` is a fresh object on every render: its JSON says when it really changed
  const key = JSON.stringify(input);
  const load = useEffectEvent(() => call(method, input));

  useEffect(() => {
    let live = true;
    setState((s) => ({ ...s, loading: true }));
    load().then(
      (data) => {
        if (live) setState({ data, error: null, loading: false });
      },
      (error: unknown) => {
        if (live) setState((s) => ({ data: s.data, error: toApiCallError(error), loading: false }));
      },
    );
    return () => {
      live = false;
    };
  }, [method, key, tick]);

  const reload = useCallback(() => setTick((t) => t + 1), []);
  const dropLater = useRef<(() => void) | null>(null);
  useEffect(() => () => dropLater.current?.(), []);
  useApiEvent((event) => {
    if (!refreshOn.includes(event.type)) return;
    if (!isCodingChange(event)) reload();
    else if (afterCoding === 'later') dropLater.current = refreshLater(reload);
  });

  return { ...state, reload };
}
