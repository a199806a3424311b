// A child process that opens a project and holds it (used to prove the cross-process lock).
// Usage: tsx tests/helpers/hold-project.ts <project> ; prints "holding" then waits for stdin to close.
import { openProject } from '../../electron/db/open-project.ts';

const store = openProject(process.argv[2] ?? '');
process.stdout.write('holding\n');
process.stdin.resume();
process.stdin.on('end', () => {
  store.close();
  process.exit(0);
});
