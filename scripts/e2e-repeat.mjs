// Runs the whole e2e suite several times in a row, stopping at the first failure, so a
// rare flake shows before a change lands (CI runs it three times: E2E_RUNS=3). The
// renderer is built once. Usage: node scripts/e2e-repeat.mjs [times]  (or E2E_RUNS=n)
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const times = Number(process.env.E2E_RUNS ?? process.argv[2] ?? 1);
if (!Number.isInteger(times) || times < 1) {
  console.error('Usage: node scripts/e2e-repeat.mjs [times], times a whole number of at least 1.');
  process.exit(2);
}
const bin = (name) => join(root, 'node_modules', '.bin', process.platform === 'win32' ? `${name}.cmd` : name);
const run = (command, args) => spawnSync(command, args, { cwd: root, stdio: 'inherit', shell: process.platform === 'win32' }).status ?? 1;

if (run(process.execPath, [join(root, 'scripts', 'ensure-chromium.mjs')]) !== 0) process.exit(1);
if (run(bin('vite'), ['build', '--logLevel', 'warn']) !== 0) process.exit(1);
for (let i = 1; i <= times; i++) {
  console.log(`\ne2e suite, run ${i} of ${times}`);
  const status = run(bin('playwright'), ['test']);
  if (status !== 0) {
    console.error(`The e2e suite failed on run ${i} of ${times}.`);
    process.exit(status);
  }
}
console.log(`\nThe e2e suite passed ${times} times in a row.`);
