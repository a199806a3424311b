// Matching a count in the UI's text exactly ("16 sources" but not "116 sources"), so a
// wait for a count never passes on a different number that merely ends the same way.

// A pattern for `n` followed by `noun` ("sources", "new"): not preceded by another digit, and
// not followed by a letter (list items may run together: "14 sources252 codings").
export function countOf(n: number, noun: string): RegExp {
  const escaped = noun.replace(/[.*+?^${}()|[\]\\]/g, '\\$&');
  return new RegExp(`(?<![\\d,.])${n} ${escaped}(?![A-Za-z])`);
}
