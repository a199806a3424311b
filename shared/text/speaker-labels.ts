// What a speaker label is: the one home of the rules every reader and the speaker-turn
// parser use, for a label at the start of a transcript line, a label already cut out of
// its paragraph (a bold or heading-styled name), a WebVTT voice tag (Teams) and the
// interviewer's label.
//
// Styles recognised (leading spaces allowed):
//   colon    `Margaret: text`, `Speaker 1 (00:03): text`, `[00:01:02] Jane: text`, `Q:` alone
//   bracket  `[id1] text`, `[Jane Smith]: text`, `[P1]` alone
//   stamp    `Jane Smith  00:13` or `Speaker 1 0:00:13` alone on its line (Otter, Teams)
// Positions are UTF-16 indices into the line; speaker-turns.ts converts them.
//
// With a list of known speakers only those labels count (compared case-insensitively,
// spaces collapsed). Without one, heuristics decide: 1-4 words, at most 40 characters,
// starting with a letter; for colon and stamp labels every word but a name particle
// ("van", "de", "of") is capitalised (or from a script without case); header and
// annotation words ("Date", "Mode", "Note", "[inaudible]", "[Name]") are not speakers.
// Labels are compared by speakerKey: letter case and runs of spaces do not matter.

export type LabelStyle = 'colon' | 'bracket' | 'stamp';

export interface LabelMatch {
  readonly style: LabelStyle;
  // The speaker as written (spaces collapsed), or the known speaker's spelling when a list was given.
  readonly speaker: string;
  // The whole label marker in the line: from its first character (a leading timestamp included)
  // to the end of the colon, closing bracket or trailing timestamp.
  readonly labelStart: number;
  readonly labelEnd: number;
  // Where the spoken text starts on this line (line length if nothing follows the label).
  readonly textStart: number;
  readonly timestamp: string | null;
}

// Decides whether a candidate label is a speaker: returns the speaker's spelling, or null.
export type SpeakerTest = (candidate: string, style: LabelStyle) => string | null;

export interface LabelOptions {
  // Known speaker labels; when given, nothing else is taken as a speaker.
  readonly speakers?: readonly string[] | undefined;
}

const TS = String.raw`\d{1,2}:\d{2}(?::\d{2})?(?:[.,]\d{1,3})?`;
const TIMESTAMP = new RegExp(String.raw`^${TS}$`);
const PREFIX_TS = new RegExp(String.raw`^[\[(]?(${TS})[\])]?[ \t]+`, 'u');
const SUFFIX_TS = new RegExp(String.raw`[ \t]*[\[(](${TS})[\])]$`);
// a timestamp ending a label cut from its paragraph, bracketed or not ("Jane Smith  00:13")
const TRAILING_TS = new RegExp(String.raw`[ \t]*[\[(]?(${TS})[\])]?$`, 'u');
const STAMP_LINE = new RegExp(String.raw`^(\S.{0,59}?)[ \t]+([\[(]?)(${TS})[\])]?[ \t]*$`, 'u');
const BRACKET = /^\[([^[\]\n]{1,60})\](?:[ \t]*[:\-\u2013\u2014](?=\s|$))?/u;
const WORD = /^[\p{L}\p{N}][\p{L}\p{M}\p{N}'\u2019\-_.#]*$/u;
const HAS_LETTER = /\p{L}/u;
const LABEL_COLON = /:(?=[ \t]|$)/u;
// Words that may end with a full stop inside a label: titles and initials.
const ABBREVIATION = /^(?:\p{L}|dr|mr|mrs|ms|mx|prof|rev|st|sr|jr|cllr)\.$/iu;
const STARTS_LOWER = /^\p{Ll}/u;

const PARTICLES = new Set([
  'van', 'von', 'de', 'der', 'den', 'da', 'di', 'du', 'del', 'della', 'le', 'la', 'bin', 'bint', 'al', 'el', 'ten', 'ter', 'of', 'and', 'the',
]);

// Words that begin or end header lines and notes rather than speaker labels.
const NOT_SPEAKER = new Set([
  'date', 'time', 'mode', 'location', 'duration', 'note', 'notes', 'nb', 'n.b', 'ps', 'place', 'venue', 'setting', 'site',
  'length', 'recording', 'recorded', 'transcript', 'transcribed', 'transcriber', 'transcription', 'title', 'subject',
  're', 'project', 'study', 'file', 'filename', 'source', 'session', 'interview', 'summary', 'context', 'keywords',
  'attendees', 'participants', 'present', 'comment', 'comments', 'pseudonym', 'age', 'gender', 'sex', 'role', 'job',
  'organisation', 'organization', 'method', 'format', 'language', 'consent', 'version', 'author', 'tags', 'total',
  'start', 'end', 'started', 'ended', 'theme', 'topic', 'aim', 'aims', 'objective', 'objectives', 'purpose', 'agenda',
  'ref', 'reference', 'references', 'email', 'phone', 'tel', 'address', 'url', 'website', 'page', 'chapter', 'section',
  'figure', 'table', 'appendix', 'warning', 'caution', 'tip', 'todo', 'important', 'update', 'edited', 'revised',
  'status', 'outcome', 'outcomes', 'finding', 'findings', 'recommendation', 'recommendations', 'conclusion',
  'conclusions', 'background', 'introduction', 'example', 'e.g', 'i.e', 'case', 'code', 'memo', 'key',
  // annotations and anonymisation placeholders, mostly in brackets
  'inaudible', 'unclear', 'indistinct', 'laughter', 'laughs', 'laughing', 'crosstalk', 'cross-talk', 'overtalk',
  'overlapping', 'pause', 'pauses', 'paused', 'silence', 'music', 'noise', 'coughs', 'cough', 'sighs', 'applause',
  'interruption', 'break', 'redacted', 'removed', 'anonymised', 'anonymized', 'sic', 'name', 'names', 'college',
  'school', 'company', 'employer', 'town', 'city', 'colleague', 'person', 'institution', 'provider', 'partner',
]);

// A speaker as it is kept: trimmed, each run of spaces one space ("Jane  Smith " -> "Jane Smith").
export function tidySpeaker(label: string): string {
  return label.trim().replace(/\s+/gu, ' ');
}

// The key two labels of one speaker share: tidied and lower case ("JANE  smith" -> "jane smith").
export function speakerKey(label: string): string {
  return tidySpeaker(label).toLowerCase();
}

// Heuristic test for a speaker label when no list of speakers is known.
function looksLikeSpeaker(name: string, style: LabelStyle): boolean {
  if (name.length === 0 || name.length > 40 || !HAS_LETTER.test(name)) return false;
  if (!/^\p{L}/u.test(name)) return false;
  const words = name.split(' ');
  if (words.length > 4) return false;
  for (let k = 0; k < words.length; k++) {
    const word = words[k] ?? '';
    if (!WORD.test(word)) return false;
    const lower = word.toLowerCase();
    if (word.endsWith('.') && (k === words.length - 1 || !ABBREVIATION.test(word))) return false;
    if (style !== 'bracket' && STARTS_LOWER.test(word) && !(k > 0 && PARTICLES.has(lower))) return false;
  }
  const first = (words[0] ?? '').toLowerCase().replace(/\.$/u, '');
  const last = (words[words.length - 1] ?? '').toLowerCase().replace(/\.$/u, '');
  return !NOT_SPEAKER.has(first) && !NOT_SPEAKER.has(last);
}

// Builds a speaker test for one parse: returns the speaker's spelling, or null when the candidate is not a speaker.
export function createSpeakerTest(options?: LabelOptions): SpeakerTest {
  const speakers = options?.speakers;
  if (speakers === undefined) {
    return (candidate, style) => {
      const name = tidySpeaker(candidate);
      return looksLikeSpeaker(name, style) ? name : null;
    };
  }
  const known = new Map<string, string>();
  for (const speaker of speakers) {
    const key = speakerKey(speaker);
    if (key.length > 0 && !known.has(key)) known.set(key, tidySpeaker(speaker));
  }
  return (candidate) => known.get(speakerKey(candidate)) ?? null;
}

function skipSpaces(line: string, from: number): number {
  let i = from;
  while (i < line.length && (line[i] === ' ' || line[i] === '\t')) i++;
  return i;
}

function matchColon(line: string, at: number, isSpeaker: SpeakerTest): LabelMatch | null {
  let rest = line.slice(at);
  let offset = at;
  let timestamp: string | null = null;
  const prefix = PREFIX_TS.exec(rest);
  if (prefix !== null) {
    timestamp = prefix[1] ?? null;
    offset += prefix[0].length;
    rest = rest.slice(prefix[0].length);
  }
  // The label ends at the first colon followed by a space or the line end (not the one in "10:30").
  const colon = LABEL_COLON.exec(rest)?.index ?? -1;
  if (colon <= 0 || colon > 80) return null;
  let candidate = rest.slice(0, colon);
  const suffix = SUFFIX_TS.exec(candidate);
  if (suffix !== null) {
    timestamp = suffix[1] ?? timestamp;
    candidate = candidate.slice(0, suffix.index);
  }
  const speaker = isSpeaker(candidate, 'colon');
  if (speaker === null) return null;
  const labelEnd = offset + colon + 1;
  return { style: 'colon', speaker, labelStart: at, labelEnd, textStart: skipSpaces(line, labelEnd), timestamp };
}

function matchBracket(line: string, at: number, isSpeaker: SpeakerTest): LabelMatch | null {
  const match = BRACKET.exec(line.slice(at));
  if (match === null) return null;
  const inside = (match[1] ?? '').trim();
  if (TIMESTAMP.test(inside)) return null; // a leading timestamp, handled by the colon style
  const speaker = isSpeaker(inside, 'bracket');
  if (speaker === null) return null;
  const labelEnd = at + match[0].length;
  return { style: 'bracket', speaker, labelStart: at, labelEnd, textStart: skipSpaces(line, labelEnd), timestamp: null };
}

function matchStamp(line: string, at: number, isSpeaker: SpeakerTest): LabelMatch | null {
  const match = STAMP_LINE.exec(line.slice(at));
  if (match === null) return null;
  const speaker = isSpeaker(match[1] ?? '', 'stamp');
  if (speaker === null) return null;
  const labelEnd = at + match[0].trimEnd().length;
  return { style: 'stamp', speaker, labelStart: at, labelEnd, textStart: line.length, timestamp: match[3] ?? null };
}

// Finds a speaker label at the start of one line (no newline inside), or returns null.
export function matchSpeakerLabel(line: string, isSpeaker: SpeakerTest): LabelMatch | null {
  const at = skipSpaces(line, 0);
  if (at >= line.length) return null;
  return matchStamp(line, at, isSpeaker) ?? matchBracket(line, at, isSpeaker) ?? matchColon(line, at, isSpeaker);
}

// Reads a speaker (and a timestamp) out of a label already cut out of its paragraph, such as a
// bold or heading-styled "Jane Smith:", "Jane Smith", "[P1]" or "Jane Smith  00:13" (the colon may
// be left out); null when the name does not look like a speaker.
export function parseLabelText(raw: string, isSpeaker: SpeakerTest): { speaker: string; timestamp: string | null } | null {
  let s = raw.trim().replace(/[ \t]*[:\-\u2013\u2014]$/u, '').trim();
  let timestamp: string | null = null;
  const prefix = PREFIX_TS.exec(s);
  if (prefix) {
    timestamp = prefix[1] ?? null;
    s = s.slice(prefix[0].length);
  }
  const suffix = TRAILING_TS.exec(s);
  if (suffix && suffix.index > 0) {
    timestamp = suffix[1] ?? timestamp;
    s = s.slice(0, suffix.index);
  }
  s = s.trim().replace(/[ \t]*:$/u, '');
  const bracketed = /^\[(.+)\]$/u.exec(s);
  const speaker = isSpeaker(bracketed ? (bracketed[1] ?? '') : s, bracketed ? 'bracket' : 'colon');
  return speaker === null ? null : { speaker, timestamp };
}

// A WebVTT voice tag (`<v Jane Smith>`, `<v.loud Jane>`, as Teams writes them) in a cue's text.
export interface VoiceTag {
  // where the tag starts and ends in the cue's text (UTF-16)
  readonly start: number;
  readonly end: number;
  // the speaker's name as written in the tag (markup and entities not yet removed)
  readonly name: string;
}

const VOICE = /<v(?:\.[^\s>]*)?(?:\s+([^>]*))?>/giu;

// Finds the voice tags of one WebVTT cue's text, in order.
export function findVoiceTags(cue: string): VoiceTag[] {
  return [...cue.matchAll(VOICE)].map((m) => ({ start: m.index, end: m.index + m[0].length, name: m[1] ?? '' }));
}

// Tells whether a label names the interviewer: "Interviewer", "I", "Q", "Int", optionally numbered ("Interviewer 2").
export function isLikelyInterviewer(label: string): boolean {
  const key = speakerKey(label)
    .replace(/:$/u, '')
    .replace(/^\[(.*)\]$/u, '$1')
    .trim();
  return /^(?:interviewer|int\.?|i|q)(?:[ _-]?\d{1,2})?$/u.test(key) || /^interviewer [a-z]$/u.test(key);
}
