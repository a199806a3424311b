-- The coding workspace: the objectives x questions alignment matrix.
-- Research objectives are the rows; the six questions of METHOD.md are the columns;
-- each cell holds free text. Both tables are undoable (deleted explicitly, no cascade).

CREATE TABLE alignment_objectives (
  id         INTEGER PRIMARY KEY,
  guid       TEXT NOT NULL UNIQUE,
  title      TEXT NOT NULL,
  sort_order INTEGER NOT NULL DEFAULT 0,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX alignment_objectives_by_order ON alignment_objectives (sort_order, id);

CREATE TABLE alignment_cells (
  id           INTEGER PRIMARY KEY,
  guid         TEXT NOT NULL UNIQUE,
  objective_id INTEGER NOT NULL REFERENCES alignment_objectives(id) ON DELETE RESTRICT,
  question     INTEGER NOT NULL CHECK (question BETWEEN 1 AND 6),
  text         TEXT NOT NULL,
  UNIQUE (objective_id, question)
) STRICT;
