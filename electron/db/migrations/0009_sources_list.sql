-- The sources list without reading any source's text. A source row stores its text before
-- most of its columns, and SQLite reaches a column stored after a long text by walking the
-- text's overflow pages: listing 5,000 transcripts read all 150 MB of them.
--
-- Each source's length in characters, kept beside the source (length() on TEXT walks the
-- value). Triggers keep it exact for every writer: imports, corrections, find and replace,
-- REFI-QDA import, and undo and redo, which write sources rows the same way. Deleting a
-- source deletes its row here (ON DELETE CASCADE).
CREATE TABLE source_characters (
  source_id  INTEGER PRIMARY KEY REFERENCES sources(id) ON DELETE CASCADE,
  characters INTEGER NOT NULL
) STRICT;

INSERT INTO source_characters (source_id, characters) SELECT id, length(text) FROM sources;

CREATE TRIGGER source_characters_insert AFTER INSERT ON sources BEGIN
  INSERT INTO source_characters (source_id, characters) VALUES (new.id, length(new.text));
END;

CREATE TRIGGER source_characters_text AFTER UPDATE OF text ON sources BEGIN
  UPDATE source_characters SET characters = length(new.text) WHERE source_id = new.id;
END;

-- Every column the list shows, in list order, so the list is read from this index alone.
CREATE INDEX sources_list ON sources (name COLLATE NOCASE, id, guid, kind, revision, word_count, origin_format, origin_file_name, imported_at, interview_date, round, mode);
