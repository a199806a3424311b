// The shape of `window.activityLens`, the one object the preload exposes.
// Types only: the renderer imports this with `import type`.
import type { ApiEvent, ApiInput, ApiMethod, ApiResponse, ApiResult } from '../../shared/api.ts';

export interface ActivityLensBridge {
  // calls one operation of the contract in the main process
  call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResponse<ApiResult<M>>>;
  // subscribes to events from the main process; returns the unsubscribe function
  onEvent(listener: (event: ApiEvent) => void): () => void;
  // the real path of a file dropped or picked in the page (empty string when it has none)
  getPathForFile(file: File): string;
  readonly binding: 'electron';
}

// The property name on window (globalThis) the bridge lives under.
export type ActivityLensGlobal = { activityLens: ActivityLensBridge };
