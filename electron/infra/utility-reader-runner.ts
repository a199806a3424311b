// The reader process in the Electron app: an Electron utilityProcess running the bundled
// parse-worker.cjs (scripts/build-electron.mjs), behind the same WorkerHandle as the
// child_process one in parse-runner.ts. Imported only when the binding is Electron.
import { dirname, join } from 'node:path';
import { fileURLToPath } from 'node:url';
import { utilityProcess } from 'electron';
import type { SpawnWorker } from './reader-runner.ts';

// The bundled reader entry beside the bundled main process (dist/electron/parse-worker.cjs).
export function bundledWorkerEntry(): string {
  return join(dirname(fileURLToPath(import.meta.url)), 'parse-worker.cjs');
}

// Starts reader processes as Electron utility processes with a heap cap.
export function utilityWorker(entry: string = bundledWorkerEntry()): SpawnWorker {
  return (memoryMb) => {
    const child = utilityProcess.fork(entry, [], {
      execArgv: [`--max-old-space-size=${memoryMb}`],
      serviceName: 'Activity Lens file reader',
      stdio: ['ignore', 'ignore', 'pipe'],
    });
    let output = '';
    let exited = false;
    child.stderr?.on('data', (chunk: Buffer) => {
      output = (output + chunk.toString()).slice(-4000);
    });
    child.on('error', (type, location) => {
      // a fatal error (out of memory included) is followed by 'exit'
      output += `\n${type} ${location}`;
    });
    const exitListeners: ((code: number | null, output: string) => void)[] = [];
    child.on('exit', (code) => {
      exited = true;
      setImmediate(() => {
        for (const listener of exitListeners) listener(code, output);
      });
    });
    return {
      send(message) {
        child.postMessage(message);
      },
      onMessage(listener) {
        child.on('message', listener);
      },
      onExit(listener) {
        exitListeners.push(listener);
      },
      kill() {
        if (!exited) child.kill();
      },
      setBusy() {
        // utility processes do not keep the app alive; the idle timer stops them
      },
    };
  };
}
