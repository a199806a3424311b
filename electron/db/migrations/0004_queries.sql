-- Retrieval and queries: saved queries, framework matrices (cases x nodes with
-- a researcher's summary per cell, linked to the references it summarises), and indexes
-- for the node view and matrix. All tables are undoable (deleted explicitly, no cascade).

CREATE TABLE saved_queries (
  id              INTEGER PRIMARY KEY,
  guid            TEXT NOT NULL UNIQUE,
  name            TEXT NOT NULL UNIQUE COLLATE NOCASE,
  kind            TEXT NOT NULL CHECK (kind IN ('node', 'search', 'matrix', 'cooccurrence', 'words')),
  definition_json TEXT NOT NULL,
  created_at      TEXT NOT NULL,
  updated_at      TEXT NOT NULL
) STRICT;

CREATE TABLE framework_matrices (
  id                  INTEGER PRIMARY KEY,
  guid                TEXT NOT NULL UNIQUE,
  name                TEXT NOT NULL UNIQUE COLLATE NOCASE,
  case_ids_json       TEXT NOT NULL DEFAULT '[]',
  node_ids_json       TEXT NOT NULL DEFAULT '[]',
  include_descendants INTEGER NOT NULL DEFAULT 1 CHECK (include_descendants IN (0, 1)),
  created_at          TEXT NOT NULL,
  updated_at          TEXT NOT NULL
) STRICT;

-- case_id, node_id and the coding ids carry no foreign keys on purpose: cases, nodes and
-- codings are deleted by core services that do not know this table (a key would block
-- them). Cells of deleted cases or nodes are not shown, and links to deleted codings are
-- reported as missing (undoing the deletion brings them back, with the same ids).
CREATE TABLE framework_cells (
  id              INTEGER PRIMARY KEY,
  guid            TEXT NOT NULL UNIQUE,
  framework_id    INTEGER NOT NULL REFERENCES framework_matrices(id) ON DELETE RESTRICT,
  case_id         INTEGER NOT NULL,
  node_id         INTEGER NOT NULL,
  summary         TEXT NOT NULL DEFAULT '',
  coding_ids_json TEXT NOT NULL DEFAULT '[]',
  updated_at      TEXT NOT NULL,
  UNIQUE (framework_id, case_id, node_id)
) STRICT;

-- the node view and matrix read a node's codings in source and text order
CREATE INDEX codings_by_node_source ON codings (node_id, source_id, start);
-- restricting searches and word use to cases
CREATE INDEX segments_by_case ON segments (case_id);
