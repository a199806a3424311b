// Turns an imported document's blocks into the segments a source stores: speaker turns,
// paragraphs, headings and table rows, in code points of the canonical text.
//
// Free-text blocks are split by the shared speaker-turn parser (shared/text/speaker-turns.ts);
// blocks a reader already knows (a heading style, a table row, a VTT voice, a bold label)
// keep their structure. A label-only block (a bold or heading-styled name, a "Name  00:13"
// line) takes the next paragraph as its turn. With a list of confirmed speakers, only those
// labels make turns; the rest stay plain text. With continueTurns, an unlabelled paragraph
// after a turn belongs to the same speaker (headings and tables end the run). A plain-text
// paragraph whose lines all hold the same number of " | "-separated cells is a table: one
// table-row segment per line, as a Word table gives.
import type { SegmentKind } from '../../shared/model/entities.ts';
import type { DocumentAnalysis, ImportedDocument, SegmentCounts } from '../../shared/model/import.ts';
import { createOffsetIndex } from '../../shared/text/code-points.ts';
import type { OffsetIndex } from '../../shared/text/code-points.ts';
import { createSpeakerTest } from '../../shared/text/speaker-labels.ts';
import { parseSegments } from '../../shared/text/speaker-turns.ts';
import type { ParseOptions } from '../../shared/text/speaker-turns.ts';
import { countWords } from '../../shared/text/word-count.ts';

export interface DocSegment {
  kind: SegmentKind;
  start: number;
  end: number;
  speakerLabel: string | null;
  labelStart: number | null;
  labelEnd: number | null;
  timestamp: string | null;
}

export interface SegmentOptions {
  // confirmed speaker labels; without it, labels are found by heuristics
  speakers?: readonly string[];
  continueTurns?: boolean;
}

export interface DetectedSpeaker {
  label: string;
  turns: number;
  sample: string;
}

function plain(kind: SegmentKind, start: number, end: number, timestamp: string | null = null): DocSegment {
  return { kind, start, end, speakerLabel: null, labelStart: null, labelEnd: null, timestamp };
}

// The segments made so far, and the label-only turn that waits for the next block's text.
class SegmentList {
  readonly out: DocSegment[] = [];
  pending: DocSegment | null = null;

  // Ends the waiting turn as it is.
  flush(): void {
    if (this.pending) this.out.push(this.pending);
    this.pending = null;
  }

  // Gives the waiting turn the text up to `end`; false when no turn waits.
  attach(end: number): boolean {
    if (!this.pending) return false;
    this.pending.end = end;
    this.flush();
    return true;
  }
}

// Splits free text [start, end) with the speaker-turn parser into segments (a " | " table into rows).
function addParsedText(list: SegmentList, index: OffsetIndex, start: number, end: number, parseOptions: ParseOptions): void {
  const found = parseSegments(index.slice(start, end), parseOptions);
  let first = 0;
  if (list.pending && found[0]?.kind === 'paragraph') {
    list.attach(start + found[0].end);
    first = 1;
  }
  list.flush();
  for (let k = first; k < found.length; k++) {
    const s = found[k];
    if (!s) continue;
    const rows = s.kind === 'paragraph' ? pipeTableRows(index.slice(start + s.start, start + s.end)) : null;
    if (rows) {
      let at = start + s.start;
      for (const length of rows) {
        list.out.push(plain('table-row', at, at + length));
        at += length + 1;
      }
      continue;
    }
    const seg: DocSegment = {
      kind: s.kind,
      start: start + s.start,
      end: start + s.end,
      speakerLabel: s.speakerLabel,
      labelStart: s.labelStart === null ? null : start + s.labelStart,
      labelEnd: s.labelEnd === null ? null : start + s.labelEnd,
      timestamp: s.timestamp,
    };
    // a label alone at the end of a block waits for the next block's text
    if (k === found.length - 1 && seg.kind === 'turn' && seg.labelEnd !== null && seg.labelEnd >= seg.end) list.pending = seg;
    else list.out.push(seg);
  }
}

// Splits a document into segments (rules in the file comment).
export function segmentDocument(doc: ImportedDocument, options: SegmentOptions = {}): DocSegment[] {
  const index = createOffsetIndex(doc.text);
  // a reader's speaker counts only when it is one of the confirmed speakers (spelled as confirmed)
  const known = options.speakers ? createSpeakerTest({ speakers: options.speakers }) : null;
  const accept = (speaker: string | null): string | null => (speaker === null || known === null ? speaker : known(speaker, 'colon'));
  const parseOptions = options.speakers ? { speakers: options.speakers } : {};
  const list = new SegmentList();
  for (const block of doc.blocks) {
    switch (block.kind) {
      case 'heading':
      case 'table-row':
        list.flush();
        list.out.push(plain(block.kind, block.start, block.end));
        break;
      case 'paragraph':
        if (!list.attach(block.end)) list.out.push(plain('paragraph', block.start, block.end, block.timestamp));
        break;
      case 'turn':
      case 'label': {
        const speaker = accept(block.speaker);
        if (speaker === null || block.labelStart === null || block.labelEnd === null) {
          addParsedText(list, index, block.start, block.end, parseOptions);
          break;
        }
        list.flush();
        const seg: DocSegment = { kind: 'turn', start: block.start, end: block.end, speakerLabel: speaker, labelStart: block.labelStart, labelEnd: block.labelEnd, timestamp: block.timestamp };
        if (block.kind === 'label' || block.labelEnd >= block.end) list.pending = seg;
        else list.out.push(seg);
        break;
      }
      case 'text':
        addParsedText(list, index, block.start, block.end, parseOptions);
        break;
    }
  }
  list.flush();
  if (options.continueTurns) continueSpeakers(list.out);
  return list.out;
}

// The code-point lengths of a paragraph's lines when it is a " | " table (2+ lines, same cell count), else null.
function pipeTableRows(paragraph: string): number[] | null {
  const lines = paragraph.split('\n');
  if (lines.length < 2) return null;
  const cells = lines.map((l) => l.split(' | ').length);
  if ((cells[0] ?? 0) < 2 || cells.some((c) => c !== cells[0])) return null;
  return lines.map((l) => [...l].length);
}

// Gives an unlabelled paragraph after a turn to that turn's speaker (headings and tables end the run).
function continueSpeakers(segments: DocSegment[]): void {
  let speaker: string | null = null;
  for (const seg of segments) {
    if (seg.kind === 'turn') speaker = seg.speakerLabel;
    else if (seg.kind === 'paragraph' && speaker !== null) {
      seg.kind = 'turn';
      seg.speakerLabel = speaker;
    } else speaker = null;
  }
}

// Lists the speakers a document's turns name, in order of first appearance, with a sample of each.
export function detectDocumentSpeakers(doc: ImportedDocument, segments: readonly DocSegment[] = segmentDocument(doc)): DetectedSpeaker[] {
  const index = createOffsetIndex(doc.text);
  const found = new Map<string, DetectedSpeaker>();
  for (const seg of segments) {
    if (seg.kind !== 'turn' || seg.speakerLabel === null || seg.labelEnd === null) continue;
    const known = found.get(seg.speakerLabel);
    if (known) {
      known.turns++;
      continue;
    }
    const words = index.slice(seg.labelEnd, Math.min(seg.end, seg.labelEnd + 400)).replace(/\s+/gu, ' ').trim();
    found.set(seg.speakerLabel, { label: seg.speakerLabel, turns: 1, sample: words.length > 140 ? `${words.slice(0, 140).replace(/\s+\S*$/u, '')}…` : words });
  }
  return [...found.values()];
}

// Counts a document's segments by kind.
export function countSegments(segments: readonly DocSegment[]): SegmentCounts {
  const counts: SegmentCounts = { turns: 0, paragraphs: 0, headings: 0, tableRows: 0 };
  for (const s of segments) {
    if (s.kind === 'turn') counts.turns++;
    else if (s.kind === 'paragraph') counts.paragraphs++;
    else if (s.kind === 'heading') counts.headings++;
    else counts.tableRows++;
  }
  return counts;
}

// The speakers and segment counts of a document found by heuristics (what staging shows).
export function analyseDocument(doc: ImportedDocument): DocumentAnalysis {
  const segments = segmentDocument(doc);
  return { speakers: detectDocumentSpeakers(doc, segments), counts: countSegments(segments), words: countWords(doc.text) };
}
