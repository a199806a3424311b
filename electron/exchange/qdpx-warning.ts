// The warning shown before a full .qdpx export is written: the real-names warning every
// identifiable export gives (anonymise-key.ts), what this file will hold, and codes QualCoder
// would confuse because they share a name.
import { qdpxContents } from '../../shared/exchange/export-warning.ts';
import { sameNameCodes } from '../../shared/exchange/same-name-codes.ts';
import type { SameNameCodes } from '../../shared/model/exchange.ts';
import { listNodes } from '../codebook/codebook.ts';
import type { Store } from '../db/store.ts';
import { realNamesWarning } from '../anonymise/key-file.ts';
import { exportCounts } from './qdpx-counts.ts';

// The text to show (UI) or print (CLI) before writing a .qdpx of the project.
export function qdpxWarning(store: Store): string {
  return `${realNamesWarning(store).message} ${qdpxContents(exportCounts(store))}`;
}

// Codable codes that share a name (QualCoder would lose the codings of all but the first of each).
export function qdpxSameNameCodes(store: Store): SameNameCodes[] {
  return sameNameCodes(listNodes(store));
}
