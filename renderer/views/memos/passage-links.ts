// Links from a memo to a passage of a source: an ordinary link mark whose href names
// the source and the code-point range, "#passage/<sourceId>/<start>-<end>".

export interface PassageRef {
  sourceId: number;
  start: number;
  end: number;
}

const PATTERN = /^#passage\/(\d+)\/(\d+)-(\d+)$/;

// The href of a link to a passage.
export function passageHref(p: PassageRef): string {
  return `#passage/${p.sourceId}/${p.start}-${p.end}`;
}

// The passage a link points at, or null when the href is not a passage link.
export function parsePassageHref(href: string | null | undefined): PassageRef | null {
  const m = PATTERN.exec(href ?? '');
  if (!m) return null;
  const [sourceId, start, end] = [Number(m[1]), Number(m[2]), Number(m[3])];
  return end > start ? { sourceId, start, end } : null;
}

// The words a passage link shows: the passage quoted, shortened to about `max` characters.
export function passageLinkText(words: string, max = 60): string {
  const flat = words.replace(/\s+/gu, ' ').trim();
  return `“${flat.length > max ? `${flat.slice(0, max).trimEnd()}…` : flat}”`;
}
