// A new project: the file, with the activity-theory codebook of METHOD.md to start from.
import { ACTIVITY_THEORY_CODEBOOK } from '../../shared/model/codebook-template.ts';
import { createProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { runSetup } from '../db/undo-log.ts';
import { insertTemplate } from '../codebook/codebook.ts';

// Creates a project file holding the six-question codebook (encrypted when given a passphrase).
export function newProjectWithCodebook(path: string, name: string, now: () => Date = () => new Date(), passphrase?: string): OpenStore {
  const store = createProject(path, name, { now, passphrase });
  try {
    runSetup(store, (rec) => insertTemplate(rec, ACTIVITY_THEORY_CODEBOOK));
  } catch (error) {
    store.close();
    throw error;
  }
  return store;
}
