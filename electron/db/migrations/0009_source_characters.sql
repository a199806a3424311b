-- Each source's length in characters, kept beside the source so the sources list does not
-- read every source's whole text to count it (length() on TEXT walks the value; at 5,000
-- transcripts that was most of the list's time). Triggers keep it exact for every writer:
-- imports, corrections, find and replace, REFI-QDA import, and undo and redo, which write
-- sources rows the same way. Deleting a source deletes its row here (ON DELETE CASCADE).
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
