// Playing the recording linked to a source (sources.mediaPath), served by the host at
// /api/media/<sourceId>: play from a turn's timestamp, the turn playing now, and the
// transcription keys that work even while typing a correction: F9 or Ctrl+Space
// play/pause, F7 or Ctrl+Shift+Space go back five seconds.
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { SourceDetail } from '../../../shared/model/entities.ts';
import type { Block } from './blocks.ts';
import { blockAtTime, secondsForBlock, timedBlocks } from './timestamps.ts';

const VIDEO = /\.(mp4|m4v|webm|mov|ogv)$/i;
export const REWIND_SECONDS = 5;

export interface MediaPlayer {
  // a recording is linked
  available: boolean;
  kind: 'audio' | 'video';
  url: string | null;
  fileName: string | null;
  playingIndex: number | null;
  // ref for the <audio>/<video> element
  attach(el: HTMLMediaElement | null): void;
  playFromBlock(index: number): void;
  toggle(): void;
  rewind(): void;
}

// The address the host serves a source's linked recording at (changes when the link does).
export function mediaUrl(sourceId: number, mediaPath: string): string {
  let hash = 0;
  for (let i = 0; i < mediaPath.length; i++) hash = (hash * 31 + mediaPath.charCodeAt(i)) | 0;
  return `/api/media/${sourceId}?v=${(hash >>> 0).toString(36)}`;
}

// Binds a media element to the source's turns.
export function useMediaPlayer(source: SourceDetail | null, blocks: readonly Block[]): MediaPlayer {
  const element = useRef<HTMLMediaElement | null>(null);
  const [playingIndex, setPlayingIndex] = useState<number | null>(null);
  const timed = useMemo(() => timedBlocks(blocks), [blocks]);
  const path = source?.mediaPath ?? null;
  const url = source && path ? mediaUrl(source.id, path) : null;

  const onTime = useCallback(() => {
    const el = element.current;
    if (!el) return;
    setPlayingIndex(el.paused && el.currentTime === 0 ? null : blockAtTime(timed, el.currentTime));
  }, [timed]);

  const attach = useCallback(
    (el: HTMLMediaElement | null) => {
      const old = element.current;
      if (old) {
        old.removeEventListener('timeupdate', onTime);
        old.removeEventListener('seeked', onTime);
      }
      element.current = el;
      if (el) {
        el.addEventListener('timeupdate', onTime);
        el.addEventListener('seeked', onTime);
      }
    },
    [onTime],
  );

  const toggle = useCallback(() => {
    const el = element.current;
    if (!el) return;
    if (el.paused) void el.play().catch(() => undefined);
    else el.pause();
  }, []);
  const rewind = useCallback(() => {
    const el = element.current;
    if (el) el.currentTime = Math.max(0, el.currentTime - REWIND_SECONDS);
  }, []);
  const playFromBlock = useCallback(
    (index: number) => {
      const el = element.current;
      if (!el) return;
      el.currentTime = secondsForBlock(timed, index);
      void el.play().catch(() => undefined);
    },
    [timed],
  );

  // transcription keys, also inside the turn editor
  useEffect(() => {
    if (!url) return;
    const onKey = (e: KeyboardEvent) => {
      if (document.querySelector('dialog[open]')) return;
      const space = e.code === 'Space' && (e.ctrlKey || e.metaKey) && !e.altKey;
      if (e.key === 'F9' || (space && !e.shiftKey)) {
        e.preventDefault();
        toggle();
      } else if (e.key === 'F7' || (space && e.shiftKey)) {
        e.preventDefault();
        rewind();
      }
    };
    window.addEventListener('keydown', onKey, true);
    return () => window.removeEventListener('keydown', onKey, true);
  }, [url, toggle, rewind]);

  return {
    available: url !== null,
    kind: path && VIDEO.test(path) ? 'video' : 'audio',
    url,
    fileName: path ? (path.split(/[\\/]/).pop() ?? path) : null,
    playingIndex,
    attach,
    playFromBlock,
    toggle,
    rewind,
  };
}
