// The warning before a .qdpx export when codable codes share a name: QualCoder matches codes
// by name and would import the codings of all but the first without a code
// (shared/exchange/same-name-codes.ts). The export waits until "Export anyway" is ticked.
import type { SameNameCodes } from '../../../shared/model/exchange.ts';
import { formatCount } from '../../format.ts';

export interface SameNameWarningProps {
  groups: readonly SameNameCodes[];
  anyway: boolean;
  onAnyway(anyway: boolean): void;
}

// The codes sharing a name, and the choice to export all the same.
export function SameNameWarning({ groups, anyway, onAnyway }: SameNameWarningProps) {
  const atRisk = groups.reduce((sum, g) => sum + g.codingsAtRisk, 0);
  return (
    <div className="exchange-warning" role="group" aria-labelledby="same-name-codes-heading">
      <p id="same-name-codes-heading">
        <strong>Codes with the same name.</strong> QualCoder matches codes by name: it keeps the first code of each name below and imports the codings of the others ({formatCount(atRisk, 'coding')}) without a code.
        Rename them on the Codebook screen before exporting for QualCoder. NVivo, ATLAS.ti and MAXQDA match codes by their GUID and are not affected.
      </p>
      <ul className="exchange-same-names">
        {groups.map((g) => (
          <li key={g.name}>
            “{g.name}”: {g.paths.join('; ')}
          </li>
        ))}
      </ul>
      <label>
        <input type="checkbox" checked={anyway} onChange={(e) => onAnyway(e.target.checked)} /> Export anyway
      </label>
    </div>
  );
}
