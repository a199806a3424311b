// What every dialog does with its action: busy while it runs, closed when it succeeds, its
// error shown (and the dialog usable again) when it fails.
import { useState } from 'react';
import type { ApiCallError } from '../api-call-error.ts';
import { toApiCallError } from '../api-call-error.ts';

export interface DialogAction {
  busy: boolean;
  error: ApiCallError | string | null;
  // runs the action; `onDone` (closing the dialog) follows when it succeeds
  run(action: () => Promise<void>): Promise<void>;
  // shows a message of the dialog's own (a missing choice, a failed load) without running anything
  showError(error: ApiCallError | string): void;
}

// The action state of one dialog; `onDone` runs after each action that succeeded.
export function useDialogAction(onDone: () => void): DialogAction {
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<ApiCallError | string | null>(null);
  return {
    busy,
    error,
    async run(action) {
      setBusy(true);
      setError(null);
      try {
        await action();
        onDone();
      } catch (e) {
        setError(toApiCallError(e));
        setBusy(false);
      }
    },
    showError: setError,
  };
}
