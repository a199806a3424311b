// Opening the project a command works on for the length of that command (an encrypted one
// with the passphrase given by --password-file or ACTIVITY_LENS_PASSWORD).
import { ApiError } from '../../shared/errors.ts';
import { openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { projectPassphrase } from './passphrase.ts';

// Opens the project, runs `fn` on it and closes it after, also when `fn` fails.
export async function withProject<T>(path: string | undefined, readOnly: boolean, fn: (store: OpenStore) => T | Promise<T>): Promise<T> {
  if (!path) throw new ApiError('BAD_INPUT', 'Name the project file (a .alens file) first.');
  const store = openWithHint(path, readOnly);
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}

// Opens the project; the refusal of an encrypted one without its passphrase says how to give it here.
function openWithHint(path: string, readOnly: boolean): OpenStore {
  try {
    return openProject(path, { readOnly, passphrase: projectPassphrase() });
  } catch (error) {
    if (error instanceof ApiError && error.code === 'PASSPHRASE' && projectPassphrase() === undefined) {
      throw new ApiError('PASSPHRASE', `${path} is encrypted. Give its passphrase with --password-file FILE (a file holding it) or the ACTIVITY_LENS_PASSWORD environment variable.`);
    }
    throw error;
  }
}
