// Opening the project a command works on for the length of that command.
import { ApiError } from '../../shared/errors.ts';
import { openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';

// Opens the project, runs `fn` on it and closes it after, also when `fn` fails.
export async function withProject<T>(path: string | undefined, readOnly: boolean, fn: (store: OpenStore) => T | Promise<T>): Promise<T> {
  if (!path) throw new ApiError('BAD_INPUT', 'Name the project file (a .alens file) first.');
  const store = openProject(path, { readOnly });
  try {
    return await fn(store);
  } finally {
    store.close();
  }
}
