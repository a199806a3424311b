// What every entity's handlers may use from the host.
import type { ApiEvent } from '../../shared/api.ts';
import type { Store } from '../db/store.ts';
import type { ParseRunner } from '../infra/reader-runner.ts';
import type { ImportHold } from '../sources/import-batch.ts';

export interface HandlerDeps {
  // the open project, or throws NO_PROJECT
  requireStore(): Store;
  // pushes an event to the renderer
  emit(event: ApiEvent): void;
  // the reader process that parses untrusted files (started on first use, shared by every entity)
  reader(): ParseRunner;
  // the app's settings folder
  homeDir: string;
  binding: 'electron' | 'web' | 'direct';
  // test only (the e2e server): holds an import between files so a test can cancel it at an exact point
  testOnlyImportHold?: ImportHold;
}
