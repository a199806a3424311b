-- Import speed. The core insert trigger cuts each new segment's full-text row out of its
-- source with substr(), re-reading the whole source text for every segment; an importer
-- that holds the text in memory writes the same rows itself, a segment at a time, while
-- segments_fts_direct holds its one row (set and cleared inside the writer's own
-- transaction, so it is empty whenever no transaction is open). Every other writer
-- (source edits, REFI-QDA import, undo and redo) keeps the trigger as before.
CREATE TABLE segments_fts_direct (
  id INTEGER PRIMARY KEY CHECK (id = 1)
) STRICT;

DROP TRIGGER segments_fts_insert;

CREATE TRIGGER segments_fts_insert AFTER INSERT ON segments
WHEN NOT EXISTS (SELECT 1 FROM segments_fts_direct)
BEGIN
  INSERT INTO segments_fts (rowid, text)
  VALUES (new.id, (SELECT substr(s.text, new.start + 1, new.end - new.start) FROM sources s WHERE s.id = new.source_id));
END;

-- "drop what was undone" runs before every action is logged: find undone entries
-- without reading every entry's changes.
CREATE INDEX undo_log_undone ON undo_log (id) WHERE undone = 1;
