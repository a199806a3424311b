// Refusing an export that the leak check finds a real name in (tables, diagrams).
import type { LeakReport } from '../../shared/anonymise/leak-scan.ts';
import { ApiError } from '../../shared/errors.ts';

// Blocks an anonymised export in which the leak check still finds a real name.
export function refuseLeaks(report: LeakReport): void {
  if (report.total === 0) return;
  const listed = report.hits.slice(0, 5).map((h) => `${h.where}: "${h.found}"`).join('; ');
  throw new ApiError(
    'CONFLICT',
    `The export was blocked: ${report.total} real name${report.total === 1 ? '' : 's'} found (${listed}). Nothing was written. Add the name to the anonymisation register or change the text, and export again.`,
    { leaks: report.hits },
  );
}
