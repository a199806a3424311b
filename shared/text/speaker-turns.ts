// Splitting a canonical text into segments: speaker turns, plain paragraphs and headings.
//
// Paragraphs are separated by one or more blank (or whitespace-only) lines, and a line
// that starts with a recognised speaker label (speaker-labels.ts) starts a new turn even
// without a blank line. A label alone on its line (`Jane Smith  00:13`, `Speaker 1
// (00:03):`, `Q:`) takes the following lines as its text, across blank lines if the
// next block does not start with a label or a heading. The first line of a block that
// is a short numbered title without a final full stop (`1. Introduction`, `3.1
// Engagement`, `2) Methods`, or a Markdown `## Title`) is a heading segment on its own.
//
// A segment's [start, end) runs from its first non-space character (the label, for a
// turn) to its last, in code points, so trailing spaces and newlines are outside.
// [labelStart, labelEnd) covers the whole label marker (`Margaret:`, `[id1]`, `Jane
// Smith  00:13`, `[00:01:02] Jane:`), and textStart is where the words after it start.

import { createOffsetIndex } from './code-points.ts';
import { createSpeakerTest, matchSpeakerLabel } from './speaker-labels.ts';
import type { LabelMatch } from './speaker-labels.ts';

// the interviewer's label is one of the label rules; callers of the turn parser find it here too
export { isLikelyInterviewer } from './speaker-labels.ts';

export type SegmentKind = 'turn' | 'paragraph' | 'heading';

export interface Segment {
  readonly start: number;
  readonly end: number;
  readonly kind: SegmentKind;
  readonly speakerLabel: string | null;
  // The label marker's own range; null when the segment has no label of its own.
  readonly labelStart: number | null;
  readonly labelEnd: number | null;
  // Start of the segment's words after the label (equals start when there is no label).
  readonly textStart: number;
  readonly timestamp: string | null;
}

export interface ParseOptions {
  // Known speaker labels. When given, only these are speakers ("Date:" in a header is
  // then plain text unless listed); without it, heuristics decide.
  readonly speakers?: readonly string[];
  // Treat an unlabelled paragraph after a turn as a continuation of that speaker's turn
  // (kind 'turn', same speakerLabel, no label range). A heading ends the run. Default false.
  readonly continueTurns?: boolean;
}

export interface SpeakerCount {
  readonly label: string;
  readonly count: number;
}

interface Line {
  readonly start: number; // UTF-16
  readonly text: string;
}

interface Draft {
  start: number; // UTF-16 throughout
  end: number;
  kind: SegmentKind;
  speakerLabel: string | null;
  label: LabelMatch | null;
  lineStart: number;
  textStart: number | null;
  timestamp: string | null;
}

const HEADING = /^(?:\d{1,3}(?:\.\d{1,3})*[.)]?|#{1,6})[ \t]+\S/u;
const HAS_LETTER = /\p{L}/u;

function splitLines(text: string): Line[] {
  const lines: Line[] = [];
  let start = 0;
  for (;;) {
    const nl = text.indexOf('\n', start);
    if (nl < 0) {
      lines.push({ start, text: text.slice(start) });
      return lines;
    }
    lines.push({ start, text: text.slice(start, nl) });
    start = nl + 1;
  }
}

function firstNonSpace(line: string): number {
  const m = /\S/u.exec(line);
  return m === null ? line.length : m.index;
}

function trimmedEnd(line: string): number {
  return line.trimEnd().length;
}

function isHeading(line: string): boolean {
  const body = line.trim();
  if (body.length > 100 || !HEADING.test(body) || !HAS_LETTER.test(body)) return false;
  if (/[.!?,;]$/u.test(body)) return false;
  return body.split(/\s+/u).length <= 12;
}

// Splits canonical text into turns, paragraphs and headings with code-point ranges (rules in the file comment).
export function parseSegments(text: string, options?: ParseOptions): Segment[] {
  const isSpeaker = createSpeakerTest({ speakers: options?.speakers });
  const continueTurns = options?.continueTurns === true;
  const drafts: Draft[] = [];
  let current: Draft | null = null;
  let awaitingText = false; // current is a label-only turn separated from its text by blank lines
  let lastSpeaker: string | null = null;

  const finish = (): void => {
    if (current !== null) {
      drafts.push(current);
      lastSpeaker = current.kind === 'turn' ? current.speakerLabel : null;
    }
    current = null;
    awaitingText = false;
  };
  const addContent = (draft: Draft, line: Line, from: number): void => {
    const to = trimmedEnd(line.text);
    if (from >= to) return;
    if (draft.textStart === null) draft.textStart = line.start + from;
    draft.end = line.start + to;
  };

  for (const line of splitLines(text)) {
    const at = firstNonSpace(line.text);
    if (at >= line.text.length) {
      // A blank line ends a block, except a label line still waiting for its text.
      if (current !== null && current.label !== null && current.textStart === null) awaitingText = true;
      else finish();
      continue;
    }
    const label = matchSpeakerLabel(line.text, isSpeaker);
    if (label !== null) {
      finish();
      current = {
        start: line.start + label.labelStart,
        end: line.start + label.labelEnd,
        kind: 'turn',
        speakerLabel: label.speaker,
        label,
        lineStart: line.start,
        textStart: null,
        timestamp: label.timestamp,
      };
      addContent(current, line, label.textStart);
      continue;
    }
    if (current !== null && awaitingText && isHeading(line.text)) finish();
    if (current !== null) {
      awaitingText = false;
      addContent(current, line, at);
      continue;
    }
    if (isHeading(line.text)) {
      lastSpeaker = null;
      drafts.push({
        start: line.start + at,
        end: line.start + trimmedEnd(line.text),
        kind: 'heading',
        speakerLabel: null,
        label: null,
        lineStart: line.start,
        textStart: line.start + at,
        timestamp: null,
      });
      continue;
    }
    const continued = continueTurns ? lastSpeaker : null;
    current = {
      start: line.start + at,
      end: line.start + at,
      kind: continued === null ? 'paragraph' : 'turn',
      speakerLabel: continued,
      label: null,
      lineStart: line.start,
      textStart: null,
      timestamp: null,
    };
    addContent(current, line, at);
  }
  finish();
  return toSegments(text, drafts);
}

// Turns the drafts (UTF-16 positions) into segments in code points.
function toSegments(text: string, drafts: readonly Draft[]): Segment[] {
  const index = createOffsetIndex(text);
  const cp = (utf16: number): number => index.toCodePoint(utf16);
  return drafts.map((draft): Segment => {
    const label = draft.label;
    const labelStart = label === null ? null : cp(draft.lineStart + label.labelStart);
    const labelEnd = label === null ? null : cp(draft.lineStart + label.labelEnd);
    const end = cp(draft.end);
    return {
      start: cp(draft.start),
      end,
      kind: draft.kind,
      speakerLabel: draft.speakerLabel,
      labelStart,
      labelEnd,
      textStart: draft.textStart === null ? (labelEnd ?? end) : cp(draft.textStart),
      timestamp: draft.timestamp,
    };
  });
}

// Lists the distinct speaker labels of a text, in order of first appearance, with how many turns each has.
export function detectSpeakers(text: string, options?: ParseOptions): SpeakerCount[] {
  const counts = new Map<string, number>();
  for (const segment of parseSegments(text, { speakers: options?.speakers })) {
    if (segment.kind === 'turn' && segment.speakerLabel !== null && segment.labelStart !== null) {
      counts.set(segment.speakerLabel, (counts.get(segment.speakerLabel) ?? 0) + 1);
    }
  }
  return [...counts].map(([label, count]) => ({ label, count }));
}
