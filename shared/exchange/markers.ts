// Activity-theory information REFI-QDA has no element for (a node's components and
// question, our case and source fields, diagram data) travels in descriptions and
// notes as marker lines "[activity-lens key=value]", which other programs show as
// text and our importer reads back (and removes from the text it keeps).

const MARKER_LINE = /^\[activity-lens ([a-z][a-z-]*)=([^\]\n]*)\]$/;

// One marker line.
export function markerLine(key: string, value: string): string {
  return `[activity-lens ${key}=${value.replace(/[\]\n]/g, ' ')}]`;
}

// A description with marker lines appended after the human text.
export function withMarkers(text: string, markers: readonly (readonly [string, string])[]): string {
  const lines = markers.map(([k, v]) => markerLine(k, v));
  if (lines.length === 0) return text;
  return text.trim() === '' ? lines.join('\n') : `${text}\n\n${lines.join('\n')}`;
}

// Splits a description into its human text and its markers (key -> values, in order).
export function readMarkers(description: string | undefined): { text: string; markers: Map<string, string[]> } {
  const markers = new Map<string, string[]>();
  if (!description) return { text: description ?? '', markers };
  const kept: string[] = [];
  for (const line of description.split('\n')) {
    const match = MARKER_LINE.exec(line.trim());
    if (match?.[1] !== undefined && match[2] !== undefined) {
      const list = markers.get(match[1]) ?? [];
      list.push(match[2]);
      markers.set(match[1], list);
    } else kept.push(line);
  }
  return { text: kept.join('\n').trim(), markers };
}

// The first value of a marker, or null.
export function markerValue(markers: Map<string, string[]>, key: string): string | null {
  return markers.get(key)?.[0] ?? null;
}
