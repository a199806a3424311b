// `npm start`: builds the renderer (vite), the main process and preload (esbuild),
// better-sqlite3-multiple-ciphers for Electron's ABI, then launches Electron on this folder
// (package.json "main" is dist/electron/main.cjs). Extra arguments go to the app:
//   npm start -- path/to/study.alens
import { spawn, spawnSync } from 'node:child_process';
import { existsSync, readFileSync } from 'node:fs';
import { createRequire } from 'node:module';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const require = createRequire(import.meta.url);

const NO_ELECTRON_HINT =
  '(For the desktop app, run "npm start" on a machine that can reach https://github.com/electron/electron/releases, or set ELECTRON_MIRROR.)';

// Opens browser mode instead (same screens, same project files), with a one-line reason;
// the arguments (a project path) go along, and this script exits with the web server.
function startBrowserModeInstead(reason) {
  console.error(`npm start: ${reason}; opening Activity Lens in browser mode instead (npm run web).`);
  console.error(NO_ELECTRON_HINT);
  const web = spawn(process.execPath, [path.join(root, 'scripts', 'start-web.mjs'), ...process.argv.slice(2)], { cwd: root, stdio: 'inherit' });
  for (const signal of ['SIGINT', 'SIGTERM', 'SIGHUP']) {
    process.on(signal, () => {
      if (web.exitCode === null && web.signalCode === null) web.kill(signal);
    });
  }
  web.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

// The Electron executable, downloaded on first use (quietly: when the download fails, the
// reason is one line, not the downloader's stack trace); null when there is none.
function electronExecutable() {
  const electronDir = path.join(root, 'node_modules', 'electron');
  const pathFile = path.join(electronDir, 'path.txt');
  const installed = () => existsSync(pathFile) && existsSync(path.join(electronDir, 'dist', readFileSync(pathFile, 'utf8')));
  if (!existsSync(electronDir)) return null;
  if (!installed()) {
    console.log('Downloading the Electron binary (first start only)...');
    const download = spawnSync(process.execPath, [path.join(electronDir, 'install.js')], { cwd: root, encoding: 'utf8', stdio: 'pipe' });
    if (download.status !== 0 || !installed()) return null;
  }
  try {
    const executable = require('electron');
    return typeof executable === 'string' && existsSync(executable) ? executable : null;
  } catch {
    return null;
  }
}

// Runs one build step; false when it failed (its output says why).
function step(label, args) {
  console.log(`\n> ${label}`);
  return spawnSync(process.execPath, args, { cwd: root, stdio: 'inherit' }).status === 0;
}

// Builds the app and launches Electron on it; browser mode when the native module cannot be
// built for Electron (its headers download once) or Electron does not start.
function startElectron(executable) {
  if (!step('vite build (renderer)', [path.join(root, 'node_modules', 'vite', 'bin', 'vite.js'), 'build', '--logLevel', 'warn'])) process.exit(1);
  if (!step('build main process and preload', [path.join(root, 'scripts', 'build-electron.mjs')])) process.exit(1);
  if (!step('better-sqlite3-multiple-ciphers for Electron', [path.join(root, 'scripts', 'rebuild-native-for-electron.mjs')])) {
    startBrowserModeInstead('the SQLite module could not be built for Electron');
    return;
  }
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
  child.on('error', (error) => startBrowserModeInstead(`Electron could not be started (${error.message})`));
  child.on('exit', (code, signal) => process.exit(code ?? (signal ? 1 : 0)));
}

const executable = electronExecutable();
if (executable === null) startBrowserModeInstead('the Electron binary is not installed and could not be downloaded');
else startElectron(executable);
