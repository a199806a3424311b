#!/usr/bin/env node
// The activity-lens command: runs electron/cli/main.ts with tsx from this package.
import { spawnSync } from 'node:child_process';
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';

const root = join(dirname(fileURLToPath(import.meta.url)), '..');
const result = spawnSync(process.execPath, ['--import', 'tsx', join(root, 'electron', 'cli', 'main.ts'), ...process.argv.slice(2)], { stdio: 'inherit', cwd: process.cwd() });
process.exit(result.status ?? 1);
