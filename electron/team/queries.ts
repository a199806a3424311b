// Every SQL statement on the team tables: cycles, packages, merges, the logbook and the
// review's decisions.
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { CoderRow, TeamCycleRow, TeamDecisionRow, TeamLogbookRow, TeamMergeRow, TeamPackageRow } from '../db/table-rows.ts';

// A package with the coder it was made for.
export type PackageListRow = TeamPackageRow & { coder_name: string | null; coder_initials: string | null };

// A logbook entry with who made it and in which cycle.
export type LogbookListRow = TeamLogbookRow & { coder_name: string | null; cycle_number: number | null };

// The statements, prepared once per connection.
export const teamQueries = defineQueries({
  cycles: rows<TeamCycleRow>('SELECT * FROM team_cycles ORDER BY number'),
  cycle: rows<TeamCycleRow, [id: number]>('SELECT * FROM team_cycles WHERE id = ?'),
  nextCycleNumber: values<number>('SELECT coalesce(max(number), 0) + 1 FROM team_cycles'),
  packages: rows<PackageListRow>(
    `SELECT p.*, k.name AS coder_name, k.initials AS coder_initials FROM team_packages p LEFT JOIN coders k ON k.id = p.coder_id ORDER BY p.created_at, p.id`,
  ),
  packageByGuid: rows<TeamPackageRow, [guid: string]>('SELECT * FROM team_packages WHERE guid = ?'),
  mergeByHash: rows<TeamMergeRow, [hash: string]>('SELECT * FROM team_merges WHERE file_hash = ? ORDER BY id LIMIT 1'),
  logbook: rows<LogbookListRow>(
    `SELECT l.*, k.name AS coder_name, c.number AS cycle_number FROM team_logbook l
     LEFT JOIN coders k ON k.id = l.coder_id LEFT JOIN team_cycles c ON c.id = l.cycle_id ORDER BY l.created_at, l.id`,
  ),
  // the decisions of the review between two coders (in either order)
  decisionsOfPair: rows<TeamDecisionRow, [a: number, b: number, b2: number, a2: number]>(
    'SELECT * FROM team_decisions WHERE (coder_a = ? AND coder_b = ?) OR (coder_a = ? AND coder_b = ?) ORDER BY source_id, start, node_id',
  ),
  decisionsAmong: rows<TeamDecisionRow, { coderIdsJson: string }>(
    'SELECT * FROM team_decisions WHERE coder_a IN (SELECT value FROM json_each(@coderIdsJson)) AND coder_b IN (SELECT value FROM json_each(@coderIdsJson))',
  ),
  decision: rows<TeamDecisionRow, [id: number]>('SELECT * FROM team_decisions WHERE id = ?'),
  decisionAt: rows<TeamDecisionRow, { sourceId: number; nodeId: number; start: number; end: number; a: number; b: number }>(
    `SELECT * FROM team_decisions WHERE source_id = @sourceId AND node_id = @nodeId AND start = @start AND end = @end
     AND ((coder_a = @a AND coder_b = @b) OR (coder_a = @b AND coder_b = @a))`,
  ),
  coderByName: rows<Pick<CoderRow, 'id' | 'name' | 'initials'>, [name: string]>('SELECT id, name, initials FROM coders WHERE lower(name) = lower(?) ORDER BY id LIMIT 1'),
});
