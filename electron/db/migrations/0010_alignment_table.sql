-- The alignment matrix in the shape of a thesis's alignment table: one row per research
-- objective with its research questions (in the researcher's words), the activity-system
-- components it looks at and where the thesis presents it (chapter or section).
-- The notes per question (alignment_cells) stay as they are: a row's questions are the
-- ones it has a note for, so every matrix kept so far reads as a table at once. Until the
-- researcher picks a row's components (components IS NULL), they are those of its
-- questions; once picked, a JSON array of component names.
ALTER TABLE alignment_objectives ADD COLUMN research_questions TEXT NOT NULL DEFAULT '';
ALTER TABLE alignment_objectives ADD COLUMN components TEXT CHECK (components IS NULL OR json_valid(components));
ALTER TABLE alignment_objectives ADD COLUMN presented_in TEXT NOT NULL DEFAULT '';
