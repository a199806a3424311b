// What the coding view shows, loaded from the host and reloaded on project-changed:
// the source (text and segments) only when the change may have touched text, its
// codings, the codebook and the coders on every change.
import { useEffect, useState } from 'react';
import type { CodingRecord, NodeRecord, SourceDetail } from '../../../shared/model/entities.ts';
import { call } from '../../api.ts';
import type { ApiCallError } from '../../api-call-error.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { useApiEvent } from '../../hooks/use-api-event.ts';

// Methods known not to change any source's text or segments (the source is not refetched after them).
const TEXT_UNCHANGED = /^(codings|nodes|memos|alignment|coders)\./;

export interface CodingData {
  source: SourceDetail | null;
  codings: CodingRecord[] | null;
  nodes: NodeRecord[] | null;
  error: ApiCallError | null;
  // the source is gone (deleted, or undone import)
  missing: boolean;
}

// Loads a source with its codings and the codebook, keeping them fresh.
export function useCodingData(sourceId: number): CodingData {
  const [source, setSource] = useState<SourceDetail | null>(null);
  const [codings, setCodings] = useState<CodingRecord[] | null>(null);
  const [nodes, setNodes] = useState<NodeRecord[] | null>(null);
  const [error, setError] = useState<ApiCallError | null>(null);
  const [missing, setMissing] = useState(false);
  const [textTick, setTextTick] = useState(0);
  const [tick, setTick] = useState(0);

  useEffect(() => {
    let live = true;
    call('sources.get', { id: sourceId }).then(
      (s) => {
        if (!live) return;
        setSource(s);
        setMissing(false);
      },
      (e: unknown) => {
        if (!live) return;
        const err = toApiCallError(e);
        if (err.code === 'NOT_FOUND') setMissing(true);
        else setError(err);
      },
    );
    return () => {
      live = false;
    };
  }, [sourceId, textTick]);

  useEffect(() => {
    let live = true;
    Promise.all([call('codings.list', { sourceId }), call('nodes.list', {})]).then(
      ([c, n]) => {
        if (!live) return;
        setCodings(c);
        setNodes(n);
        setError(null);
      },
      (e: unknown) => {
        if (live) setError(toApiCallError(e));
      },
    );
    return () => {
      live = false;
    };
  }, [sourceId, tick]);

  useApiEvent((event) => {
    if (event.type !== 'project-changed') return;
    setTick((t) => t + 1);
    if (!TEXT_UNCHANGED.test(event.reason)) setTextTick((t) => t + 1);
  });

  return { source, codings, nodes, error, missing };
}
