// `npm run web`: the app in a browser on this machine. Opens a project (a path given
// on the command line, else the demo) and prints the loopback address with its token.
import { mkdirSync } from 'node:fs';
import { homedir } from 'node:os';
import { join } from 'node:path';
import { fileURLToPath } from 'node:url';
import type { ApiEvent } from '../../shared/api.ts';
import { holdAfterFirstFileUntilCancelled } from '../sources/import-batch.ts';
import { createAppHost } from './app-host.ts';
import { startWebHost } from './web-host.ts';
import type { WebHost } from './web-host.ts';

// The settings folder in browser mode (ACTIVITY_LENS_HOME overrides it).
export function defaultHomeDir(): string {
  if (process.env.ACTIVITY_LENS_HOME) return process.env.ACTIVITY_LENS_HOME;
  if (process.platform === 'win32') return join(process.env.APPDATA ?? homedir(), 'Activity Lens');
  if (process.platform === 'darwin') return join(homedir(), 'Library', 'Application Support', 'Activity Lens');
  return join(process.env.XDG_CONFIG_HOME ?? join(homedir(), '.config'), 'activity-lens');
}

async function main(): Promise<void> {
  const args = process.argv.slice(2);
  const portArg = args.find((a) => a.startsWith('--port='));
  const target = args.find((a) => !a.startsWith('--')) ?? (args.includes('--no-project') ? null : 'demo');
  const homeDir = defaultHomeDir();
  mkdirSync(homeDir, { recursive: true });
  let web: WebHost | null = null;
  const pending: ApiEvent[] = [];
  const host = createAppHost({
    binding: 'web',
    homeDir,
    emit: (event) => (web ? web.emit(event) : pending.push(event)),
    // set only by the e2e test of cancelling an import (tests/e2e/import-cancel.spec.ts)
    testOnlyImportHold: process.env.ACTIVITY_LENS_TEST_HOLD_IMPORT_AFTER_FIRST_FILE === '1' ? holdAfterFirstFileUntilCancelled : undefined,
  });
  if (target) {
    try {
      await host.openStartupProject(target);
    } catch (error) {
      console.error(`Could not open ${target}: ${error instanceof Error ? error.message : String(error)}`);
    }
  }
  web = await startWebHost({
    dispatch: host.dispatch,
    media: (sourceId) => host.mediaFile(sourceId),
    staticDir: process.env.ACTIVITY_LENS_STATIC ?? fileURLToPath(new URL('../../dist/renderer/', import.meta.url)),
    port: portArg ? Number(portArg.slice('--port='.length)) : 0,
  });
  console.log(`Activity Lens is running in browser mode. Open this address (it carries this run's access token):\n\n  ${web.url}\n`);
  console.log(`Settings and the demo project are in ${homeDir}. Press Ctrl+C to stop.`);
  const stop = async () => {
    await web?.close();
    await host.close();
    process.exit(0);
  };
  process.on('SIGINT', () => void stop());
  process.on('SIGTERM', () => void stop());
}

// a failure to start (the port taken, say) is said in words, not as a stack trace
main().catch((error: unknown) => {
  const code = (error as { code?: unknown } | null)?.code;
  const reason = code === 'EADDRINUSE' ? 'the port is already in use (choose another with --port=N)' : error instanceof Error ? error.message : String(error);
  console.error(`Activity Lens could not start in browser mode: ${reason}`);
  process.exit(1);
});
