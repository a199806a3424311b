// Every SQL statement on the project's own tables: project_settings and coders, and the
// project's counts of its main entities.
import type { ProjectStats } from '../../shared/model/entities.ts';
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { CoderRow } from '../db/table-rows.ts';

// A coder as the app shows them.
type CoderListRow = Pick<CoderRow, 'id' | 'guid' | 'name' | 'initials'>;

const CODER_SQL = 'SELECT id, guid, name, initials FROM coders';

// The statements, prepared once per connection.
export const projectQueries = defineQueries({
  setting: values<string, [key: string]>('SELECT value FROM project_settings WHERE key = ?'),
  settingRowid: values<number, [key: string]>('SELECT rowid FROM project_settings WHERE key = ?'),
  stats: rows<ProjectStats>(
    `SELECT (SELECT count(*) FROM sources) AS sources, (SELECT count(*) FROM segments) AS segments, (SELECT count(*) FROM cases) AS cases,
            (SELECT count(*) FROM nodes) AS nodes, (SELECT count(*) FROM codings) AS codings, (SELECT count(*) FROM memos) AS memos`,
  ),
  coders: rows<CoderListRow>(`${CODER_SQL} ORDER BY name`),
  coder: rows<CoderListRow, [id: number]>(`${CODER_SQL} WHERE id = ?`),
  coderNamed: rows<CoderListRow, [name: string, initials: string]>(`${CODER_SQL} WHERE lower(name) = lower(?) AND initials = ?`),
  coderExists: values<1, [id: number]>('SELECT 1 FROM coders WHERE id = ?'),
  initialsTaken: values<1, [initials: string]>('SELECT 1 FROM coders WHERE initials = ?'),
  coderId: values<number, [initials: string, name: string]>('SELECT id FROM coders WHERE initials = ? AND name = ?'),
});
