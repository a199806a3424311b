// Keeping an imported file's GUIDs: a new row takes the file's GUID when its table does not have it yet.
import type { ActionRecorder, UndoableTable } from '../db/undo-log.ts';
import { guidTaken } from './queries.ts';

const GUID_TABLES = new Set<UndoableTable>(['coders', 'nodes', 'attributes', 'cases', 'sources', 'codings', 'memos', 'exchange_references', 'projects', 'organisations', 'diagrams', 'diagram_systems', 'diagram_components', 'tensions']);

// A GUID for a new row: the plan's when the table does not have it yet, else a fresh one.
export function freshGuid(rec: ActionRecorder, table: UndoableTable, wanted: string | null): string {
  if (wanted !== null && GUID_TABLES.has(table) && !guidTaken(rec.store, table, wanted)) return wanted;
  return rec.store.newGuid();
}

