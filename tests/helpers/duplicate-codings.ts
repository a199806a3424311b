// Gives a project file the duplicate codings an older version or an import could leave:
// for each of the first codings with a coder, a second coding by the same coder at the
// same node, written straight into the file (never joined to its neighbour).
import { rawDatabase } from './raw-database.ts';

// Adds `count` copies (the last one moved on by `shift` code points, so it overlaps rather
// than repeats); returns how many codings the file holds after.
export function addDuplicateCodings(path: string, count: number, shift = 5): number {
  const db = rawDatabase(path);
  try {
    const picked = db.prepare('SELECT source_id, node_id, start, end, coder_id FROM codings WHERE coder_id IS NOT NULL AND end - start > ? ORDER BY id LIMIT ?').all(shift, count) as { source_id: number; node_id: number; start: number; end: number; coder_id: number }[];
    const insert = db.prepare("INSERT INTO codings (guid, source_id, node_id, start, end, coder_id, created_at) VALUES (?, ?, ?, ?, ?, ?, '2030-01-01T00:00:00.000Z')");
    picked.forEach((c, i) => {
      const by = i === picked.length - 1 ? shift : 0;
      insert.run(`00000000-0000-4000-8000-d0b1e${String(i).padStart(7, '0')}`, c.source_id, c.node_id, c.start + by, c.end + by, c.coder_id);
    });
    return Number(db.prepare('SELECT count(*) FROM codings').pluck().get());
  } finally {
    db.close();
  }
}
