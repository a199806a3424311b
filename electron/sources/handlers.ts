// Handlers of sources: list, read, describe and delete them, import files, correct their
// text (one edit, or several with a preview) and find and replace across them.
import type { sourcesSchemas } from '../../shared/api/sources.ts';
import type { Handlers } from '../app/dispatch.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';
import { applyEdits, previewEdits } from './corrections.ts';
import { findText, previewReplace, replaceText } from './find-replace.ts';
import { createImportHandlers } from './import-handlers.ts';
import { editSourceText } from './source-edits.ts';
import { deleteSource, getSource, listSources, sourceSummary, updateSource } from './sources.ts';

// Builds the sources' handlers.
export function createSourcesHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof sourcesSchemas> {
  const store = deps.requireStore;
  return {
    ...createImportHandlers(deps),
    'sources.list': () => listSources(store()),
    'sources.get': ({ id }) => getSource(store(), id),
    'sources.summary': ({ id }) => sourceSummary(store(), id),
    'sources.update': ({ id, ...update }) => updateSource(store(), id, update),
    'sources.delete': ({ id }) => {
      deleteSource(store(), id);
      return null;
    },
    'sources.edit': ({ id, ...edit }) => editSourceText(store(), id, edit),
    'edits.preview': ({ sourceId, baseRevision, edits }) => previewEdits(store(), sourceId, baseRevision, edits),
    'edits.apply': ({ sourceId, baseRevision, edits, removeEmptied }) => applyEdits(store(), sourceId, baseRevision, edits, removeEmptied),
    'text.find': (input) => findText(store(), input),
    'text.replacePreview': ({ replacement, ...options }) => previewReplace(store(), options, replacement),
    'text.replace': ({ replacement, removeEmptied, ...options }) => replaceText(store(), options, replacement, removeEmptied),
  };
}
