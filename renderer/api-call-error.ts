// The error the API client throws when a call answers { ok: false }.
import type { ApiErrorShape, ErrorCode } from '../shared/errors.ts';

export class ApiCallError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiCallError';
    this.code = code;
    this.details = details;
  }
}

// Makes an ApiCallError from the error shape that crossed a binding.
export function fromErrorShape(shape: ApiErrorShape): ApiCallError {
  return new ApiCallError(shape.code, shape.message, shape.details);
}

// Turns anything caught into an ApiCallError with a message fit to show.
export function toApiCallError(error: unknown): ApiCallError {
  if (error instanceof ApiCallError) return error;
  const message = error instanceof Error ? error.message : String(error);
  return new ApiCallError('INTERNAL', `Something went wrong in the window: ${message.slice(0, 300)}`);
}
