-- Import: duplicates are found by the hash of a source's content, so that
-- lookup needs an index (sources.text is large and comes before origin_hash in a row).
CREATE INDEX sources_by_origin_hash ON sources (origin_hash);
