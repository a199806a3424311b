// The warning shown before a full .qdpx export is written: the real-names warning every
// identifiable export gives (anonymise-key.ts), and what this file will hold.
import { qdpxContents } from '../../shared/exchange/export-warning.ts';
import type { Store } from '../db/store.ts';
import { realNamesWarning } from '../anonymise/key-file.ts';
import { exportCounts } from './qdpx-counts.ts';

// The text to show (UI) or print (CLI) before writing a .qdpx of the project.
export function qdpxWarning(store: Store): string {
  return `${realNamesWarning(store).message} ${qdpxContents(exportCounts(store))}`;
}
