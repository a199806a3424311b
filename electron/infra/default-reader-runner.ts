// The reader process each binding uses: Electron's utilityProcess in the app, a forked
// Node process in browser mode, the CLI and tests.
import { createParseRunner, forkWorker } from './reader-runner.ts';
import type { ParseRunner } from './reader-runner.ts';

// Makes the runner for a binding; Electron's module is loaded only inside Electron.
export function createDefaultRunner(binding: 'electron' | 'web' | 'direct'): ParseRunner {
  if (binding !== 'electron') return createParseRunner(forkWorker());
  let inner: ParseRunner | null = null;
  const ready = import('./utility-reader-runner.ts').then(({ utilityWorker }) => {
    inner = createParseRunner(utilityWorker());
    return inner;
  });
  return {
    read: async (kind, fileName, bytes, options) => (await ready).read(kind, fileName, bytes, options),
    readDocument: async (fileName, bytes, signal) => (await ready).readDocument(fileName, bytes, signal),
    readTable: async (fileName, bytes, signal) => (await ready).readTable(fileName, bytes, signal),
    close: () => {
      if (inner) inner.close();
      else void ready.then((r) => r.close());
    },
  };
}

let shared: ParseRunner | null = null;

// One forked reader for callers that were given none (scripts, tests, the bench); its process stops when idle.
export function sharedReader(): ParseRunner {
  shared ??= createParseRunner(forkWorker());
  return shared;
}
