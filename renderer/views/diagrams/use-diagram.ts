// Loads one diagram (or none) and reloads it when the project changes; actions that
// return the new diagram replace it at once.
import { useCallback, useEffect, useState } from 'react';
import type { DiagramDetail } from '../../../shared/model/diagrams.ts';
import { call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { useApiEvent } from '../../hooks/use-api-event.ts';

export interface DiagramState {
  data: DiagramDetail | null;
  error: ApiCallError | null;
  loading: boolean;
  // shows a diagram an action returned, without waiting for the reload
  replace(detail: DiagramDetail): void;
  reload(): void;
}

// The diagram with this id (null: none), kept up to date.
export function useDiagram(id: number | null): DiagramState {
  const [data, setData] = useState<DiagramDetail | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [loading, setLoading] = useState(false);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    if (id === null) {
      setData(null);
      setError(null);
      return;
    }
    let live = true;
    setLoading(true);
    call('diagrams.get', { id }).then(
      (detail) => {
        if (!live) return;
        setData(detail);
        setError(null);
        setLoading(false);
      },
      (e: unknown) => {
        if (!live) return;
        const failure = toApiCallError(e);
        // a diagram removed (or undone away) is simply gone, not an error to show
        if (failure.code === 'NOT_FOUND') setData(null);
        else setError(failure);
        setLoading(false);
      },
    );
    return () => {
      live = false;
    };
  }, [id, tick]);

  useApiEvent((event) => {
    if (event.type === 'project-changed') setTick((t) => t + 1);
  });

  const replace = useCallback((detail: DiagramDetail) => {
    if (detail.id === id) setData(detail);
  }, [id]);
  const reload = useCallback(() => setTick((t) => t + 1), []);
  return { data: data && data.id === id ? data : null, error, loading, replace, reload };
}
