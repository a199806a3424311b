// A clear, announced error message (role="alert") with an optional dismiss button.
import type { ApiCallError } from '../api-call-error.ts';

export interface ErrorMessageProps {
  error: ApiCallError | string | null;
  onDismiss?: () => void;
}

// Shows an error's message prominently; renders nothing when there is no error.
export function ErrorMessage({ error, onDismiss }: ErrorMessageProps) {
  if (!error) return null;
  const message = typeof error === 'string' ? error : error.message;
  return (
    <div className="error-message" role="alert">
      <p>{message}</p>
      {onDismiss ? (
        <button type="button" className="link-button" onClick={onDismiss}>
          Dismiss
        </button>
      ) : null}
    </div>
  );
}
