// "How each figure was computed": one short paragraph per measure, to print under its table.

// Under the character-level table (percentage agreement and Cohen's kappa).
export const CHARACTER_AGREEMENT_EXPLANATION =
  'Character level, as in NVivo\'s coding comparison. For each node and source, every character is either coded at the node ' +
  'by each coder or not; a coder\'s overlapping codings count once. Agreement is the share of characters both coded or ' +
  'neither coded. Kappa (Cohen 1960) is (p_o − p_e) / (1 − p_e), where p_o is that share and p_e the agreement expected ' +
  'from how much each coder coded. "Coded text only" repeats both over the characters at least one coder coded; there ' +
  'agreement is the share both coded, and kappa is never above 0 because no character is left that neither coded, so read ' +
  'the agreement. Rows for a node, a source or the whole comparison add up the characters of their cells; NVivo\'s way, ' +
  'the mean of the cells\' kappas weighted by source length, is shown as the mean kappa. A kappa is blank when it is 0/0, ' +
  'for instance when neither coder coded the node in the source.';

// Under the segment-level table (matched segments and MAXQDA's kappa).
export const SEGMENT_AGREEMENT_EXPLANATION =
  'Segment level, as in MAXQDA\'s intercoder agreement with a minimum overlap of segments. A coder\'s codings of one node ' +
  'are joined where they overlap or touch, giving its segments. A segment counts as matched when the other coder coded ' +
  'the same node on a segment that overlaps it by at least the chosen share (90% unless changed) of the text the two ' +
  'segments cover together. Agreement is matched segments divided by all segments of both coders. Kappa follows MAXQDA, ' +
  'after Brennan and Prediger (1981): (p_o − 1/k) / (1 − 1/k), with p_o the agreement of the row and k the number of nodes ' +
  'either coder used there; a single node has no kappa.';

// Under the node-presence table (code existence per source).
export const PRESENCE_AGREEMENT_EXPLANATION =
  'Node present in the source, as in MAXQDA\'s code existence per document. A coder finds a node present in a source when ' +
  'it coded the node there at least once, however much or where. Each source and node makes one cell; agreement is the ' +
  'share of cells where both coders found the node or neither did, and kappa (Cohen 1960) corrects it for the agreement ' +
  'expected from how often each coder found nodes present. Krippendorff\'s alpha on the same cells covers all coders at once.';

// Under the alpha-binary column.
export const ALPHA_BINARY_EXPLANATION =
  'Alpha-binary (Krippendorff, Mathet, Bouvry and Widlöcher 2016), as ATLAS.ti reports it per code: how reliably the ' +
  'coders tell the text that belongs to a node from the text that does not. Every character of one coder is paired with ' +
  'the same character of each other coder; alpha is 1 − observed / expected mismatches between coded and uncoded text, ' +
  'where the expected ones are what the same amounts of coding would give if the coded stretches were placed at random. ' +
  '1 means perfect agreement, 0 agreement no better than chance. Rows for a source or the whole comparison lay the nodes\' ' +
  'texts end to end.';

// Under the cu-alpha figure.
export const CU_ALPHA_EXPLANATION =
  'Cu-alpha (Krippendorff, Mathet, Bouvry and Widlöcher 2016), as ATLAS.ti reports it for a set of codes: on the text two ' +
  'coders both coded, how reliably they chose the same node. Text that either coder left uncoded is ignored. Alpha is 1 − ' +
  'observed / expected disagreement, where the expected disagreement is what the coders\' use of the nodes would give by ' +
  'chance. With each node replaced by its question it is the agreement on which question applies (ATLAS.ti\'s Cu-alpha). ' +
  'The measure assumes one node per passage and coder; passages a coder gave two of the nodes are counted once for each ' +
  'and reported, as they blur the figure.';
