// Tries to open a project (optionally read-only) and write to it; prints one JSON line
// saying what happened. Used to test projects on read-only folders as another user.
import { ApiError } from '../../shared/errors.ts';
import { openProject } from '../../electron/db/open-project.ts';
import { createNode } from '../../electron/codebook/codebook.ts';

const [path, mode] = process.argv.slice(2);
try {
  const store = openProject(path ?? '', { readOnly: mode === 'read-only' });
  try {
    const count = store.db.prepare('SELECT count(*) FROM nodes').pluck().get();
    let write = 'not tried';
    try {
      createNode(store, { name: 'Written on a read-only disk' });
      write = 'ok';
    } catch (error) {
      write = error instanceof ApiError ? error.code : String((error as { code?: unknown }).code ?? error);
    }
    process.stdout.write(`${JSON.stringify({ opened: true, count, write })}\n`);
  } finally {
    store.close();
  }
} catch (error) {
  process.stdout.write(`${JSON.stringify({ opened: false, code: error instanceof ApiError ? error.code : String((error as { code?: unknown }).code), message: (error as Error).message })}\n`);
}
