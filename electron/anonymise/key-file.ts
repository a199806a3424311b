// The register as a separate key file (what UK Data Service guidance says to keep apart
// from the data): CSV or JSON of real names and their replacements. It is never part of
// an export; writing it is logged. Also the warning a full .qdpx project export shows
// before writing, since that format carries real names by design.
import { ApiError } from '../../shared/errors.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import { caseQueries } from '../cases/queries.ts';
import { listRules, missingFromRegister } from './register.ts';
import { logRegister } from './overrides.ts';
import { checkExportPath, writeFileAtomic } from '../infra/atomic-write.ts';

function csvCell(value: string): string {
  // a leading = + - @ would run as a formula in a spreadsheet
  const safe = /^[=+\-@\t\r]/.test(value) ? `'${value}` : value;
  return /[",\n\r]/.test(safe) ? `"${safe.replace(/"/g, '""')}"` : safe;
}

// The register's rows as the key file holds them.
export function registerKeyRows(store: Store): string[][] {
  const header = ['kind', 'real name or identifier', 'replacement in output', 'pseudonym', 'case label', 'other spellings', 'case-sensitive', 'added'];
  const rows = listRules(store).map((r) => [r.kind, r.realText, `[${r.replacement}]`, r.pseudonym, r.caseLabel ?? '', r.variants.join('; '), r.caseSensitive ? 'yes' : 'no', r.createdAt.slice(0, 10)]);
  return [header, ...rows];
}

// Writes the key file (.csv or .json) atomically and logs that it was written.
export function exportRegisterKey(store: Store, path: string, overwrite: boolean): { path: string; entries: number; bytes: number } {
  checkExportPath(path, ['.csv', '.json'], overwrite);
  const rows = registerKeyRows(store);
  const body = path.toLowerCase().endsWith('.json')
    ? `${JSON.stringify(
        rows.slice(1).map((r) => Object.fromEntries((rows[0] ?? []).map((h, i) => [h, r[i] ?? '']))),
        null,
        2,
      )}\n`
    : `\ufeff${rows.map((r) => r.map(csvCell).join(',')).join('\r\n')}\r\n`;
  const bytes = writeFileAtomic(path, new TextEncoder().encode(body));
  if (!store.readOnly) runAction(store, 'Export the register key', (rec) => logRegister(rec, 'key-exported', `The register key (${rows.length - 1} entries) was written to a separate file.`));
  return { path, entries: rows.length - 1, bytes };
}

export interface RealNamesWarning {
  cases: number;
  registerEntries: number;
  // entries the export's matching would add (cases and organisations not in the register)
  unregistered: number;
  message: string;
}

// What a full project export (.qdpx) must tell the researcher before writing: it carries real names.
export function realNamesWarning(store: Store): RealNamesWarning {
  const cases = caseQueries(store).count.get() ?? 0;
  const registerEntries = listRules(store).length;
  const missing = missingFromRegister(store);
  const unregistered = missing.cases.length + missing.organisations.length;
  if (cases + registerEntries === 0) return { cases, registerEntries, unregistered, message: 'This project holds no participants or register entries.' };
  return {
    cases,
    registerEntries,
    unregistered,
    message: `A full project file (.qdpx) carries real names by design: the real names of ${cases} participant${cases === 1 ? '' : 's'} and the sources as transcribed${registerEntries > 0 ? `, and ${registerEntries} register entr${registerEntries === 1 ? 'y' : 'ies'} are NOT applied` : ''}. Share it only with people allowed to see the identifiable data (a supervisor under your ethics approval), never as an anonymised dataset. For anonymised output use the Word, CSV or XLSX exports.`,
  };
}

// Throws unless the caller confirmed the real-names warning (for exporters that take a flag).
export function requireRealNamesConfirmation(confirmed: boolean, store: Store): void {
  if (!confirmed) throw new ApiError('BAD_INPUT', `${realNamesWarning(store).message} Confirm to write it.`);
}
