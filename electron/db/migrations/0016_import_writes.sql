-- Import speed, part two (docs/PERFORMANCE.md, "Import side by side with QualCoder").
-- An added segment had two triggers, each run once per segment: its full-text row (skipped
-- while segments_fts_direct holds its row, migration 0008) and the deletes of its source's
-- query-index rows (migration 0013). They are one trigger now, and both are skipped while
-- segments_fts_direct holds its row: the writer then writes the full-text rows itself and
-- deletes the source's query-index rows once, after its segments
-- (electron/sources/segment-index.ts). Every other writer (source edits, REFI-QDA import,
-- undo and redo) keeps the trigger as before.
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
