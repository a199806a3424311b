// The typed client of the contract (shared/api.ts): Electron's bridge when present,
// HTTP + server-sent events in browser mode. Only types come from shared/api.ts, so
// zod and the schemas stay out of the renderer bundle.
import type { ApiEvent, ApiInput, ApiMethod, ApiResponse, ApiResult } from '../shared/api.ts';
import { isApiErrorShape } from '../shared/errors.ts';
import { CODING_CHANGE_METHODS } from '../shared/model/coding-change.ts';
import type { CodingChange } from '../shared/model/coding-change.ts';
import { ApiCallError, fromErrorShape } from './api-call-error.ts';
import { getBridge } from './bridge.ts';
import type { ActivityLensBridge } from './bridge.ts';

const EVENT_TYPES: ReadonlySet<string> = new Set<ApiEvent['type']>(['progress', 'project-changed', 'backup-taken', 'menu']);

// Calls one method of the contract; resolves with its result or throws an ApiCallError.
export async function call<M extends ApiMethod>(method: M, input: ApiInput<M>): Promise<ApiResult<M>> {
  const bridge = getBridge();
  const response = bridge ? await callBridge(bridge, method, input) : await callHttp(method, input);
  if (response.ok) {
    // a coding action's own window patches what it shows at once, before the host's event arrives
    if (CODING_CHANGE_METHODS.has(method)) announceOwnChange(method, response);
    return response.result as ApiResult<M>; // the binding checked it; JSON carries no types
  }
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

function isCodingChange(value: unknown): value is CodingChange {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as Partial<Record<keyof CodingChange, unknown>>;
  return Array.isArray(v.codings) && Array.isArray(v.removedCodingIds) && typeof v.nodesChanged === 'boolean';
}

function toResponse(value: unknown): ApiResponse {
  if (typeof value === 'object' && value !== null) {
    const v = value as { ok?: unknown; result?: unknown; error?: unknown; codings?: unknown; changeSeq?: unknown };
    if (v.ok === true) {
      const ok: ApiResponse = { ok: true, result: v.result ?? null };
      if (isCodingChange(v.codings)) ok.codings = v.codings;
      if (typeof v.changeSeq === 'number') ok.changeSeq = v.changeSeq;
      return ok;
    }
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

// Changes delivered once already (by the answer to this window's own call, or by the host's
// event if it came first): the other copy is dropped, so views read again once, not twice.
const seenChanges = new Set<number>();

function firstSight(seq: number | undefined): boolean {
  if (seq === undefined) return true;
  if (seenChanges.has(seq)) {
    seenChanges.delete(seq);
    return false;
  }
  if (seenChanges.size > 1000) seenChanges.clear();
  seenChanges.add(seq);
  return true;
}

// Tells this window's views at once what its own coding action changed (the answer says it).
function announceOwnChange(method: string, response: Extract<ApiResponse, { ok: true }>): void {
  if (!firstSight(response.changeSeq)) return;
  const event: ApiEvent = { type: 'project-changed', reason: method };
  if (response.codings) event.codings = response.codings;
  if (response.changeSeq !== undefined) event.seq = response.changeSeq;
  deliver(event);
}

// Delivers an event from the host, unless it is a change this window has delivered already.
function deliverFromHost(event: ApiEvent): void {
  if (event.type === 'project-changed' && !firstSight(event.seq)) return;
  deliver(event);
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
      if (isApiEvent(event)) deliverFromHost(event);
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
    if (isApiEvent(data)) deliverFromHost(data);
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
