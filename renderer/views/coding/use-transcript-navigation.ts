// Moving through the transcript: to the passage the view was opened at, along with the
// recording as it plays, and from one reference of the highlighted node to the next.
import { useEffect, useEffectEvent, useRef } from 'react';
import type { RefObject } from 'react';
import type { CodingRecord } from '../../../shared/model/entities.ts';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { blockAt } from './blocks.ts';
import type { Block } from './blocks.ts';
import type { OpenSourceRequest } from './open-source.ts';
import type { TranscriptHandle } from './use-transcript-handle.ts';

// Shows (and selects) the passage the view was opened at, once per request.
export function useShowRequestedRange(request: OpenSourceRequest, index: OffsetIndex | null, blocks: readonly Block[], transcript: RefObject<TranscriptHandle | null>, onFocus: (index: number) => void): void {
  const shown = useRef(0);
  useEffect(() => {
    if (!index || blocks.length === 0 || shown.current === request.nonce) return;
    shown.current = request.nonce;
    if (request.range) {
      const end = Math.min(request.range.end, index.codePointLength);
      const start = Math.min(request.range.start, end);
      onFocus(blockAt(blocks, start));
      requestAnimationFrame(() => transcript.current?.showRange(start, end, true));
    }
  }, [request, index, blocks, transcript, onFocus]);
}

// Keeps the turn playing now in view, except while a turn is being corrected.
export function useFollowPlaying(playingIndex: number | null, editing: boolean, transcript: RefObject<TranscriptHandle | null>): void {
  const reveal = useEffectEvent((i: number) => {
    if (!editing) transcript.current?.revealBlock(i);
  });
  useEffect(() => {
    if (playingIndex !== null) reveal(playingIndex);
  }, [playingIndex]);
}

// The next (or previous) non-empty coding of a node after (before) a position, wrapping around.
export function nextReference(codings: readonly CodingRecord[], nodeId: number, at: number, direction: 1 | -1): CodingRecord | null {
  const refs = codings.filter((c) => c.nodeId === nodeId && c.end > c.start);
  if (refs.length === 0) return null;
  const next = direction === 1 ? (refs.find((c) => c.start > at) ?? refs[0]) : ([...refs].reverse().find((c) => c.start < at) ?? refs[refs.length - 1]);
  return next ?? null;
}
