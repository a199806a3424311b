// The anonymisation register and export records as they cross the API.

export const RULE_KINDS = ['person', 'organisation', 'place', 'other'] as const;
export type RuleKind = (typeof RULE_KINDS)[number];

export const ATTRIBUTION_FORMATS = ['role-project', 'pseudonym'] as const;
export type AttributionFormat = (typeof ATTRIBUTION_FORMATS)[number];

export const MEMO_PLACEMENTS = ['none', 'comments', 'footnotes'] as const;
export type MemoPlacement = (typeof MEMO_PLACEMENTS)[number];

export const OVERRIDE_LOCATIONS = ['source', 'memo'] as const;
export type OverrideLocation = (typeof OVERRIDE_LOCATIONS)[number];

// What matching needs of a rule (pure: the renderer's anonymised view builds the same matcher).
export interface MatchRule {
  id: number;
  kind: RuleKind;
  realText: string;
  // the text put in square brackets in output
  replacement: string;
  caseSensitive: boolean;
  // spellings the user added (misspellings, nicknames, initials)
  variants: readonly string[];
  // also match first name alone, surname alone, initials, short names (default on)
  autoVariants: boolean;
}

// One rule of the register as the register screen shows it.
export interface RegisterRule extends MatchRule {
  guid: string;
  // the case whose real name this is (its label is the default replacement)
  caseId: number | null;
  caseLabel: string | null;
  organisationId: number | null;
  // a pseudonym for case studies (used by the pseudonym attribution format)
  pseudonym: string;
  // the replacement as stored: '' means "the case's label"
  storedReplacement: string;
  // every spelling that will be matched, with how it was made
  allVariants: { text: string; form: string; caseSensitive: boolean }[];
  createdAt: string;
}

// A logged decision that one occurrence is not a name.
export interface OverrideRecord {
  id: number;
  guid: string;
  ruleId: number;
  ruleText: string;
  location: OverrideLocation;
  locationId: number;
  locationName: string;
  start: number;
  end: number;
  matchedText: string;
  context: string;
  note: string;
  createdAt: string;
  // the text at the position is no longer the matched text (the source was edited)
  stale: boolean;
}

export interface RegisterLogEntry {
  id: number;
  action: string;
  detail: string;
  createdAt: string;
}

// Where a leak was found and what was found.
export interface LeakHit {
  // e.g. "document body", "comment 3", "footnote 2", "document properties (core)", "image description"
  where: string;
  found: string;
  // the register entry it matched (real text: shown only inside the app or on the researcher's terminal)
  ruleText: string;
  context: string;
}

// A label that identifies one person (only one case carries it).
export interface SingleCaseLabelWarning {
  label: string;
  caseId: number;
}

export interface Suggestion {
  text: string;
  kind: RuleKind;
  count: number;
  // up to three short contexts where it occurs
  examples: { sourceId: number; sourceName: string; context: string }[];
  // how it was found: compromise's people/organisations/places or the capitalised-word heuristic
  via: 'people' | 'organisations' | 'places' | 'capitalised';
}

// Case facets an export can filter by: built-in fields and case attributes ("attr:Region").
export const CASE_FACETS = ['role', 'project', 'partnerRole', 'providerType', 'region', 'organisation'] as const;

// Which coded extracts an export takes.
export interface ExtractSelection {
  // question numbers 1-6; empty means every question (and nodes outside them)
  questions: number[];
  // nodes (with their descendants); empty means every node of the chosen questions
  nodeIds: number[];
  caseIds: number[];
  sourceIds: number[];
  // e.g. { facet: 'role', values: ['broker'] } or { facet: 'attr:Region', values: ['North West'] }
  facets: { facet: string; values: string[] }[];
}

// One piece of an anonymised text; replaced pieces say what they replaced and where.
export interface ExtractPiece {
  text: string;
  replaced?: { ruleId: number; original: string; start: number; end: number };
  kept?: { ruleId: number };
}

// One coded extract as the export preview shows it (already anonymised).
export interface ExtractView {
  codingId: number;
  nodeId: number;
  nodePath: string;
  question: number | null;
  sourceId: number;
  caseId: number | null;
  // the stable reference: pseudonymised source id and turn ("T40571938, turn 12")
  reference: string;
  attribution: string;
  text: string;
  pieces: ExtractPiece[];
  memos: { id: number; title: string; text: string }[];
}

export interface ExtractPreview {
  total: number;
  // the first extracts (at most the limit asked for)
  extracts: ExtractView[];
  replacements: number;
  leaks: LeakHit[];
  leakTotal: number;
  singleCaseLabels: SingleCaseLabelWarning[];
  // pseudonym format: cases used that have no pseudonym (their label is used instead)
  missingPseudonyms: string[];
}

// The result of writing an export: written, or blocked with where the leaks are.
export type ExportOutcome =
  | { written: true; path: string; bytes: number; extracts: number; replacements: number; warnings: string[] }
  | { written: false; path: string; leaks: LeakHit[]; leakTotal: number; message: string };

// What a participant's withdrawal would remove, for review before anything is deleted.
export interface WithdrawalPreview {
  caseId: number;
  label: string;
  realName: string;
  // sources linked to the case: deleted by default when the case is their only participant
  sources: { id: number; name: string; kind: string; codings: number; otherParticipants: number; proposeDelete: boolean }[];
  // their speaker turns inside sources that are kept (the words stay; codings there are removed)
  turnsElsewhere: { sourceId: number; sourceName: string; turns: number; codings: number }[];
  // memos about them, on their sources or codings, or mentioning their name
  memos: { id: number; title: string; reason: string; context: string; proposeDelete: boolean }[];
  registerEntries: number;
  // backups that still hold the case (by its GUID)
  backups: { fileName: string; createdAt: string; label: string | null; holds: boolean; error: string | null }[];
}

export interface WithdrawalResult {
  deletedSources: number;
  deletedCodings: number;
  deletedMemos: number;
  unlinkedTurns: number;
}
