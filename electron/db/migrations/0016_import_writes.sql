-- Import speed, part two (docs/PERFORMANCE.md, "Import side by side with QualCoder").
-- A writer that holds segments_fts_direct's row (set and cleared inside its own transaction,
-- migration 0008) inserts a new source and its segments with their insert triggers skipped,
-- then writes their derived rows itself, once per source (electron/sources/segment-index.ts):
-- the segments' full-text rows, the source's trigram row, and the deletes of the source's
-- query-index rows. Every other writer (source edits, undo and redo) keeps the triggers.

-- An added segment: one trigger instead of two, each run once per segment (its full-text
-- row, migration 0008, and the deletes of its source's query-index rows, migration 0013).
DROP TRIGGER segments_fts_insert;
DROP TRIGGER query_index_segment_added;

CREATE TRIGGER segments_added AFTER INSERT ON segments
WHEN NOT EXISTS (SELECT 1 FROM segments_fts_direct)
BEGIN
  INSERT INTO segments_fts (rowid, text)
  VALUES (new.id, (SELECT substr(s.text, new.start + 1, new.end - new.start) FROM sources s WHERE s.id = new.source_id));
  DELETE FROM query_index_segments WHERE source_id = new.source_id;
  DELETE FROM query_index_codings WHERE source_id = new.source_id;
END;

-- Segments by case: only those that name one (every query of it asks for a case id; the
-- interviewer's and unattributed turns, about half of an interview's, are no longer in it).
DROP INDEX segments_by_case;
CREATE INDEX segments_by_case ON segments (case_id) WHERE case_id IS NOT NULL;

-- A new source's trigram row: that writer adds it after the segments' full-text rows, which
-- costs less than from inside the source's insert (measured in docs/PERFORMANCE.md).
DROP TRIGGER sources_trigram_fts_added;

CREATE TRIGGER sources_trigram_fts_added AFTER INSERT ON sources
WHEN NOT EXISTS (SELECT 1 FROM segments_fts_direct)
BEGIN
  INSERT INTO sources_trigram_fts (rowid, text) VALUES (new.id, new.text);
END;
