// Runs one query method on request (the Run button), keeps its last input and result for
// the screen's lifetime in the window, and runs it again when the project changes (after
// coding, undo, or an import), so results never show a stale state.
import { useCallback, useRef, useState } from 'react';
import type { ApiInput, ApiMethod, ApiResult } from '../../../shared/api.ts';
import { call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { useApiEvent } from '../../hooks/use-api-event.ts';
import { useStickyState } from './sticky-state.ts';

export interface QueryRunner<M extends ApiMethod> {
  input: ApiInput<M> | null;
  data: ApiResult<M> | null;
  error: ApiCallError | null;
  loading: boolean;
  run(input: ApiInput<M>): Promise<void>;
  clear(): void;
}

// Holds the state of one kind of query under a key that outlives the screen.
export function useQueryRunner<M extends ApiMethod>(key: string, method: M): QueryRunner<M> {
  const [state, setState] = useStickyState<{ input: ApiInput<M> | null; data: ApiResult<M> | null }>(key, { input: null, data: null });
  const [error, setError] = useState<ApiCallError | null>(null);
  const [loading, setLoading] = useState(false);
  const latest = useRef(0);

  const run = useCallback(
    async (input: ApiInput<M>) => {
      const ticket = ++latest.current;
      setLoading(true);
      setError(null);
      try {
        const data = await call(method, input);
        if (ticket === latest.current) setState({ input, data });
      } catch (e) {
        if (ticket === latest.current) {
          setError(toApiCallError(e));
          setState((s) => ({ ...s, input }));
        }
      } finally {
        if (ticket === latest.current) setLoading(false);
      }
    },
    [method, setState],
  );

  useApiEvent((event) => {
    if (event.type === 'project-changed' && event.reason !== 'closed' && state.input && state.data) void run(state.input);
  });

  const clear = useCallback(() => setState({ input: null, data: null }), [setState]);
  return { input: state.input, data: state.data, error, loading, run, clear };
}
