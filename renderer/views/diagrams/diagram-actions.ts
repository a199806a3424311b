// Runs the Diagrams screen's actions: one call each, the returned diagram shown at once,
// other views told the project changed, failures shown as notices.
import { useEffect, useMemo, useRef } from 'react';
import type { ApiInput, ApiMethod, ApiResult } from '../../../shared/api.ts';
import type { DiagramDetail } from '../../../shared/model/diagrams.ts';
import { announceChange, call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import type { Notice } from '../frame/notice-bar.tsx';

export interface DiagramActions {
  // runs a method; resolves with its result, or undefined after showing why it failed
  run<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M> | undefined>;
}

function isDetail(value: unknown): value is DiagramDetail {
  return typeof value === 'object' && value !== null && 'systems' in value && 'generation' in value && 'tensions' in value;
}

// The action runner of the screen.
export function useDiagramActions(replace: (detail: DiagramDetail) => void, notify: (notice: Notice) => void): DiagramActions {
  const latest = useRef({ replace, notify });
  useEffect(() => {
    latest.current = { replace, notify };
  });
  return useMemo(
    () => ({
      async run<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M> | undefined> {
        try {
          const result = await call(method, input);
          if (isDetail(result)) latest.current.replace(result);
          announceChange(method);
          return result;
        } catch (e) {
          latest.current.notify({ kind: 'error', text: toApiCallError(e).message });
          return undefined;
        }
      },
    }),
    [],
  );
}
