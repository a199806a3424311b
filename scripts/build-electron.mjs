// Bundles the Electron main process and the preload with esbuild, and copies the
// files the bundle reads at run time beside it:
//   electron/app/main.ts            -> dist/electron/main.cjs     (node, cjs; electron + better-sqlite3-multiple-ciphers external)
//   electron/app/preload.ts         -> dist/electron/preload.cjs  (one file: sandboxed preloads cannot import)
//   electron/import/parse-worker.ts -> dist/electron/parse-worker.cjs (the file reader's utility process)
//   electron/db/migrations/*.sql -> dist/electron/migrations/ (db code: new URL('./migrations/', import.meta.url))
//   fixtures/demo/              -> dist/fixtures/demo/        (the demo study; main.ts passes it as demoDir)
// Usage: node scripts/build-electron.mjs
import { cpSync, existsSync, mkdirSync, readdirSync, readFileSync, rmSync, copyFileSync } from 'node:fs';
import path from 'node:path';
import { fileURLToPath } from 'node:url';
import { build } from 'esbuild';

const root = path.resolve(path.dirname(fileURLToPath(import.meta.url)), '..');
const outDir = path.join(root, 'dist', 'electron');
const electronVersion = JSON.parse(readFileSync(path.join(root, 'node_modules', 'electron', 'package.json'), 'utf8')).version;
const electronMajor = Number(electronVersion.split('.')[0]);

// Electron 45 ships Node 22 and Chromium 140; older majors fall back to safe targets.
const nodeTarget = electronMajor >= 45 ? 'node22' : 'node20';
const chromeTarget = electronMajor >= 45 ? 'chrome140' : 'chrome120';

// CJS has no import.meta: give it one built from __filename.
const importMetaBanner = "const __importMetaUrl = require('url').pathToFileURL(__filename).href;";

/** @type {import('esbuild').BuildOptions} */
const common = {
  bundle: true,
  format: 'cjs',
  sourcemap: 'linked',
  logLevel: 'info',
  legalComments: 'none',
};

async function bundle() {
  await build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'app', 'main.ts')],
    outfile: path.join(outDir, 'main.cjs'),
    platform: 'node',
    target: nodeTarget,
    // native modules and ones that load files at run time stay in node_modules
    // (they must be in package.json "dependencies" so electron-builder packs them)
    external: ['electron', 'better-sqlite3-multiple-ciphers', 'pdfjs-dist', '@resvg/resvg-js'],
    banner: { js: importMetaBanner },
    define: { 'import.meta.url': '__importMetaUrl' },
  });
  await build({
    ...common,
    // untrusted files are read in this separate utility process (electron/infra/utility-reader-runner.ts)
    entryPoints: [path.join(root, 'electron', 'import', 'parse-worker.ts')],
    outfile: path.join(outDir, 'parse-worker.cjs'),
    platform: 'node',
    target: nodeTarget,
    external: ['electron', 'pdfjs-dist'],
    // pdf.js is an ES module: keep its import() an import()
    supported: { 'dynamic-import': true },
    banner: { js: importMetaBanner },
    define: { 'import.meta.url': '__importMetaUrl' },
  });
  await build({
    ...common,
    entryPoints: [path.join(root, 'electron', 'app', 'preload.ts')],
    outfile: path.join(outDir, 'preload.cjs'),
    // a sandboxed preload is a browser-like context whose require() knows only 'electron'
    platform: 'browser',
    target: chromeTarget,
    external: ['electron'],
  });
}

function copyMigrations() {
  const from = path.join(root, 'electron', 'db', 'migrations');
  const to = path.join(outDir, 'migrations');
  mkdirSync(to, { recursive: true });
  if (!existsSync(from)) {
    console.warn(`build-electron: ${path.relative(root, from)} does not exist yet; dist/electron/migrations is empty.`);
    return 0;
  }
  const files = readdirSync(from).filter((name) => name.endsWith('.sql'));
  for (const name of files) copyFileSync(path.join(from, name), path.join(to, name));
  return files.length;
}

function copyDemoFixtures() {
  const from = path.join(root, 'fixtures', 'demo');
  const to = path.join(root, 'dist', 'fixtures', 'demo');
  rmSync(to, { recursive: true, force: true });
  if (!existsSync(from)) throw new Error(`build-electron: the demo study is missing (${path.relative(root, from)}).`);
  mkdirSync(path.dirname(to), { recursive: true });
  cpSync(from, to, { recursive: true });
}

try {
  // start clean so a removed migration or module never lingers in a build
  rmSync(outDir, { recursive: true, force: true });
  mkdirSync(outDir, { recursive: true });
  await bundle();
  const migrations = copyMigrations();
  copyDemoFixtures();
  console.log(`build-electron: main.cjs, preload.cjs, parse-worker.cjs, ${migrations} migration(s) and the demo study are in dist/ (Electron ${electronVersion}).`);
} catch (error) {
  // esbuild has already printed its own errors; say only which step failed
  const esbuildFailure = typeof error === 'object' && error !== null && 'errors' in error;
  console.error(esbuildFailure ? 'build-electron: the bundle did not build (errors above).' : `build-electron: ${error instanceof Error ? error.message : error}`);
  process.exit(1);
}
