// Runs the Contradictions screen's actions: one call each, other views told the project
// changed, failures shown as notices.
import { useEffect, useMemo, useRef } from 'react';
import type { ApiInput, ApiMethod, ApiResult } from '../../../shared/api.ts';
import { announceChange, call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import type { Notice } from '../frame/notice-bar.tsx';

export interface ContradictionActions {
  // runs a method; resolves with its result, or undefined after showing why it failed
  run<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M> | undefined>;
}

// The action runner of the screen.
export function useContradictionActions(notify: (notice: Notice) => void): ContradictionActions {
  const latest = useRef(notify);
  useEffect(() => {
    latest.current = notify;
  });
  return useMemo(
    () => ({
      async run<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M> | undefined> {
        try {
          const result = await call(method, input);
          announceChange(method);
          return result;
        } catch (e) {
          latest.current({ kind: 'error', text: toApiCallError(e).message });
          return undefined;
        }
      },
    }),
    [],
  );
}
