// Exports a mirror-data handout: the chosen extracts of each tension, grouped by the
// contradiction they show (tensions followed across phases as one contradiction form one
// group), anonymised by the same anonymiser as the extracts report, leak-checked part by
// part and written atomically.
import { Packer } from 'docx';
import { anonymiseText } from '../../shared/anonymise/anonymise-text.ts';
import { ApiError } from '../../shared/errors.ts';
import type { AttributionFormat, ExportOutcome } from '../../shared/model/anonymise.ts';
import type { ContradictionEntry } from '../../shared/model/contradictions.ts';
import type { Store } from '../db/store.ts';
import { codingQueries } from '../codings/queries.ts';
import { contradictionsOverview } from '../contradictions/overview.ts';
import { checkExportPath } from '../infra/atomic-write.ts';
import { checkAndWrite, exportMatcher } from './extracts-export.ts';
import type { Progress } from './extracts-export.ts';
import { gatherExtracts } from './extracts.ts';
import type { Extract } from './extracts.ts';
import { buildMirrorDataDocument } from './mirror-data-docx.ts';
import type { MirrorGroup } from './mirror-data-docx.ts';

export interface MirrorDataExportOptions {
  path: string;
  overwrite: boolean;
  title?: string;
  attribution: AttributionFormat;
  // the extracts chosen for each tension, in the order they are to be read
  choices: { tensionId: number; codingIds: number[] }[];
}

function aboutOf(entries: readonly ContradictionEntry[]): string {
  const where = entries.map((e) => `${e.to === null ? `inside ${e.from}` : `between ${e.from} and ${e.to}`}${e.phase.trim() ? ` (${e.phase.trim()})` : ''}`);
  return `A ${entries[0]?.level ?? 'secondary'} contradiction, ${[...new Set(where)].join('; ')}.`;
}

// The chosen extracts, anonymised, by coding.
function chosenExtracts(store: Store, options: MirrorDataExportOptions): Map<number, Extract> {
  const codingIds = new Set(options.choices.flatMap((c) => c.codingIds));
  const nodeIds = [...new Set([...codingIds].map((id) => codingQueries(store).byId.get(id)?.node_id).filter((n): n is number => n !== undefined))];
  if (nodeIds.length === 0) return new Map();
  const matcher = exportMatcher(store, options.attribution);
  const extracts = gatherExtracts(store, matcher, { questions: [], nodeIds, caseIds: [], sourceIds: [], facets: [] }, { attribution: options.attribution, anonymiseMemos: true, onlyCodings: codingIds });
  return new Map(extracts.map((e) => [e.codingId, e]));
}

// Groups the choices by contradiction: tensions followed as one contradiction share a group.
export function mirrorGroups(store: Store, options: MirrorDataExportOptions): MirrorGroup[] {
  const entries = new Map(contradictionsOverview(store).groups.flatMap((g) => g.entries.map((e) => [e.tensionId, e] as const)));
  const extracts = chosenExtracts(store, options);
  const matcher = exportMatcher(store, options.attribution);
  const groups = new Map<string, { heading: string; entries: ContradictionEntry[]; extracts: Extract[] }>();
  for (const choice of options.choices) {
    const entry = entries.get(choice.tensionId);
    if (!entry) throw new ApiError('NOT_FOUND', 'A tension chosen for the handout no longer exists.');
    const key = entry.link ? `c${entry.link.contradictionId}` : `t${entry.tensionId}`;
    const group = groups.get(key) ?? { heading: entry.link?.name ?? (entry.label.trim() || `${entry.from}${entry.to ? ` and ${entry.to}` : ''}`), entries: [], extracts: [] };
    group.entries.push(entry);
    for (const id of choice.codingIds) {
      const extract = extracts.get(id);
      if (extract && !group.extracts.some((e) => e.codingId === id)) group.extracts.push(extract);
    }
    groups.set(key, group);
  }
  return [...groups.values()]
    .filter((g) => g.extracts.length > 0)
    .map((g) => ({ heading: anonymiseText(matcher, g.heading).text, about: anonymiseText(matcher, aboutOf(g.entries)).text, extracts: g.extracts }));
}

// Exports the handout (blocked when the leak check finds a name).
export async function exportMirrorDataDocx(store: Store, options: MirrorDataExportOptions, work: Progress = {}): Promise<ExportOutcome> {
  checkExportPath(options.path, ['.docx'], options.overwrite);
  work.progress?.(0, 3, 'Anonymising the chosen extracts');
  const groups = mirrorGroups(store, options);
  const extracts = groups.flatMap((g) => g.extracts);
  if (extracts.length === 0) throw new ApiError('BAD_INPUT', 'Choose at least one extract for the handout.');
  const title = options.title?.trim() || 'Mirror data';
  const bytes = new Uint8Array(await Packer.toBuffer(buildMirrorDataDocument(title, groups)));
  work.progress?.(2, 3, 'Checking every part for real names');
  const chosen = options.choices.reduce((n, c) => n + c.codingIds.length, 0);
  const warnings = chosen > extracts.length ? [`${chosen - extracts.length} chosen extract${chosen - extracts.length === 1 ? ' was' : 's were'} left out: the coding no longer exists or was chosen twice.`] : [];
  return checkAndWrite(exportMatcher(store, options.attribution), bytes, extracts.flatMap((e) => e.allowances), options.path, { extracts: extracts.length, replacements: extracts.reduce((n, e) => n + e.replacementCount, 0), warnings });
}
