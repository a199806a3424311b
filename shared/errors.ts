// Errors that cross the API boundary as { code, message, details }.

export const ERROR_CODES = [
  'BAD_INPUT',
  'UNKNOWN_METHOD',
  'UNAUTHORISED',
  'NO_PROJECT',
  'NOT_OUR_FILE',
  // the project is encrypted: a passphrase is needed, or the one given does not open it
  'PASSPHRASE',
  'NEWER_VERSION',
  'ALREADY_OPEN',
  'ALREADY_EXISTS',
  'READ_ONLY',
  'NOT_FOUND',
  'CONFLICT',
  'CANCELLED',
  'CORRUPT',
  'IO',
  'TOO_LARGE',
  'INTERNAL',
] as const;

export type ErrorCode = (typeof ERROR_CODES)[number];

export interface ApiErrorShape {
  code: ErrorCode;
  message: string;
  details?: unknown;
}

// An error whose message is meant for the researcher; thrown by services.
export class ApiError extends Error {
  readonly code: ErrorCode;
  readonly details: unknown;
  constructor(code: ErrorCode, message: string, details?: unknown) {
    super(message);
    this.name = 'ApiError';
    this.code = code;
    this.details = details;
  }

  // The plain object that crosses a binding.
  toShape(): ApiErrorShape {
    return this.details === undefined
      ? { code: this.code, message: this.message }
      : { code: this.code, message: this.message, details: this.details };
  }
}

// Tells whether a value looks like an error that crossed a binding.
export function isApiErrorShape(value: unknown): value is ApiErrorShape {
  if (typeof value !== 'object' || value === null) return false;
  const v = value as { code?: unknown; message?: unknown };
  return typeof v.code === 'string' && (ERROR_CODES as readonly string[]).includes(v.code) && typeof v.message === 'string';
}
