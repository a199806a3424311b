// The body of a browser-mode call, read within limits: a body declared larger than the
// limit is refused with 413 before a byte of it is read (and a client that asked
// "Expect: 100-continue" is never told to send it); a body that turns out larger is
// refused as soon as it passes the limit. Large bodies (an imported file, base64 in JSON)
// are read one at a time: while one is in flight another gets 503 with Retry-After, so
// parallel uploads cannot take the server's memory.
import type { IncomingMessage, ServerResponse } from 'node:http';

export interface BodyLimits {
  // the most a call's body may be
  maxBytes: number;
  // a body larger than this waits for the one large-body slot
  largeBytes: number;
}

export const DEFAULT_BODY_LIMITS: BodyLimits = { maxBytes: 300 * 1024 * 1024, largeBytes: 8 * 1024 * 1024 };
const RETRY_AFTER_SECONDS = 2;

export type BodyResult = { ok: true; text: string } | { ok: false; status: 400 | 413 | 503; code: 'BAD_INPUT' | 'TOO_LARGE' | 'CONFLICT'; message: string };

// The one slot for a large body in flight.
export interface LargeBodySlot {
  take(): boolean;
  release(): void;
}

// Makes the slot (one per server).
export function createLargeBodySlot(): LargeBodySlot {
  let busy = false;
  return {
    take() {
      if (busy) return false;
      busy = true;
      return true;
    },
    release() {
      busy = false;
    },
  };
}

const tooLarge = (limits: BodyLimits): BodyResult => ({ ok: false, status: 413, code: 'TOO_LARGE', message: `The request is too large (the limit is ${Math.round(limits.maxBytes / 1024 / 1024)} MB).` });
const busy: BodyResult = { ok: false, status: 503, code: 'CONFLICT', message: 'Another large request is being received. Try again in a moment.' };

// The declared Content-Length (null when the body is chunked; NaN when the header is not a number).
function declaredLength(req: IncomingMessage): number | null {
  const header = req.headers['content-length'];
  if (header === undefined) return null;
  return /^\d{1,15}$/.test(header) ? Number(header) : Number.NaN;
}

// Reads a call's body as text within the limits; the slot is held (when taken) until `release` of the result is called.
export async function readCallBody(req: IncomingMessage, res: ServerResponse, limits: BodyLimits, slot: LargeBodySlot): Promise<{ result: BodyResult; release: () => void }> {
  let holding = false;
  const release = () => {
    if (holding) slot.release();
    holding = false;
  };
  const declared = declaredLength(req);
  if (Number.isNaN(declared)) return { result: { ok: false, status: 400, code: 'BAD_INPUT', message: 'The request has a malformed Content-Length.' }, release };
  if (declared !== null && declared > limits.maxBytes) return { result: tooLarge(limits), release };
  if (declared !== null && declared > limits.largeBytes) {
    if (!slot.take()) return { result: busy, release };
    holding = true;
  }
  // the client may send the body now (Node answers 100-continue only when told to here)
  if (req.headers.expect?.toLowerCase() === '100-continue') res.writeContinue();
  const result = await new Promise<BodyResult>((resolve) => {
    const chunks: Buffer[] = [];
    let size = 0;
    const stop = (outcome: BodyResult) => {
      req.pause();
      req.removeAllListeners('data');
      resolve(outcome);
    };
    req.on('data', (chunk: Buffer) => {
      size += chunk.length;
      if (size > limits.maxBytes) return stop(tooLarge(limits));
      if (size > limits.largeBytes && !holding) {
        if (!slot.take()) return stop(busy);
        holding = true;
      }
      chunks.push(chunk);
    });
    req.on('end', () => resolve({ ok: true, text: Buffer.concat(chunks).toString('utf8') }));
    req.on('error', () => resolve({ ok: false, status: 400, code: 'BAD_INPUT', message: 'The request was cut off.' }));
  });
  if (!result.ok) release();
  return { result, release };
}

// Answers a refused body: JSON for the page, Retry-After on 503, and the connection closed
// when the body was not (or not wholly) read, so the rest of it is never taken in.
export function sendBodyRefusal(req: IncomingMessage, res: ServerResponse, refusal: Exclude<BodyResult, { ok: true }>): void {
  const headers: Record<string, string | number> = {
    'content-type': 'application/json',
    'cache-control': 'no-store',
    'x-content-type-options': 'nosniff',
    connection: 'close',
  };
  if (refusal.status === 503) headers['retry-after'] = RETRY_AFTER_SECONDS;
  res.writeHead(refusal.status, headers);
  res.end(JSON.stringify({ ok: false, error: { code: refusal.code, message: refusal.message } }));
  res.on('finish', () => {
    if (!req.complete) setTimeout(() => req.socket.destroy(), 1000).unref();
  });
}
