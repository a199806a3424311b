// What the coding view shows, loaded from the host and reloaded on project-changed:
// the source (text and segments) only when the change may have touched text, its
// codings and the codebook on every other change. A coding action's event says what it
// changed: its codings are patched in and the codebook is read again only if a node changed.
import { useEffect, useRef, useState } from 'react';
import { applyCodingChange } from '../../../shared/model/coding-change.ts';
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
  const [nodesTick, setNodesTick] = useState(0);

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

  // codings.list is in flight: a patch then could be overwritten by the older list, so it reads again instead
  const readingCodings = useRef(false);
  useEffect(() => {
    let live = true;
    readingCodings.current = true;
    call('codings.list', { sourceId }).then(
      (c) => {
        if (!live) return;
        readingCodings.current = false;
        setCodings(c);
        setError(null);
      },
      (e: unknown) => {
        if (!live) return;
        readingCodings.current = false;
        setError(toApiCallError(e));
      },
    );
    return () => {
      live = false;
    };
  }, [sourceId, tick]);

  useEffect(() => {
    let live = true;
    call('nodes.list', {}).then(
      (n) => {
        if (live) setNodes(n);
      },
      (e: unknown) => {
        if (live) setError(toApiCallError(e));
      },
    );
    return () => {
      live = false;
    };
  }, [nodesTick]);

  useApiEvent((event) => {
    if (event.type !== 'project-changed') return;
    const change = event.codings;
    if (change && codings && !readingCodings.current) {
      setCodings((now) => (now ? applyCodingChange(now, change, sourceId) : now));
      if (change.nodesChanged) setNodesTick((t) => t + 1);
      return;
    }
    setTick((t) => t + 1);
    setNodesTick((t) => t + 1);
    if (!TEXT_UNCHANGED.test(event.reason)) setTextTick((t) => t + 1);
  });

  return { source, codings, nodes, error, missing };
}
