// Handlers of memos: list, save, delete and search them.
import type { memosSchemas } from '../../shared/api/memos.ts';
import type { Handlers } from '../app/dispatch.ts';
import type { HandlerDeps } from '../app/handler-deps.ts';
import { searchMemos } from './memo-search.ts';
import { deleteMemo, listMemos, saveMemo } from './memos.ts';

// Builds the memos' handlers.
export function createMemosHandlers(deps: HandlerDeps): Pick<Handlers, keyof typeof memosSchemas> {
  const store = deps.requireStore;
  return {
    'memos.list': (filter) => listMemos(store(), filter),
    'memos.save': (input) => saveMemo(store(), input),
    'memos.delete': ({ id }) => {
      deleteMemo(store(), id);
      return null;
    },
    'memos.search': ({ query, limit }) => searchMemos(store(), query, limit),
  };
}
