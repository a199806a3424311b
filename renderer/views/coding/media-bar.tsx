// The recording linked to a source: the player with its keys, and linking or unlinking
// a file (its full path on this computer; the project keeps only the path).
import { useState } from 'react';
import { announceChange, call } from '../../api.ts';
import { TextPromptDialog } from '../../components/text-prompt-dialog.tsx';
import type { Notice } from '../frame/notice-bar.tsx';
import type { MediaPlayer } from './use-media-player.ts';

export interface MediaBarProps {
  media: MediaPlayer;
  sourceId: number;
  readOnly: boolean;
  notify(notice: Notice): void;
}

const MEDIA_TYPES = /\.(mp3|m4a|aac|wav|ogg|oga|opus|flac|webm|mp4|m4v|mov|ogv)$/i;

// The player bar, or a "Link a recording" button.
export function MediaBar({ media, sourceId, readOnly, notify }: MediaBarProps) {
  const [prompt, setPrompt] = useState(false);
  const [failed, setFailed] = useState(false);
  async function link(path: string | null) {
    await call('sources.update', { id: sourceId, mediaPath: path });
    announceChange('sources.update');
    setFailed(false);
    notify({ kind: 'info', text: path ? 'Recording linked. F9 or Ctrl+Space plays and pauses, F7 goes back five seconds.' : 'Recording unlinked.' });
  }
  return (
    <div className="coding-media" role="region" aria-label="Recording">
      {media.url ? (
        <>
          {media.kind === 'video' ? (
            <video ref={media.attach} src={media.url} controls preload="metadata" className="coding-media-video" onError={() => setFailed(true)} onLoadedMetadata={() => setFailed(false)} />
          ) : (
            <audio ref={media.attach} src={media.url} controls preload="metadata" onError={() => setFailed(true)} onLoadedMetadata={() => setFailed(false)} />
          )}
          <span className="coding-media-name muted" title="F9 or Ctrl+Space: play/pause · F7 or Ctrl+Shift+Space: back 5 s · ▶ beside a turn plays from its timestamp">
            {media.fileName} · <kbd>F9</kbd> play/pause · <kbd>F7</kbd> −5 s
          </span>
          {failed ? (
            <span className="coding-media-error" role="alert">
              The recording cannot be played: the file is missing, not audio or video, or this window cannot reach it.
            </span>
          ) : null}
          {readOnly ? null : (
            <button type="button" className="small link-button" onClick={() => void link(null)}>
              Unlink
            </button>
          )}
        </>
      ) : readOnly ? null : (
        <button type="button" className="small link-button" onClick={() => setPrompt(true)}>
          Link a recording…
        </button>
      )}
      {prompt ? (
        <TextPromptDialog
          title="Link a recording"
          label="Full path of the audio or video file"
          hint="For example /home/me/interviews/ruth-round1.m4a. The file stays where it is; the project keeps its path."
          submitLabel="Link"
          validate={(value) => (MEDIA_TYPES.test(value) ? null : 'Choose an audio or video file (.mp3, .m4a, .wav, .ogg, .webm, .mp4, …).')}
          onSubmit={(value) => link(value)}
          onClose={() => setPrompt(false)}
        />
      ) : null}
    </div>
  );
}
