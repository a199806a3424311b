// A child process that owns a project and keeps writing memos, one transaction each,
// printing "ack N" after each commit. On "backup" from stdin it takes a backup while
// still writing and prints "backup-start N" (writes acknowledged before it began) and
// "backup-done <path>". On "stop" it closes the project and exits.
import { createInterface } from 'node:readline';
import { createBackup } from '../../electron/db/backups.ts';
import { openProject } from '../../electron/db/open-project.ts';
import { saveMemo } from '../../electron/memos/memos.ts';

const store = openProject(process.argv[2] ?? '');
let acked = 0;
let running = true;

function writeSome(): void {
  if (!running) return;
  for (let i = 0; i < 5; i++) {
    acked++;
    saveMemo(store, { targetKind: 'project', targetId: null, title: `memo ${acked}`, contentJson: '{}', plainText: `written ${acked} `.repeat(50) });
    process.stdout.write(`ack ${acked}\n`);
  }
  setImmediate(writeSome);
}
setImmediate(writeSome);

createInterface({ input: process.stdin }).on('line', (line) => {
  if (line === 'backup') {
    const before = acked;
    process.stdout.write(`backup-start ${before}\n`);
    createBackup(store, 'snapshot', 'while-writing').then(
      (b) => process.stdout.write(`backup-done ${b.path}\n`),
      (e: unknown) => process.stdout.write(`backup-failed ${String(e)}\n`),
    );
  } else if (line === 'stop') {
    running = false;
    store.close();
    process.stdout.write(`stopped ${acked}\n`);
    process.exit(0);
  }
});
