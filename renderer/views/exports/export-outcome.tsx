// What an export did: written (with its warnings), or blocked with every leak listed.
import type { ExportOutcome } from '../../../shared/model/anonymise.ts';

// Shows the outcome of the last export.
export function ExportOutcomeView({ outcome }: { outcome: ExportOutcome | null }) {
  if (!outcome) return null;
  if (outcome.written) {
    return (
      <div className="exports-written" role="status">
        <p>
          Wrote <strong>{outcome.path}</strong> ({outcome.extracts} items, {outcome.replacements} names replaced). Every part of it was checked for real names.
        </p>
        {outcome.warnings.length > 0 ? (
          <ul className="exports-warnings" aria-label="Export warnings">
            {outcome.warnings.map((w) => (
              <li key={w}>{w}</li>
            ))}
          </ul>
        ) : null}
      </div>
    );
  }
  return (
    <div className="exports-blocked" role="alert" aria-labelledby="exports-blocked-heading">
      <h3 id="exports-blocked-heading">Export blocked: real names found</h3>
      <p>{outcome.message}</p>
      <table className="exports-leaks" aria-label="Real names found">
        <thead>
          <tr>
            <th scope="col">Where</th>
            <th scope="col">Found</th>
            <th scope="col">Register entry</th>
            <th scope="col">Context</th>
          </tr>
        </thead>
        <tbody>
          {outcome.leaks.map((l, i) => (
            <tr key={`${l.where}-${i}`}>
              <td>{l.where}</td>
              <td>
                <strong>{l.found}</strong>
              </td>
              <td>{l.ruleText}</td>
              <td className="exports-context">{l.context}</td>
            </tr>
          ))}
        </tbody>
      </table>
      {outcome.leakTotal > outcome.leaks.length ? <p>… and {outcome.leakTotal - outcome.leaks.length} more.</p> : null}
    </div>
  );
}
