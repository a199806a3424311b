// The typed client of the contract (shared/api.ts): Electron's bridge when present,
// HTTP + server-sent events in browser mode. Only types come from shared/api.ts, so
// zod and the schemas stay out of the renderer bundle.
import type { ApiEvent, ApiInput, ApiMethod, ApiResponse, ApiResult } from '../shared/api.ts';
import { isApiErrorShape } from '../shared/errors.ts';
import { ApiCallError, fromErrorShape } from './api-call-error.ts';
import { getBridge } from './bridge.ts';
import type { ActivityLensBridge } from './bridge.ts';

const EVENT_TYPES: ReadonlySet<string> = new Set<ApiEvent['type']>(['progress', 'project-changed', 'backup-taken', 'menu']);

// Calls one method of the contract; resolves with its result or throws an ApiCallError.
export async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>> {
  const bridge = getBridge();
  const response = bridge ? await callBridge(bridge, method, input) : await callHttp(method, input);
  if (response.ok) return response.result as ApiResult<M>; // the binding checked it; JSON carries no types
  throw fromErrorShape(response.error);
}

async function callBridge<M extends ApiMethod>(bridge: ActivityLensBridge, method: M, input: ApiInput<M>): Promise<ApiResponse> {
  try {
    return toResponse(await bridge.call(method, input));
  } catch {
    throw new ApiCallError('INTERNAL', `The app did not answer the request ${method}. Nothing was changed; try again or restart Activity Lens.`);
  }
}

async function callHttp(method: string, input: unknown): Promise<ApiResponse> {
  let res: Response;
  try {
    res = await fetch('/api/call/' + method, {
      method: 'POST',
      credentials: 'same-origin',
      headers: { 'content-type': 'application/json' },
      body: JSON.stringify(input),
    });
  } catch {
    throw new ApiCallError('IO', 'Activity Lens is not reachable. Check that it is still running (npm run web), then reload this page.');
  }
  let body: unknown;
  try {
    body = await res.json();
  } catch {
    body = undefined;
  }
  if (body === undefined && (res.status === 401 || res.status === 403)) {
    throw new ApiCallError('UNAUTHORISED', 'This page is no longer connected to Activity Lens. Open the address that "npm run web" printed (with its token) again.');
  }
  if (body === undefined) throw new ApiCallError('INTERNAL', `Activity Lens answered ${method} with an unreadable reply (HTTP ${res.status}).`);
  return toResponse(body);
}

function toResponse(value: unknown): ApiResponse {
  if (typeof value === 'object' && value !== null) {
    const v = value as { ok?: unknown; result?: unknown; error?: unknown };
    if (v.ok === true) return { ok: true, result: v.result ?? null };
    if (v.ok === false && isApiErrorShape(v.error)) return { ok: false, error: v.error };
  }
  return { ok: false, error: { code: 'INTERNAL', message: 'Activity Lens sent a reply the window does not understand.' } };
}

// --- events ---------------------------------------------------------------

const listeners = new Set<(event: ApiEvent) => void>();
let connected = false;

function isApiEvent(value: unknown): value is ApiEvent {
  return typeof value === 'object' && value !== null && EVENT_TYPES.has(String((value as { type?: unknown }).type));
}

function deliver(event: ApiEvent): void {
  for (const listener of [...listeners]) {
    try {
      listener(event);
    } catch (error) {
      console.error('An event listener failed', error);
    }
  }
}

function connect(): void {
  if (connected) return;
  connected = true;
  const bridge = getBridge();
  if (bridge) {
    bridge.onEvent((event) => {
      if (isApiEvent(event)) deliver(event);
    });
    return;
  }
  // same-origin EventSource sends the session cookie; it reconnects by itself
  const source = new EventSource('/api/events');
  source.onmessage = (message: MessageEvent<string>) => {
    let data: unknown;
    try {
      data = JSON.parse(message.data);
    } catch {
      return;
    }
    if (isApiEvent(data)) deliver(data);
  };
}

// Subscribes to events from the host (progress, project-changed, backup-taken, menu); returns unsubscribe.
export function onEvent(cb: (event: ApiEvent) => void): () => void {
  listeners.add(cb);
  connect();
  return () => {
    listeners.delete(cb);
  };
}

// Tells this window's own listeners that the project changed (after its own writes),
// so views refresh even before (or without) the host's project-changed event.
export function announceChange(reason: string): void {
  deliver({ type: 'project-changed', reason });
}

// Tells whether the page runs inside Electron (native dialogs exist) or a browser.
export function isElectron(): boolean {
  return getBridge() !== null;
}
