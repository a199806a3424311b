-- The core of the domain. Later issues add their own tables in new migrations.
-- Undoable entities use ON DELETE RESTRICT so a service must delete children
-- explicitly (and record them in the undo log) rather than lose them to a cascade.

CREATE TABLE project_settings (
  key   TEXT PRIMARY KEY,
  value TEXT NOT NULL
) STRICT;

CREATE TABLE coders (
  id         INTEGER PRIMARY KEY,
  guid       TEXT NOT NULL UNIQUE,
  name       TEXT NOT NULL,
  initials   TEXT NOT NULL DEFAULT '',
  created_at TEXT NOT NULL
) STRICT;

CREATE TABLE projects (
  id          INTEGER PRIMARY KEY,
  guid        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL UNIQUE,
  title       TEXT NOT NULL DEFAULT '',
  funder      TEXT NOT NULL DEFAULT '',
  description TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE organisations (
  id            INTEGER PRIMARY KEY,
  guid          TEXT NOT NULL UNIQUE,
  name          TEXT NOT NULL,
  project_id    INTEGER REFERENCES projects(id) ON DELETE RESTRICT,
  partner_role  TEXT CHECK (partner_role IN ('lead', 'partner', 'external', 'other')),
  provider_type TEXT,
  region        TEXT
) STRICT;

CREATE TABLE classifications (
  id          INTEGER PRIMARY KEY,
  guid        TEXT NOT NULL UNIQUE,
  name        TEXT NOT NULL UNIQUE,
  description TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE attributes (
  id           INTEGER PRIMARY KEY,
  guid         TEXT NOT NULL UNIQUE,
  applies_to   TEXT NOT NULL CHECK (applies_to IN ('case', 'source')),
  name         TEXT NOT NULL,
  value_type   TEXT NOT NULL DEFAULT 'text' CHECK (value_type IN ('text', 'number', 'date', 'boolean', 'choice')),
  choices_json TEXT NOT NULL DEFAULT '[]',
  sort_order   INTEGER NOT NULL DEFAULT 0,
  UNIQUE (applies_to, name)
) STRICT;

CREATE TABLE cases (
  id                INTEGER PRIMARY KEY,
  guid              TEXT NOT NULL UNIQUE,
  label             TEXT NOT NULL,
  real_name         TEXT NOT NULL,
  role              TEXT NOT NULL DEFAULT '',
  job_title         TEXT NOT NULL DEFAULT '',
  organisation_id   INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
  classification_id INTEGER REFERENCES classifications(id) ON DELETE RESTRICT,
  description       TEXT NOT NULL DEFAULT '',
  created_at        TEXT NOT NULL
) STRICT;

CREATE TABLE case_attribute_values (
  case_id      INTEGER NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
  attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE RESTRICT,
  value        TEXT NOT NULL,
  PRIMARY KEY (case_id, attribute_id)
) STRICT;

CREATE TABLE sources (
  id               INTEGER PRIMARY KEY,
  guid             TEXT NOT NULL UNIQUE,
  kind             TEXT NOT NULL CHECK (kind IN ('transcript', 'evaluator report', 'other')),
  name             TEXT NOT NULL,
  text             TEXT NOT NULL,
  word_count       INTEGER NOT NULL DEFAULT 0,
  revision         INTEGER NOT NULL DEFAULT 0,
  origin_format    TEXT NOT NULL,
  origin_file_name TEXT,
  origin_hash      TEXT,
  imported_at      TEXT NOT NULL,
  interview_date   TEXT,
  round            INTEGER,
  mode             TEXT CHECK (mode IN ('face to face', 'telephone', 'video')),
  media_path       TEXT,
  description      TEXT NOT NULL DEFAULT ''
) STRICT;

CREATE TABLE source_attribute_values (
  source_id    INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
  attribute_id INTEGER NOT NULL REFERENCES attributes(id) ON DELETE RESTRICT,
  value        TEXT NOT NULL,
  PRIMARY KEY (source_id, attribute_id)
) STRICT;

CREATE TABLE source_cases (
  source_id INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
  case_id   INTEGER NOT NULL REFERENCES cases(id) ON DELETE RESTRICT,
  PRIMARY KEY (source_id, case_id)
) STRICT;

-- Speaker turns, paragraphs, headings and table rows: half-open code-point ranges of the source text.
CREATE TABLE segments (
  id             INTEGER PRIMARY KEY,
  guid           TEXT NOT NULL UNIQUE,
  source_id      INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
  seq            INTEGER NOT NULL,
  kind           TEXT NOT NULL CHECK (kind IN ('turn', 'paragraph', 'heading', 'table-row')),
  start          INTEGER NOT NULL CHECK (start >= 0),
  end            INTEGER NOT NULL CHECK (end >= start),
  speaker_label  TEXT,
  label_start    INTEGER,
  label_end      INTEGER,
  timestamp      TEXT,
  case_id        INTEGER REFERENCES cases(id) ON DELETE RESTRICT,
  is_interviewer INTEGER NOT NULL DEFAULT 0 CHECK (is_interviewer IN (0, 1))
) STRICT;
CREATE INDEX segments_by_source ON segments (source_id, start);

CREATE TABLE nodes (
  id          INTEGER PRIMARY KEY,
  guid        TEXT NOT NULL UNIQUE,
  parent_id   INTEGER REFERENCES nodes(id) ON DELETE RESTRICT,
  name        TEXT NOT NULL,
  description TEXT NOT NULL DEFAULT '',
  color       TEXT NOT NULL DEFAULT '#888888',
  question    INTEGER CHECK (question BETWEEN 1 AND 6),
  sort_order  INTEGER NOT NULL DEFAULT 0,
  created_at  TEXT NOT NULL
) STRICT;
CREATE INDEX nodes_by_parent ON nodes (parent_id, sort_order);

CREATE TABLE node_components (
  node_id   INTEGER NOT NULL REFERENCES nodes(id) ON DELETE RESTRICT,
  component TEXT NOT NULL CHECK (component IN ('subject', 'object', 'outcome', 'tools', 'rules', 'community', 'division-of-labour')),
  PRIMARY KEY (node_id, component)
) STRICT;

CREATE TABLE codings (
  id         INTEGER PRIMARY KEY,
  guid       TEXT NOT NULL UNIQUE,
  source_id  INTEGER NOT NULL REFERENCES sources(id) ON DELETE RESTRICT,
  node_id    INTEGER NOT NULL REFERENCES nodes(id) ON DELETE RESTRICT,
  start      INTEGER NOT NULL CHECK (start >= 0),
  end        INTEGER NOT NULL CHECK (end >= start),
  coder_id   INTEGER REFERENCES coders(id) ON DELETE RESTRICT,
  created_at TEXT NOT NULL
) STRICT;
CREATE INDEX codings_by_source ON codings (source_id, start);
CREATE INDEX codings_by_node ON codings (node_id);

CREATE TABLE memos (
  id           INTEGER PRIMARY KEY,
  guid         TEXT NOT NULL UNIQUE,
  target_kind  TEXT NOT NULL CHECK (target_kind IN ('project', 'source', 'node', 'coding', 'case', 'diagram')),
  target_id    INTEGER,
  title        TEXT NOT NULL DEFAULT '',
  content_json TEXT NOT NULL,
  plain_text   TEXT NOT NULL,
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;
CREATE INDEX memos_by_target ON memos (target_kind, target_id);

-- Real names and identifiers and what replaces them in every export.
CREATE TABLE anonymisation_rules (
  id             INTEGER PRIMARY KEY,
  guid           TEXT NOT NULL UNIQUE,
  kind           TEXT NOT NULL CHECK (kind IN ('person', 'organisation', 'place', 'other')),
  real_text      TEXT NOT NULL,
  replacement    TEXT NOT NULL,
  case_id        INTEGER REFERENCES cases(id) ON DELETE RESTRICT,
  organisation_id INTEGER REFERENCES organisations(id) ON DELETE RESTRICT,
  case_sensitive INTEGER NOT NULL DEFAULT 0 CHECK (case_sensitive IN (0, 1)),
  variants_json  TEXT NOT NULL DEFAULT '[]',
  created_at     TEXT NOT NULL
) STRICT;

CREATE TABLE diagrams (
  id           INTEGER PRIMARY KEY,
  guid         TEXT NOT NULL UNIQUE,
  generation   INTEGER NOT NULL CHECK (generation IN (1, 2, 3)),
  title        TEXT NOT NULL,
  perspective  TEXT NOT NULL DEFAULT '',
  phase        TEXT NOT NULL DEFAULT '',
  caption      TEXT NOT NULL DEFAULT '',
  content_json TEXT NOT NULL DEFAULT '{}',
  created_at   TEXT NOT NULL,
  updated_at   TEXT NOT NULL
) STRICT;

CREATE TABLE tensions (
  id             INTEGER PRIMARY KEY,
  guid           TEXT NOT NULL UNIQUE,
  diagram_id     INTEGER NOT NULL REFERENCES diagrams(id) ON DELETE RESTRICT,
  from_component TEXT NOT NULL,
  to_component   TEXT,
  level          TEXT NOT NULL CHECK (level IN ('primary', 'secondary', 'tertiary', 'quaternary')),
  label          TEXT NOT NULL DEFAULT '',
  created_at     TEXT NOT NULL
) STRICT;

-- Each user action's row changes, so undo/redo survive reloads.
CREATE TABLE undo_log (
  id           INTEGER PRIMARY KEY,
  label        TEXT NOT NULL,
  changes_json TEXT NOT NULL,
  undone       INTEGER NOT NULL DEFAULT 0 CHECK (undone IN (0, 1)),
  created_at   TEXT NOT NULL
) STRICT;

-- Full-text index of segments (contentless: the text lives in sources.text).
CREATE VIRTUAL TABLE segments_fts USING fts5(
  text,
  content = '',
  contentless_delete = 1,
  tokenize = 'unicode61 remove_diacritics 2'
);

CREATE TRIGGER segments_fts_insert AFTER INSERT ON segments BEGIN
  INSERT INTO segments_fts (rowid, text)
  VALUES (new.id, (SELECT substr(s.text, new.start + 1, new.end - new.start) FROM sources s WHERE s.id = new.source_id));
END;

CREATE TRIGGER segments_fts_delete AFTER DELETE ON segments BEGIN
  DELETE FROM segments_fts WHERE rowid = old.id;
END;

CREATE TRIGGER segments_fts_update AFTER UPDATE OF start, end, source_id ON segments BEGIN
  DELETE FROM segments_fts WHERE rowid = old.id;
  INSERT INTO segments_fts (rowid, text)
  VALUES (new.id, (SELECT substr(s.text, new.start + 1, new.end - new.start) FROM sources s WHERE s.id = new.source_id));
END;

CREATE TRIGGER sources_fts_text AFTER UPDATE OF text ON sources BEGIN
  DELETE FROM segments_fts WHERE rowid IN (SELECT id FROM segments WHERE source_id = new.id);
  INSERT INTO segments_fts (rowid, text)
  SELECT g.id, substr(new.text, g.start + 1, g.end - g.start) FROM segments g WHERE g.source_id = new.id;
END;
