// Before linting: installs the lint toolchain of tools/lint (ESLint, typescript-eslint and
// the TypeScript 6 compiler API it needs) from its own lockfile, when it is missing or its
// lockfile changed since the last install.
import { execFileSync } from 'node:child_process';
import { createHash } from 'node:crypto';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';

const dir = fileURLToPath(new URL('../tools/lint/', import.meta.url));
const lock = readFileSync(join(dir, 'package-lock.json'));
const hash = createHash('sha256').update(lock).digest('hex');
const stamp = join(dir, 'node_modules', '.lockfile-hash');
if (existsSync(stamp) && readFileSync(stamp, 'utf8') === hash) process.exit(0);
console.log('Installing the lint toolchain (tools/lint)...');
const npm = process.platform === 'win32' ? 'npm.cmd' : 'npm';
execFileSync(npm, ['ci', '--no-audit', '--no-fund', '--prefix', dir], { stdio: 'inherit', shell: process.platform === 'win32' });
writeFileSync(stamp, hash);
