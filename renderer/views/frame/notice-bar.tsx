// A one-line message under the top bar: results of commands (status) and failures (alert).
import { useEffect } from 'react';

export interface Notice {
  kind: 'info' | 'error';
  text: string;
}

export interface NoticeBarProps {
  notice: Notice | null;
  onDismiss(): void;
}

const INFO_TIMEOUT_MS = 8000;

// Shows the latest notice; information fades after a few seconds, errors stay until dismissed.
export function NoticeBar({ notice, onDismiss }: NoticeBarProps) {
  useEffect(() => {
    if (notice?.kind !== 'info') return;
    const timer = window.setTimeout(onDismiss, INFO_TIMEOUT_MS);
    return () => window.clearTimeout(timer);
  }, [notice, onDismiss]);
  return (
    <div className="notice-region">
      <div role="status" className={notice?.kind === 'info' ? 'notice notice-info' : 'visually-hidden'}>
        {notice?.kind === 'info' ? notice.text : ''}
      </div>
      {notice?.kind === 'error' ? (
        <div role="alert" className="notice notice-error">
          <span>{notice.text}</span>
          <button type="button" className="link-button" onClick={onDismiss}>
            Dismiss
          </button>
        </div>
      ) : null}
    </div>
  );
}
