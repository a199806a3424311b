-- What the queries keep so they need not read everything again (electron/queries/index-store.ts
-- and find-index.ts). Derived data only: made from the rows of sources, segments and
-- codings, never part of an action or of undo, and deleted by the triggers below the moment
-- what it was made from changes (so a row that is there is always right); the queries write
-- it again when they next need it.

-- Per source: its segments in the compact form the shared queries index holds (id, start,
-- end, case, interviewer, where the words start; 32-bit integers), its distinct speaker
-- labels (JSON) and whether any segment has a timestamp; and, once counted for word
-- frequency, the words of its segments: the forms written (JSON, in order of first use)
-- and per speaker group (case, interviewer) how often each occurs and where first.
CREATE TABLE query_index_segments (
  source_id   INTEGER PRIMARY KEY,
  format      INTEGER NOT NULL,
  segments    BLOB NOT NULL,
  labels      TEXT NOT NULL,
  timestamps  INTEGER NOT NULL CHECK (timestamps IN (0, 1)),
  word_forms  TEXT,
  word_counts BLOB
) STRICT;

-- Per source: its codings (id, node, start, end, coder, and the speaker's case and
-- interviewer flag worked out from the segments and the source's cases; 32-bit integers).
CREATE TABLE query_index_codings (
  source_id INTEGER PRIMARY KEY,
  format    INTEGER NOT NULL,
  codings   BLOB NOT NULL
) STRICT;

CREATE TRIGGER query_index_segment_added AFTER INSERT ON segments BEGIN
  DELETE FROM query_index_segments WHERE source_id = new.source_id;
  DELETE FROM query_index_codings WHERE source_id = new.source_id;
END;

CREATE TRIGGER query_index_segment_changed AFTER UPDATE ON segments BEGIN
  DELETE FROM query_index_segments WHERE source_id IN (old.source_id, new.source_id);
  DELETE FROM query_index_codings WHERE source_id IN (old.source_id, new.source_id);
END;

CREATE TRIGGER query_index_segment_removed AFTER DELETE ON segments BEGIN
  DELETE FROM query_index_segments WHERE source_id = old.source_id;
  DELETE FROM query_index_codings WHERE source_id = old.source_id;
END;

CREATE TRIGGER query_index_source_case_added AFTER INSERT ON source_cases BEGIN
  DELETE FROM query_index_codings WHERE source_id = new.source_id;
END;

CREATE TRIGGER query_index_source_case_changed AFTER UPDATE ON source_cases BEGIN
  DELETE FROM query_index_codings WHERE source_id IN (old.source_id, new.source_id);
END;

CREATE TRIGGER query_index_source_case_removed AFTER DELETE ON source_cases BEGIN
  DELETE FROM query_index_codings WHERE source_id = old.source_id;
END;

CREATE TRIGGER query_index_coding_added AFTER INSERT ON codings BEGIN
  DELETE FROM query_index_codings WHERE source_id = new.source_id;
END;

CREATE TRIGGER query_index_coding_changed AFTER UPDATE ON codings BEGIN
  DELETE FROM query_index_codings WHERE source_id IN (old.source_id, new.source_id);
END;

CREATE TRIGGER query_index_coding_removed AFTER DELETE ON codings BEGIN
  DELETE FROM query_index_codings WHERE source_id = old.source_id;
END;

CREATE TRIGGER query_index_source_text AFTER UPDATE OF text ON sources BEGIN
  DELETE FROM query_index_segments WHERE source_id = old.id;
END;

CREATE TRIGGER query_index_source_removed AFTER DELETE ON sources BEGIN
  DELETE FROM query_index_segments WHERE source_id = old.id;
  DELETE FROM query_index_codings WHERE source_id = old.id;
END;

-- "Find in every source": every three characters of every source text (case folded),
-- without positions, so a find reads only the sources holding every three
-- characters of what it looks for; the text itself is then searched as before.
-- secure-delete: a source's old text leaves the index when it is corrected or deleted.
CREATE VIRTUAL TABLE sources_trigram_fts USING fts5(
  text,
  content = '',
  contentless_delete = 1,
  detail = 'none',
  tokenize = 'trigram case_sensitive 0'
);

INSERT INTO sources_trigram_fts (sources_trigram_fts, rank) VALUES ('secure-delete', 1);

INSERT INTO sources_trigram_fts (rowid, text) SELECT id, text FROM sources;

CREATE TRIGGER sources_trigram_fts_added AFTER INSERT ON sources BEGIN
  INSERT INTO sources_trigram_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER sources_trigram_fts_changed AFTER UPDATE OF text ON sources BEGIN
  DELETE FROM sources_trigram_fts WHERE rowid = old.id;
  INSERT INTO sources_trigram_fts (rowid, text) VALUES (new.id, new.text);
END;

CREATE TRIGGER sources_trigram_fts_removed AFTER DELETE ON sources BEGIN
  DELETE FROM sources_trigram_fts WHERE rowid = old.id;
END;
