// A new project: the file, with the activity-theory codebook of METHOD.md to start from.
import { ACTIVITY_THEORY_CODEBOOK } from '../../shared/model/codebook-template.ts';
import { createProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { runSetup } from '../db/undo-log.ts';
import { insertTemplate } from '../codebook/codebook.ts';

// Creates a project file holding the six-question codebook.
export function newProjectWithCodebook(path: string, name: string, now: () => Date = () => new Date()): OpenStore {
  const store = createProject(path, name, { now });
  try {
    runSetup(store, (rec) => insertTemplate(rec, ACTIVITY_THEORY_CODEBOOK));
  } catch (error) {
    store.close();
    throw error;
  }
  return store;
}
