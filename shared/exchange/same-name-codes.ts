// Codable codes that share a name, found before a .qdpx export. QualCoder matches codes by
// name: its code_name table has unique(name) (SQLite's default, case-sensitive comparison,
// no trimming), and RefiImport.sub_codes (QualCoder src/qualcoder/refi.py), on the
// IntegrityError of a second code with a taken name, reuses the first code's cid for the
// children but never records the second code's GUID, so load_codings_for_text finds no code
// for its codings and stores them with cid NULL. Categories (isCodable="false") go to
// code_cat, a table of their own, so a category may share a code's name safely.
import type { SameNameCodes } from '../model/exchange.ts';

export interface NamedCode {
  name: string;
  path: string;
  codingCount: number;
  isCodable?: boolean;
}

// The groups of codable codes with exactly the same name, in export (codebook) order: QualCoder keeps the first of each.
export function sameNameCodes(nodes: readonly NamedCode[]): SameNameCodes[] {
  const byName = new Map<string, NamedCode[]>();
  for (const n of nodes) {
    if (n.isCodable === false) continue;
    byName.set(n.name, [...(byName.get(n.name) ?? []), n]);
  }
  return [...byName.values()]
    .filter((group) => group.length > 1)
    .map((group) => ({
      name: group[0]?.name ?? '',
      paths: group.map((n) => n.path),
      // the codings of every code after the first, which QualCoder would keep without a code
      codingsAtRisk: group.slice(1).reduce((sum, n) => sum + n.codingCount, 0),
    }));
}

// The warning about them, one sentence and a line per name (none: null).
export function sameNameWarning(groups: readonly SameNameCodes[]): string | null {
  if (groups.length === 0) return null;
  const atRisk = groups.reduce((sum, g) => sum + g.codingsAtRisk, 0);
  const lines = groups.map((g) => `“${g.name}”: ${g.paths.join('; ')}`);
  return [
    `${groups.length === 1 ? 'Two or more codes share a name' : `${groups.length} names are shared by two or more codes`}. QualCoder matches codes by name: it keeps the first code of each name and imports the codings of the others (${atRisk} coding${atRisk === 1 ? '' : 's'}) without a code. Rename them before exporting for QualCoder (NVivo, ATLAS.ti and MAXQDA match codes by their GUID and are not affected).`,
    ...lines,
  ].join('\n');
}
