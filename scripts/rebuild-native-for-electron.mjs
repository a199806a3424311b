// Builds better-sqlite3-multiple-ciphers (better-sqlite3 with SQLite3 Multiple Ciphers, which
// every project connection uses: electron/db/connection.ts) for Electron's ABI into
// dist/native/better_sqlite3.node, leaving node_modules/better-sqlite3-multiple-ciphers/build
// (the Node build that tests, the CLI and browser mode use) untouched: the package is copied
// to a temp folder and built there, first with a prebuilt binary (prebuild-install), else from
// source (node-gyp). main.ts points the connections' nativeBinding at the result.
// Usage: node scripts/rebuild-native-for-electron.mjs [--arch=x64|arm64|...] [--force]
import { spawnSync } from 'node:child_process';
import { copyFileSync, cpSync, existsSync, mkdirSync, mkdtempSync, readFileSync, renameSync, rmSync, writeFileSync } from 'node:fs';
import os from 'node:os';
import path from 'node:path';
import { fileURLToPath } from 'node:url';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const nodeModules = path.join(root, 'node_modules');
const outDir = path.join(root, 'dist', 'native');
const outFile = path.join(outDir, 'better_sqlite3.node');
const stampFile = path.join(outDir, 'better_sqlite3.stamp.json');
const ELECTRON_HEADERS = 'https://electronjs.org/headers';
const SQLITE_PACKAGE = 'better-sqlite3-multiple-ciphers';

class BuildFailure extends Error {}

function fail(message) {
  throw new BuildFailure(message);
}

function readVersion(packageDir, what) {
  const file = path.join(packageDir, 'package.json');
  if (!existsSync(file)) fail(`${what} is not installed (${path.relative(root, file)} is missing). Run "npm ci" first.`);
  return JSON.parse(readFileSync(file, 'utf8')).version;
}

function option(name) {
  const prefix = `--${name}=`;
  const found = process.argv.slice(2).find((arg) => arg.startsWith(prefix));
  return found ? found.slice(prefix.length) : undefined;
}

// npm passes its config to scripts as npm_config_* variables; some of them (nodedir
// above all) would make node-gyp build against Node's headers instead of Electron's.
function buildEnvironment() {
  const env = { ...process.env };
  const conflicting = /^npm_config_(nodedir|target|target_arch|runtime|disturl|dist_url|arch|platform|build_from_source|libc)$/i;
  for (const key of Object.keys(env)) if (conflicting.test(key)) delete env[key];
  return env;
}

function run(label, args, cwd, env) {
  console.log(`rebuild-native-for-electron: ${label}`);
  const result = spawnSync(process.execPath, args, { cwd, env, stdio: 'inherit' });
  if (result.error) console.error(result.error.message);
  return result.status === 0;
}

function main() {
  const electronVersion = readVersion(path.join(nodeModules, 'electron'), 'Electron');
  const sqliteDir = path.join(nodeModules, SQLITE_PACKAGE);
  const sqliteVersion = readVersion(sqliteDir, SQLITE_PACKAGE);
  const arch = option('arch') ?? process.env.npm_config_arch ?? process.arch;
  const stamp = { electron: electronVersion, [SQLITE_PACKAGE]: sqliteVersion, platform: process.platform, arch };

  if (!process.argv.includes('--force') && existsSync(outFile) && existsSync(stampFile)) {
    try {
      const previous = JSON.parse(readFileSync(stampFile, 'utf8'));
      if (Object.entries(stamp).every(([key, value]) => previous[key] === value)) {
        console.log(`rebuild-native-for-electron: dist/native/better_sqlite3.node is already built for Electron ${electronVersion} (${process.platform}-${arch}).`);
        return;
      }
    } catch {
      // an unreadable stamp means: build again
    }
  }

  const tmp = mkdtempSync(path.join(os.tmpdir(), 'activity-lens-sqlite-'));
  const work = path.join(tmp, SQLITE_PACKAGE);
  try {
    // copy the package without its Node build, so nothing from it can end up in ours
    cpSync(sqliteDir, work, {
      recursive: true,
      filter: (source) => {
        const relative = path.relative(sqliteDir, source).split(path.sep)[0];
        return relative !== 'build' && relative !== 'node_modules';
      },
    });
    const env = buildEnvironment();
    const target = `--target=${electronVersion}`;
    const built = path.join(work, 'build', 'Release', 'better_sqlite3.node');

    const prebuilt = run(
      `downloading a prebuilt ${SQLITE_PACKAGE} ${sqliteVersion} for Electron ${electronVersion} (${process.platform}-${arch})...`,
      [path.join(nodeModules, 'prebuild-install', 'bin.js'), '--runtime=electron', target, `--arch=${arch}`, `--platform=${process.platform}`, '--verbose'],
      work,
      env,
    );
    if (!prebuilt || !existsSync(built)) {
      console.log('rebuild-native-for-electron: no prebuilt binary; building from source with node-gyp (needs Python and a C++ compiler).');
      const compiled = run(
        `node-gyp rebuild for Electron ${electronVersion}...`,
        [path.join(nodeModules, 'node-gyp', 'bin', 'node-gyp.js'), 'rebuild', '--release', '--runtime=electron', target, `--arch=${arch}`, `--dist-url=${ELECTRON_HEADERS}`],
        work,
        env,
      );
      if (!compiled || !existsSync(built)) {
        fail(
          [
            `${SQLITE_PACKAGE} could not be built for Electron ${electronVersion}.`,
            '  - A prebuilt binary could not be downloaded from GitHub, and',
            `  - building from source failed (it downloads Electron's headers from ${ELECTRON_HEADERS}`,
            '    and needs Python 3 and a C++ toolchain: build-essential on Linux, Xcode command-line tools on macOS,',
            '    Visual Studio Build Tools with "Desktop development with C++" on Windows).',
            'Without network access Electron cannot run on this machine; use browser mode instead: npm run web',
          ].join('\n'),
        );
      }
    }
    mkdirSync(outDir, { recursive: true });
    // copy then rename, so an interrupted copy never leaves a half-written module behind
    copyFileSync(built, `${outFile}.partial`);
    renameSync(`${outFile}.partial`, outFile);
    writeFileSync(stampFile, `${JSON.stringify(stamp, null, 2)}\n`);
    console.log(`rebuild-native-for-electron: wrote dist/native/better_sqlite3.node for Electron ${electronVersion} (${process.platform}-${arch}).`);
  } finally {
    rmSync(tmp, { recursive: true, force: true });
  }
}

try {
  main();
} catch (error) {
  console.error(`\nrebuild-native-for-electron: ${error instanceof BuildFailure ? error.message : error instanceof Error ? error.stack : error}\n`);
  process.exit(1);
}
