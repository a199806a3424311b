// The app's host on the demo project in a temporary home, as the contract tests drive it.
import { createAppHost } from '../../electron/app/app-host.ts';
import type { AppHost, AppHostOptions } from '../../electron/app/app-host.ts';
import { makeTempDir } from './temp-dir.ts';

export type Method = Parameters<AppHost['dispatch']>[0];

// Opens the demo project in a new temporary home; `close` shuts the host and removes the home.
export async function openDemoHost(emit: AppHostOptions['emit'] = () => undefined): Promise<{ host: AppHost; close: () => Promise<void> }> {
  const tmp = makeTempDir();
  const host = createAppHost({ binding: 'direct', homeDir: tmp.dir, emit });
  await host.openStartupProject('demo');
  return {
    host,
    close: async () => {
      await host.close();
      tmp.cleanup();
    },
  };
}

// The answer of a call that must succeed.
export async function answerOf<T>(host: AppHost, method: Method, input: unknown): Promise<T> {
  const response = await host.dispatch(method, input);
  if (!response.ok) throw new Error(`${method}: ${response.error.message}`);
  return response.result as T;
}
