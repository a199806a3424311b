// Reading the team commands' arguments: coders by initials, name or id; sources by name or id.
import { ApiError } from '../../shared/errors.ts';
import type { Store } from '../db/store.ts';
import { listCoders } from '../projects/project-info.ts';
import { agreementQueries } from '../team/agreement-queries.ts';

// Finds coders named by initials, name or id, separated by commas ("AM,JR").
export function resolveCoders(store: Store, raw: string): number[] {
  const coders = listCoders(store);
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      const lower = part.toLowerCase();
      const found = coders.find((c) => c.initials.toLowerCase() === lower || c.name.toLowerCase() === lower || String(c.id) === part);
      if (!found) throw new ApiError('NOT_FOUND', `There is no coder "${part}". The coders are ${coders.map((c) => `${c.initials} (${c.name})`).join(', ') || 'none yet'}.`);
      return found.id;
    });
}

// Finds sources named by id or name (or the start of a unique name), separated by commas.
export function resolveSources(store: Store, raw: string): number[] {
  const sources = agreementQueries(store).sourceLengths.all();
  return raw
    .split(',')
    .map((part) => part.trim())
    .filter(Boolean)
    .map((part) => {
      if (/^\d+$/.test(part) && sources.some((s) => s.id === Number(part))) return Number(part);
      const lower = part.toLowerCase();
      const exact = sources.filter((s) => s.name.toLowerCase() === lower);
      const starting = exact.length > 0 ? exact : sources.filter((s) => s.name.toLowerCase().startsWith(lower));
      if (starting.length === 1 && starting[0]) return starting[0].id;
      if (starting.length > 1) throw new ApiError('BAD_INPUT', `${starting.length} sources start with "${part}"; give more of the name, or the id.`);
      throw new ApiError('NOT_FOUND', `There is no source "${part}". Give its id or its name.`);
    });
}
