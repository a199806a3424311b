// The changes that cannot change the cases, their organisations and attributes, nor the names
// of the sources a case is linked to (prefixes of the methods that make them): after these the
// Cases screen keeps what it read. Every other change (imports, undo, merges, edits of cases,
// and the renderer's own announcements) makes it read them again.
export const CHANGES_THAT_KEEP_CASES: readonly string[] = ['codings.', 'coders.', 'nodes.', 'memos.', 'alignment.', 'contradictions.', 'diagrams.', 'queries.', 'stopWords.', 'framework.', 'savedQueries.', 'register.'];
