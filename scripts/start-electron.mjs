// `npm start`: builds the renderer (vite), the main process and preload (esbuild),
// better-sqlite3-multiple-ciphers for Electron's ABI, then launches Electron on this folder
// (package.json "main" is dist/electron/main.cjs). Extra arguments go to the app:
//   npm start -- path/to/study.alens
import { spawn, spawnSync } from 'node:child_process';
import { existsSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const NO_ELECTRON = `
The Electron binary is not available and could not be downloaded on this machine.
Activity Lens also runs in your browser, with the same screens and project files:

    npm run web

(To use the desktop app, run "npm start" on a machine that can reach
https://github.com/electron/electron/releases, or set ELECTRON_MIRROR.)
`;

// The Electron executable; requiring 'electron' downloads it on first use.
function electronExecutable() {
  try {
    const executable = require('electron');
    return typeof executable === 'string' && existsSync(executable) ? executable : null;
  } catch (error) {
    console.error(error instanceof Error ? error.message : error);
    return null;
  }
}

function step(label, args) {
  console.log(`\n> ${label}`);
  const result = spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' });
  if (result.status !== 0) {
    console.error(`\nnpm start: "${label}" failed; Activity Lens was not started.`);
    process.exit(result.status ?? 1);
  }
}

const executable = electronExecutable();
if (executable === null) {
  console.error(NO_ELECTRON);
  process.exit(1);
}

step('vite build (renderer)', [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn']);
step('build main process and preload', [path.join(root, 'scripts', 'build-electron.mjs')]);
step('better-sqlite3-multiple-ciphers for Electron', [path.join(root, 'scripts', 'rebuild-native-for-electron.mjs')]);

// ELECTRON_RUN_AS_NODE in the environment would turn Electron into plain Node
const env = { ...process.env };
delete env.ELECTRON_RUN_AS_NODE;
const child = spawn(executable, ['.', ...process.argv.slice(2)], { cwd: root, env, stdio: 'inherit', windowsHide: false });
for (const signal of ['SIGINT', 'SIGTERM']) {
  process.on(signal, () => {
    // main.ts closes the project cleanly on these signals
    if (child.exitCode === null) child.kill(signal);
  });
}
child.on('error', (error) => {
  console.error(`Could not start Electron (${executable}): ${error.message}`);
  console.error(NO_ELECTRON);
  process.exit(1);
});
child.on('exit', (code, signal) => {
  process.exit(code ?? (signal ? 1 : 0));
});
