-- A memo on a passage of a source (an annotation: a REFI-QDA note on a PlainTextSelection,
-- QualCoder's annotations) keeps the range it is anchored to, in code points, end exclusive,
-- mapped through corrections of the text as codings are. Null for every other memo.
ALTER TABLE memos ADD COLUMN range_start INTEGER CHECK (range_start IS NULL OR range_start >= 0);
ALTER TABLE memos ADD COLUMN range_end INTEGER CHECK (range_end IS NULL OR range_end >= range_start);
