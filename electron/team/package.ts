// "Prepare a coding package": a copy of the project (or of chosen sources) for a member to
// code, with the codebook and without the existing codings (blind second coding) or with
// them (splitting work). Anonymised with the register unless the user says real names may
// travel: the register and every analysis (diagrams, queries, frameworks, the team's own
// history, the undo history) stay behind, the copy is vacuumed so nothing deleted lingers,
// and the leak check reads every text left in it. As .alens for Activity Lens, or as
// .qdpx for a member who codes in another program.
import { existsSync, renameSync, rmSync, statSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { anonymiseText } from '../../shared/anonymise/anonymise-text.ts';
import { scanForLeaks } from '../../shared/anonymise/leak-scan.ts';
import { ApiError } from '../../shared/errors.ts';
import type { PackageOrigin, PackageResult } from '../../shared/model/team.ts';
import { copyProjectTo } from '../db/backups.ts';
import { passphraseOf } from '../db/connection.ts';
import { openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import { exportMatcher } from '../documents/extracts-export.ts';
import { buildQdpx } from '../exchange/qdpx-export.ts';
import { refuseLeaks } from '../anonymise/refuse-leaks.ts';
import { writeFileAtomic } from '../infra/atomic-write.ts';
import { getSetting, listCoders, projectStats } from '../projects/project-info.ts';
import { agreementQueries } from './agreement-queries.ts';
import { addLogEntry, openCycleId, PACKAGE_SETTING, teamOverview } from './logbook.ts';
import { anonymiseCopy } from './package-anonymise.ts';
import { allTextValues, emptyLeftOutTables, packageQueries } from './package-queries.ts';

export interface PackageRequest {
  path: string;
  coderId?: number;
  sourceIds?: number[];
  withCodings: boolean;
  realNames?: boolean;
  cycleId?: number;
  instructions?: string;
}

interface Cut {
  keep: Set<number>;
  withCodings: boolean;
  anonymise: boolean;
  origin: PackageOrigin;
  name: string;
  guid: string;
}

// Cuts the copy down to the package, in one transaction; returns the names replaced.
function cutCopy(copy: OpenStore, cut: Cut, matcherOf: () => ReturnType<typeof exportMatcher>): number {
  const q = packageQueries(copy);
  return copy.db.transaction(() => {
    const gone = JSON.stringify(q.sourceIds.all().filter((id) => !cut.keep.has(id)));
    q.deleteCodingsOfSources.run(gone);
    q.deleteMemosOnSources.run(gone);
    q.deleteSegmentsOfSources.run(gone);
    q.deleteSourceCases.run(gone);
    q.deleteSourceValues.run(gone);
    q.deleteSources.run(gone);
    if (!cut.withCodings) {
      q.deleteAllCodings.run();
      q.deleteMemosExceptOnNodes.run();
    }
    q.deleteMemosOnCodingsOfGoneSources.run();
    q.deleteMemosOnDiagrams.run();
    emptyLeftOutTables(copy, cut.anonymise);
    const replacements = cut.anonymise ? anonymiseCopy(copy, matcherOf()) : 0;
    for (const key of ['project.is_demo', 'exchange.imported_from']) q.deleteSetting.run(key);
    q.upsertSetting.run('project.guid', cut.guid);
    q.upsertSetting.run('project.name', cut.name);
    q.upsertSetting.run(PACKAGE_SETTING, JSON.stringify(cut.origin));
    q.clearUndoLog.run();
    return replacements;
  })();
}

function checkRequest(store: Store, req: PackageRequest): { format: 'alens' | 'qdpx'; coder: { id: number; name: string; guid: string } | null; keep: Set<number> } {
  const lower = req.path.toLowerCase();
  const format = lower.endsWith('.alens') ? 'alens' : lower.endsWith('.qdpx') ? 'qdpx' : null;
  if (format === null) throw new ApiError('BAD_INPUT', 'A coding package is an Activity Lens project (.alens) or a REFI-QDA project (.qdpx): end the file name in one of them.');
  if (req.path === store.path) throw new ApiError('BAD_INPUT', 'Choose a different file from the open project.');
  if (existsSync(req.path)) throw new ApiError('ALREADY_EXISTS', `${req.path} already exists. Choose another name; nothing was written.`);
  let coder: { id: number; name: string; guid: string } | null = null;
  if (req.coderId !== undefined) {
    coder = listCoders(store).find((c) => c.id === req.coderId) ?? null;
    if (!coder) throw new ApiError('NOT_FOUND', 'That coder is not in this project. Add the member as a coder first.');
  }
  const all = agreementQueries(store).sourceLengths.all();
  const known = new Set(all.map((s) => s.id));
  for (const id of req.sourceIds ?? []) if (!known.has(id)) throw new ApiError('NOT_FOUND', `There is no source with id ${id} in this project.`);
  const keep = new Set(req.sourceIds && req.sourceIds.length > 0 ? req.sourceIds : known);
  if (keep.size === 0) throw new ApiError('BAD_INPUT', 'The project has no sources to put in a package.');
  return { format, coder, keep };
}

// Makes a coding package at req.path and records it (and a logbook entry) in the project as one action.
export async function makePackage(store: Store, req: PackageRequest): Promise<PackageResult> {
  const { format, coder, keep } = checkRequest(store, req);
  const anonymise = req.realNames !== true;
  const cycleId = openCycleId(store, req.cycleId);
  const realName = getSetting(store, 'project.name') ?? 'Project';
  const projectName = anonymise ? anonymiseText(exportMatcher(store), realName).text : realName;
  const packageGuid = store.newGuid();
  const createdAt = store.now().toISOString();
  const origin: PackageOrigin = {
    packageGuid,
    projectName,
    coderGuid: coder?.guid ?? null,
    coderName: coder ? (anonymise ? anonymiseText(exportMatcher(store), coder.name).text : coder.name) : null,
    withCodings: req.withCodings,
    anonymised: anonymise,
    instructions: req.instructions ?? '',
    createdAt,
  };
  const temp = format === 'alens' ? `${req.path}.making` : join(tmpdir(), `alens-package-${packageGuid}.alens`);
  let stats: { codings: number; memos: number; replacements: number; bytes: number };
  try {
    await copyProjectTo(store, temp);
    // the copy keeps the project's key (a package of an encrypted project is encrypted)
    const copy = openProject(temp, { passphrase: passphraseOf(store.db) });
    try {
      const name = `${projectName}: coding package${origin.coderName ? ` for ${origin.coderName}` : ''}`;
      const replacements = cutCopy(copy, { keep, withCodings: req.withCodings, anonymise, origin, name, guid: store.newGuid() }, () => exportMatcher(store));
      if (anonymise) refuseLeaks(scanForLeaks(exportMatcher(store), allTextValues(copy)));
      packageQueries(copy).vacuum.run();
      const counts = projectStats(copy);
      const bytes = format === 'qdpx' ? buildQdpx(copy).bytes : null;
      stats = { codings: counts.codings, memos: counts.memos, replacements, bytes: bytes?.length ?? 0 };
      copy.close();
      if (bytes) writeFileAtomic(req.path, bytes);
      else renameSync(temp, req.path);
    } catch (error) {
      copy.close();
      throw error;
    }
  } finally {
    for (const suffix of ['', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
  }
  const fileName = basename(req.path);
  const sourceGuids = agreementQueries(store).sourceLengths.all().filter((s) => keep.has(s.id)).map((s) => s.guid);
  const packageId = runAction(store, `Make coding package ${fileName}`, (rec) => {
    const id = rec.insert('team_packages', {
      guid: packageGuid,
      cycle_id: cycleId,
      coder_id: coder?.id ?? null,
      file_name: fileName,
      format,
      with_codings: req.withCodings ? 1 : 0,
      anonymised: anonymise ? 1 : 0,
      source_guids_json: JSON.stringify(sourceGuids),
      instructions: req.instructions ?? '',
      created_at: createdAt,
      returned_at: null,
    });
    const what = `${keep.size} source${keep.size === 1 ? '' : 's'}, ${req.withCodings ? `with ${stats.codings} codings` : 'without codings (blind)'}, ${anonymise ? `anonymised (${stats.replacements} names replaced)` : 'with real names'}`;
    addLogEntry(rec, { kind: 'package', cycleId, summary: `Package ${fileName} made${coder ? ` for ${coder.name}` : ''}: ${what}`, detail: req.instructions ?? '' });
    return id;
  });
  const made = teamOverview(store).cycles.flatMap((c) => c.packages).find((p) => p.id === packageId);
  if (!made) throw new Error('the new package vanished');
  return { package: made, path: req.path, bytes: statSync(req.path).size, codings: stats.codings, memos: stats.memos, replacements: stats.replacements };
}
