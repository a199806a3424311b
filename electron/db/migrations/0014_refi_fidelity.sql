-- What REFI-QDA exchange keeps that the project could not hold before: a node that groups
-- codes but cannot be coded itself (a category: REFI-QDA isCodable="false", QualCoder's
-- categories). Every node made before this is codable.
ALTER TABLE nodes ADD COLUMN is_codable INTEGER NOT NULL DEFAULT 1 CHECK (is_codable IN (0, 1));
