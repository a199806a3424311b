// What a Word or OpenDocument reader left out of the text, counted exactly, and the warning
// that says so. Hidden text (Word's "hidden" font effect, OpenDocument's display none and
// hidden paragraphs) is never imported: a name the researcher never saw in the document must
// not end up in extracts.

export interface LeftOut {
  footnotes: number;
  endnotes: number;
  comments: number;
  // headers and footers that hold text
  headers: number;
  footers: number;
  // runs or spans of hidden text, and hidden paragraphs or sections
  hidden: number;
}

// Nothing left out yet.
export function noneLeftOut(): LeftOut {
  return { footnotes: 0, endnotes: 0, comments: 0, headers: 0, footers: 0, hidden: 0 };
}

function counted(n: number, one: string, many: string): string | null {
  if (n === 0) return null;
  return n === 1 ? `1 ${one}` : `${n} ${many}`;
}

// The warnings for what was left out: hidden text first (it may hold what the researcher never saw), then the rest.
export function leftOutWarnings(left: LeftOut): string[] {
  const warnings: string[] = [];
  if (left.hidden > 0) {
    warnings.push(
      `${left.hidden === 1 ? '1 piece of hidden text was' : `${left.hidden} pieces of hidden text were`} left out: text the document hides from view (it may hold names you never saw). Open the original to see it.`,
    );
  }
  const parts = [
    counted(left.footnotes, 'footnote', 'footnotes'),
    counted(left.endnotes, 'endnote', 'endnotes'),
    counted(left.comments, 'comment', 'comments'),
    counted(left.headers, 'header', 'headers'),
    counted(left.footers, 'footer', 'footers'),
  ].filter((p): p is string => p !== null);
  if (parts.length > 0) warnings.push(`Left out of the text: ${parts.length === 1 ? parts[0] : `${parts.slice(0, -1).join(', ')} and ${parts[parts.length - 1]}`}.`);
  return warnings;
}
