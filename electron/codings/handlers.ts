// Handlers of codings and coders: code a passage, in vivo, uncode part of one, delete, merge duplicates.
import type { codingsSchemas } from '../../shared/api/codings.ts';
import type { Handlers } from '../app/dispatch.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';
import { listCoders } from '../projects/project-info.ts';
import { setCurrentCoder } from '../team/current-coder.ts';
import { codeInVivo, createCoder, deleteCodings, uncodeRange } from './coding-actions.ts';
import { createCoding, deleteCoding, listCodings } from './codings.ts';
import { mergeDuplicateCodings, previewDuplicateMerge } from './duplicate-codings.ts';

// Builds the handlers of codings and coders.
export function createCodingsHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof codingsSchemas> {
  const store = deps.requireStore;
  return {
    'codings.list': (filter) => listCodings(store(), filter),
    'codings.create': (input) => createCoding(store(), input),
    'codings.delete': ({ id }) => {
      deleteCoding(store(), id);
      return null;
    },
    'codings.inVivo': (input) => codeInVivo(store(), input),
    'codings.deleteMany': ({ ids }) => deleteCodings(store(), ids),
    'codings.uncodeRange': (input) => uncodeRange(store(), input),
    'codings.previewDuplicateMerge': () => previewDuplicateMerge(store()),
    'codings.mergeDuplicates': () => mergeDuplicateCodings(store()),
    'coders.list': () => listCoders(store()),
    'coders.create': (input) => createCoder(store(), input),
    'coders.setCurrent': ({ coderId }) => {
      setCurrentCoder(store(), coderId);
      return null;
    },
  };
}
