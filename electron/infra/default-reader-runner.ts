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
    readDocument: async (fileName, bytes, signal) => (await ready).readDocument(fileName, bytes, signal),
    readTable: async (fileName, bytes, signal) => (await ready).readTable(fileName, bytes, signal),
    close: () => {
      if (inner) inner.close();
      else void ready.then((r) => r.close());
    },
  };
}
