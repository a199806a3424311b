// Team cycles and the team logbook: the lead starts a cycle, hands out packages, merges
// what comes back and closes it; every cycle, package, merge and review decision is logged
// with who (the coder working), when, what came in and what was decided.
import { ApiError } from '../../shared/errors.ts';
import type { LogbookEntry, PackageOrigin, TeamCycle, TeamOverview, TeamPackage } from '../../shared/model/team.ts';
import type { Store } from '../db/store.ts';
import type { TeamCycleRow } from '../db/table-rows.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { getSetting } from '../projects/project-info.ts';
import { currentCoder } from './current-coder.ts';
import { teamQueries } from './queries.ts';
import type { PackageListRow } from './queries.ts';

// The project setting a coding package keeps its origin in.
export const PACKAGE_SETTING = 'team.package';

export interface NewLogEntry {
  kind: LogbookEntry['kind'];
  summary: string;
  detail?: string;
  cycleId?: number | null;
}

// Writes a logbook entry inside an action, made by the coder working now.
export function addLogEntry(rec: ActionRecorder, entry: NewLogEntry): number {
  return rec.insert('team_logbook', {
    guid: rec.store.newGuid(),
    kind: entry.kind,
    cycle_id: entry.cycleId ?? null,
    coder_id: currentCoder(rec.store),
    summary: entry.summary.slice(0, 2000),
    detail: (entry.detail ?? '').slice(0, 100_000),
    created_at: rec.store.now().toISOString(),
  });
}

function toPackage(r: PackageListRow): TeamPackage {
  return {
    id: r.id,
    guid: r.guid,
    cycleId: r.cycle_id,
    coder: r.coder_id === null ? null : { id: r.coder_id, name: r.coder_name ?? '', initials: r.coder_initials ?? '' },
    fileName: r.file_name,
    format: r.format,
    withCodings: r.with_codings === 1,
    anonymised: r.anonymised === 1,
    sources: (JSON.parse(r.source_guids_json) as string[]).length,
    instructions: r.instructions,
    createdAt: r.created_at,
    returnedAt: r.returned_at,
  };
}

function toCycle(r: TeamCycleRow, packages: readonly TeamPackage[]): TeamCycle {
  return { id: r.id, number: r.number, title: r.title, status: r.status, note: r.note, createdAt: r.created_at, closedAt: r.closed_at, packages: packages.filter((p) => p.cycleId === r.id) };
}

// The cycle with its packages.
export function getCycle(store: Store, id: number): TeamCycle {
  const row = teamQueries(store).cycle.get(id);
  if (!row) throw new ApiError('NOT_FOUND', 'That team cycle no longer exists.');
  return toCycle(row, teamQueries(store).packages.all().map(toPackage));
}

// Where a coding package came from, when the open project is one.
export function packageOrigin(store: Store): PackageOrigin | null {
  const raw = getSetting(store, PACKAGE_SETTING);
  if (raw === null) return null;
  try {
    return JSON.parse(raw) as PackageOrigin;
  } catch {
    return null;
  }
}

// Cycles with their packages (packages made outside a cycle come as cycle 0's), the logbook and the package origin.
export function teamOverview(store: Store): TeamOverview {
  const q = teamQueries(store);
  const packages = q.packages.all().map(toPackage);
  const cycles = q.cycles.all().map((r) => toCycle(r, packages));
  const loose = packages.filter((p) => p.cycleId === null);
  if (loose.length > 0) cycles.unshift({ id: 0, number: 0, title: 'Packages outside a cycle', status: 'open', note: '', createdAt: loose[0]?.createdAt ?? '', closedAt: null, packages: loose });
  const logbook = q.logbook.all().map(
    (r): LogbookEntry => ({ id: r.id, kind: r.kind, cycleNumber: r.cycle_number, coder: r.coder_name, summary: r.summary, detail: r.detail, createdAt: r.created_at }),
  );
  return { cycles, logbook, package: packageOrigin(store) };
}

// Starts the next cycle as one action.
export function startCycle(store: Store, input: { title: string; note?: string }): TeamCycle {
  const id = runAction(store, `Start team cycle ${input.title}`, (rec) => {
    const number = teamQueries(store).nextCycleNumber.get() ?? 1;
    const cycleId = rec.insert('team_cycles', { guid: store.newGuid(), number, title: input.title, status: 'open', note: input.note ?? '', created_at: store.now().toISOString(), closed_at: null });
    addLogEntry(rec, { kind: 'cycle', cycleId, summary: `Cycle ${number} started: ${input.title}`, detail: input.note ?? '' });
    return cycleId;
  });
  return getCycle(store, id);
}

// Closes a cycle as one action.
export function closeCycle(store: Store, id: number): TeamCycle {
  const cycle = getCycle(store, id);
  if (cycle.status === 'closed') return cycle;
  const returned = cycle.packages.filter((p) => p.returnedAt !== null).length;
  runAction(store, `Close team cycle ${cycle.title}`, (rec) => {
    rec.update('team_cycles', id, { status: 'closed', closed_at: store.now().toISOString() });
    addLogEntry(rec, { kind: 'cycle', cycleId: id, summary: `Cycle ${cycle.number} closed: ${returned} of ${cycle.packages.length} packages returned and merged` });
  });
  return getCycle(store, id);
}

// Adds a note of the lead's to the logbook (a decision taken in a meeting, say).
export function addNote(store: Store, input: { summary: string; detail?: string; cycleId?: number }): void {
  if (input.cycleId !== undefined) getCycle(store, input.cycleId);
  runAction(store, 'Add a logbook note', (rec) => addLogEntry(rec, { kind: 'note', summary: input.summary, detail: input.detail, cycleId: input.cycleId ?? null }));
}

// The open cycle a new package or merge belongs to when none is named (the latest open one), or null.
export function openCycleId(store: Store, requested: number | undefined): number | null {
  if (requested !== undefined) {
    const cycle = getCycle(store, requested);
    if (cycle.status === 'closed') throw new ApiError('CONFLICT', `Cycle ${cycle.number} is closed. Start a new cycle, or choose an open one.`);
    return cycle.id;
  }
  const open = teamQueries(store).cycles.all().filter((c) => c.status === 'open');
  return open[open.length - 1]?.id ?? null;
}
