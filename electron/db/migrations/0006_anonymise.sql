-- The anonymisation register: pseudonyms and automatic variants on rules,
-- per-occurrence "not a name" overrides, the register's log, and ignored suggestions.

-- a pseudonym for case studies; whether first name / surname / initials are matched too
ALTER TABLE anonymisation_rules ADD COLUMN pseudonym TEXT NOT NULL DEFAULT '';
ALTER TABLE anonymisation_rules ADD COLUMN auto_variants INTEGER NOT NULL DEFAULT 1 CHECK (auto_variants IN (0, 1));
CREATE INDEX anonymisation_rules_by_case ON anonymisation_rules (case_id);

-- One occurrence of a rule's name that the user said is not a name (in a source's text or
-- a memo's plain text; positions in code points, half-open). Kept only while the text
-- there still reads matched_text; otherwise shown as stale and ignored.
CREATE TABLE anonymisation_overrides (
  id           INTEGER PRIMARY KEY,
  guid         TEXT NOT NULL UNIQUE,
  rule_id      INTEGER NOT NULL REFERENCES anonymisation_rules(id) ON DELETE RESTRICT,
  location     TEXT NOT NULL CHECK (location IN ('source', 'memo')),
  location_id  INTEGER NOT NULL,
  start        INTEGER NOT NULL CHECK (start >= 0),
  end          INTEGER NOT NULL CHECK (end > start),
  matched_text TEXT NOT NULL,
  context      TEXT NOT NULL DEFAULT '',
  note         TEXT NOT NULL DEFAULT '',
  created_at   TEXT NOT NULL
) STRICT;
CREATE INDEX anonymisation_overrides_by_location ON anonymisation_overrides (location, location_id);
CREATE INDEX anonymisation_overrides_by_rule ON anonymisation_overrides (rule_id);

-- What was decided about the register and when (overrides made and removed, withdrawals, key exports).
CREATE TABLE anonymisation_log (
  id         INTEGER PRIMARY KEY,
  guid       TEXT NOT NULL UNIQUE,
  action     TEXT NOT NULL,
  detail     TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;

-- Suggested names the user chose to ignore (compared folded: case, accents, apostrophes).
CREATE TABLE anonymisation_ignored (
  id         INTEGER PRIMARY KEY,
  guid       TEXT NOT NULL UNIQUE,
  folded     TEXT NOT NULL UNIQUE,
  text       TEXT NOT NULL,
  created_at TEXT NOT NULL
) STRICT;
