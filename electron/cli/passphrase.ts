// The passphrases a command was given: the project's own with --password-file FILE (or the
// ACTIVITY_LENS_PASSWORD environment variable), and a new one for encrypt and rekey with
// --new-password-file FILE (or ACTIVITY_LENS_NEW_PASSWORD). A file holds the passphrase
// alone (one line end after it is dropped). They live for one command (runCli runs it inside
// withPassphrases) and are never printed; the reader process does not inherit the variables.
import { AsyncLocalStorage } from 'node:async_hooks';
import { PASSPHRASE_MAX_LENGTH, PASSPHRASE_MIN_LENGTH } from '../../shared/api/projects.ts';
import { ApiError } from '../../shared/errors.ts';
import { readRegularFileSync } from '../infra/regular-file.ts';

interface Passphrases {
  current: string | undefined;
  next: string | undefined;
}

const PASSWORD_FILE_MAX_BYTES = 4 * PASSPHRASE_MAX_LENGTH;
const context = new AsyncLocalStorage<Passphrases>();

// Reads a passphrase file: an ordinary file of at most a few kilobytes (a FIFO or device is
// never read), less one line end.
export function readPasswordFile(path: string, flag: string): string {
  let bytes: Buffer;
  try {
    bytes = readRegularFileSync(path, PASSWORD_FILE_MAX_BYTES, (n) => `${Math.round(n / 1024)} KB`);
  } catch (error) {
    if (error instanceof ApiError) throw new ApiError(error.code, `--${flag}: ${error.message}`);
    throw new ApiError('NOT_FOUND', `The passphrase file given with --${flag} (${path}) cannot be read.`);
  }
  const text = bytes.toString('utf8').replace(/\r?\n$/u, '');
  if (text.length === 0) throw new ApiError('BAD_INPUT', `The passphrase file ${path} is empty.`);
  return text;
}

function fromFlagOrEnvironment(flags: ReadonlyMap<string, string | true>, flag: string, variable: string): string | undefined {
  const file = flags.get(flag);
  if (file === true) throw new ApiError('BAD_INPUT', `--${flag} needs the name of a file holding the passphrase.`);
  if (file !== undefined) return readPasswordFile(file, flag);
  const value = process.env[variable];
  return value === undefined || value === '' ? undefined : value;
}

// Runs a command with the passphrases its flags (or the environment) give.
export function withPassphrases<T>(flags: ReadonlyMap<string, string | true>, run: () => T): T {
  const passphrases: Passphrases = {
    current: fromFlagOrEnvironment(flags, 'password-file', 'ACTIVITY_LENS_PASSWORD'),
    next: fromFlagOrEnvironment(flags, 'new-password-file', 'ACTIVITY_LENS_NEW_PASSWORD'),
  };
  return context.run(passphrases, run);
}

// The passphrase of the project the command opens (undefined when none was given).
export function projectPassphrase(): string | undefined {
  return context.getStore()?.current;
}

// A passphrase to encrypt a project with: the new one (encrypt, rekey) or, for create and
// demo, the one given with --password-file; checked for length.
export function newPassphrase(which: 'next' | 'current', usage: string): string {
  const value = which === 'next' ? context.getStore()?.next : context.getStore()?.current;
  const flag = which === 'next' ? '--new-password-file FILE (or ACTIVITY_LENS_NEW_PASSWORD)' : '--password-file FILE (or ACTIVITY_LENS_PASSWORD)';
  if (value === undefined) throw new ApiError('BAD_INPUT', `Give the new passphrase with ${flag}.\n\nUsage: ${usage}`);
  if (value.length < PASSPHRASE_MIN_LENGTH) throw new ApiError('BAD_INPUT', `A passphrase must be at least ${PASSPHRASE_MIN_LENGTH} characters long (a phrase of a few ordinary words is best).`);
  if (value.length > PASSPHRASE_MAX_LENGTH) throw new ApiError('BAD_INPUT', `A passphrase may be at most ${PASSPHRASE_MAX_LENGTH} characters long.`);
  return value;
}
