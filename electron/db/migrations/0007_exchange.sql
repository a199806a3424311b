-- REFI-QDA exchange. Sources of an imported project that Activity Lens
-- cannot code (PDF pages, pictures, audio, video) are kept as references: their name,
-- where the other program said the file was, and what of them was not imported.
CREATE TABLE exchange_references (
  id           INTEGER PRIMARY KEY,
  guid         TEXT NOT NULL UNIQUE,
  kind         TEXT NOT NULL CHECK (kind IN ('pdf', 'picture', 'audio', 'video')),
  name         TEXT NOT NULL,
  -- the REFI path as written (internal://..., relative://..., absolute://...), if any
  path         TEXT,
  current_path TEXT,
  description  TEXT NOT NULL DEFAULT '',
  -- the program that wrote the imported file
  origin       TEXT NOT NULL DEFAULT '',
  -- what of this source was not imported (coded regions, time selections)
  note         TEXT NOT NULL DEFAULT '',
  imported_at  TEXT NOT NULL
) STRICT;
