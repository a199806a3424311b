-- Team coding: who made each memo and node change, the team's cycles, the coding packages
-- handed out, the merges of coders' work, the logbook of all of it, and the decisions of the
-- review of disagreements. Every table is undoable (deleted explicitly, no cascade).
-- Sources and nodes are named without foreign keys where a core service that does not know
-- these tables may delete them (a key would block it); coders are never deleted.

-- memos: the coder who wrote a memo and the one who changed it last
ALTER TABLE memos ADD COLUMN coder_id INTEGER REFERENCES coders(id) ON DELETE RESTRICT;
ALTER TABLE memos ADD COLUMN modified_by INTEGER REFERENCES coders(id) ON DELETE RESTRICT;
-- nodes: the coder who added a node and the one who changed it last
ALTER TABLE nodes ADD COLUMN coder_id INTEGER REFERENCES coders(id) ON DELETE RESTRICT;
ALTER TABLE nodes ADD COLUMN modified_by INTEGER REFERENCES coders(id) ON DELETE RESTRICT;

-- agreement and the coding view read one coder's codings of a source
CREATE INDEX codings_by_coder ON codings (coder_id, source_id, start);

-- A round of team work: the lead hands out packages, members code, the lead merges.
CREATE TABLE team_cycles (
  id         INTEGER PRIMARY KEY,
  guid       TEXT NOT NULL UNIQUE,
  number     INTEGER NOT NULL UNIQUE,
  title      TEXT NOT NULL,
  status     TEXT NOT NULL DEFAULT 'open' CHECK (status IN ('open', 'closed')),
  note       TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL,
  closed_at  TEXT
) STRICT;

-- A coding package made for a member: which sources, with or without the codings, anonymised or not.
CREATE TABLE team_packages (
  id                INTEGER PRIMARY KEY,
  guid              TEXT NOT NULL UNIQUE,
  cycle_id          INTEGER REFERENCES team_cycles(id) ON DELETE RESTRICT,
  coder_id          INTEGER REFERENCES coders(id) ON DELETE RESTRICT,
  file_name         TEXT NOT NULL,
  format            TEXT NOT NULL CHECK (format IN ('alens', 'qdpx')),
  with_codings      INTEGER NOT NULL CHECK (with_codings IN (0, 1)),
  anonymised        INTEGER NOT NULL CHECK (anonymised IN (0, 1)),
  source_guids_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(source_guids_json)),
  instructions      TEXT NOT NULL DEFAULT '',
  created_at        TEXT NOT NULL,
  returned_at       TEXT
) STRICT;
CREATE INDEX team_packages_by_cycle ON team_packages (cycle_id);

-- A merge of another coder's file: what came in and what could not be placed.
CREATE TABLE team_merges (
  id            INTEGER PRIMARY KEY,
  guid          TEXT NOT NULL UNIQUE,
  cycle_id      INTEGER REFERENCES team_cycles(id) ON DELETE RESTRICT,
  package_id    INTEGER REFERENCES team_packages(id) ON DELETE RESTRICT,
  file_name     TEXT NOT NULL,
  file_hash     TEXT NOT NULL,
  format        TEXT NOT NULL CHECK (format IN ('alens', 'qdpx')),
  counts_json   TEXT NOT NULL DEFAULT '{}' CHECK (json_valid(counts_json)),
  unplaced_json TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(unplaced_json)),
  created_at    TEXT NOT NULL
) STRICT;
CREATE INDEX team_merges_by_hash ON team_merges (file_hash);

-- The team logbook: who did what when, what came in, what was decided.
CREATE TABLE team_logbook (
  id         INTEGER PRIMARY KEY,
  guid       TEXT NOT NULL UNIQUE,
  kind       TEXT NOT NULL CHECK (kind IN ('cycle', 'package', 'merge', 'adjudication', 'note')),
  cycle_id   INTEGER REFERENCES team_cycles(id) ON DELETE RESTRICT,
  coder_id   INTEGER REFERENCES coders(id) ON DELETE RESTRICT,
  summary    TEXT NOT NULL,
  detail     TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX team_logbook_by_time ON team_logbook (created_at, id);

-- A decision of the review: one disagreement (a passage of a source at a node between two
-- coders) and the coding agreed for it (code-point ranges as JSON [[start, end], ...]),
-- written under the consensus coder.
CREATE TABLE team_decisions (
  id                 INTEGER PRIMARY KEY,
  guid               TEXT NOT NULL UNIQUE,
  source_id          INTEGER NOT NULL,
  node_id            INTEGER NOT NULL,
  start              INTEGER NOT NULL CHECK (start >= 0),
  end                INTEGER NOT NULL CHECK (end > start),
  coder_a            INTEGER NOT NULL REFERENCES coders(id) ON DELETE RESTRICT,
  coder_b            INTEGER NOT NULL REFERENCES coders(id) ON DELETE RESTRICT,
  decision           TEXT NOT NULL CHECK (decision IN ('keep-a', 'keep-b', 'keep-both', 'keep-neither')),
  consensus_coder_id INTEGER NOT NULL REFERENCES coders(id) ON DELETE RESTRICT,
  ranges_json        TEXT NOT NULL DEFAULT '[]' CHECK (json_valid(ranges_json)),
  created_at         TEXT NOT NULL,
  UNIQUE (source_id, node_id, start, end, coder_a, coder_b)
) STRICT;
