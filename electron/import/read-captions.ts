// Caption files from meeting recorders: WebVTT (.vtt, including Teams `<v Name>` voice
// tags and Zoom's "Name: text" cues) and SubRip (.srt). Consecutive cues of one speaker
// become one turn, written as `[00:01:02] Jane Smith: text` so the canonical text keeps
// the speaker and the time; cues without a speaker become timed paragraphs.
import { ApiError } from '../../shared/errors.ts';
import type { ImportedDocument } from '../../shared/model/import.ts';
import { createSpeakerTest, findVoiceTags, matchSpeakerLabel } from '../../shared/text/speaker-labels.ts';
import { decodeTextBytes, looksBinary } from './decode-text.ts';
import { DocumentBuilder } from './document-builder.ts';

export interface Utterance {
  // seconds from the start of the recording
  start: number;
  end: number;
  speaker: string | null;
  text: string;
}

const TIMING = /^\s*((?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)\s*-->\s*((?:\d{1,3}:)?\d{1,2}:\d{2}(?:[.,]\d{1,3})?)/u;
const ENTITIES: Record<string, string> = { amp: '&', lt: '<', gt: '>', quot: '"', apos: "'", nbsp: '\u00a0', lrm: '', rlm: '' };
// unlabelled cues join one paragraph until a pause this long (seconds) or this many characters
const PARAGRAPH_PAUSE = 3;
const PARAGRAPH_CHARS = 700;

function seconds(stamp: string): number {
  const parts = stamp.replace(',', '.').split(':').map(Number);
  return parts.reduce((total, part) => total * 60 + part, 0);
}

// Formats seconds as hh:mm:ss for the canonical text.
export function formatClock(totalSeconds: number): string {
  const s = Math.floor(totalSeconds);
  const pad = (n: number) => String(n).padStart(2, '0');
  return `${pad(Math.floor(s / 3600))}:${pad(Math.floor((s % 3600) / 60))}:${pad(s % 60)}`;
}

function decodeEntities(text: string): string {
  return text.replace(/&(#x[0-9a-f]+|#\d+|[a-z]+);/giu, (whole, name: string) => {
    if (name.startsWith('#x') || name.startsWith('#X')) return String.fromCodePoint(Number.parseInt(name.slice(2), 16) || 0xfffd);
    if (name.startsWith('#')) return String.fromCodePoint(Number.parseInt(name.slice(1), 10) || 0xfffd);
    return ENTITIES[name.toLowerCase()] ?? whole;
  });
}

function stripMarkup(text: string): string {
  return decodeEntities(text.replace(/<[^>]*>/gu, '').replace(/\{\\[^}]*\}/gu, ''))
    .replace(/\s+/gu, ' ')
    .trim();
}

const isSpeaker = createSpeakerTest();

// Splits one cue's payload into utterances: VTT voices, else a "Name: text" label, else anonymous text.
function payloadUtterances(payload: string, start: number, end: number): Utterance[] {
  const voices = findVoiceTags(payload);
  if (voices.length > 0) {
    const out: Utterance[] = [];
    const before = stripMarkup(payload.slice(0, voices[0]?.start ?? 0));
    if (before) out.push({ start, end, speaker: null, text: before });
    voices.forEach((voice, k) => {
      const text = stripMarkup(payload.slice(voice.end, voices[k + 1]?.start ?? payload.length));
      const speaker = stripMarkup(voice.name) || null;
      if (text) out.push({ start, end, speaker, text });
    });
    return out;
  }
  const text = stripMarkup(payload);
  if (!text) return [];
  const label = matchSpeakerLabel(text, isSpeaker);
  if (label !== null && label.style === 'colon' && label.timestamp === null && label.textStart < text.length) {
    return [{ start, end, speaker: label.speaker, text: text.slice(label.textStart) }];
  }
  return [{ start, end, speaker: null, text }];
}

function splitBlocks(text: string): string[][] {
  return text
    .split(/\n[ \t]*\n/u)
    .map((block) => block.split('\n').filter((line) => line.trim().length > 0))
    .filter((lines) => lines.length > 0);
}

// Parses caption text (VTT or SRT) into utterances in file order.
export function parseCaptions(text: string, format: 'vtt' | 'srt', fileName: string): Utterance[] {
  const blocks = splitBlocks(text.replace(/^\ufeff/u, '').replace(/\r\n?/gu, '\n'));
  if (format === 'vtt') {
    const header = blocks.shift();
    if (!header || !/^WEBVTT(?:[ \t].*)?$/u.test(header[0] ?? '')) {
      throw new ApiError('BAD_INPUT', `${fileName} is not a WebVTT file (it must start with "WEBVTT"). Nothing was imported.`);
    }
    // a header may run straight into the first cue without a blank line
    const timingAt = header.findIndex((line) => TIMING.test(line));
    if (timingAt > 0) blocks.unshift(header.slice(Math.max(1, timingAt - 1)));
  }
  const utterances: Utterance[] = [];
  for (const lines of blocks) {
    const first = lines[0] ?? '';
    if (format === 'vtt' && /^(NOTE|STYLE|REGION)(?:\s|$)/u.test(first)) continue;
    const timingAt = lines.findIndex((line) => TIMING.test(line));
    if (timingAt < 0 || timingAt > 1) continue;
    const timing = TIMING.exec(lines[timingAt] ?? '');
    if (!timing) continue;
    const payload = lines.slice(timingAt + 1).join('\n');
    utterances.push(...payloadUtterances(payload, seconds(timing[1] ?? '0:00'), seconds(timing[2] ?? '0:00')));
  }
  if (utterances.length === 0) {
    throw new ApiError('BAD_INPUT', `${fileName} holds no captions with text (no timed cues were found). Nothing was imported.`);
  }
  return utterances;
}

interface Group {
  start: number;
  end: number;
  speaker: string | null;
  texts: string[];
  chars: number;
}

// Merges consecutive utterances of one speaker (and runs of unlabelled ones) into turns and paragraphs.
export function groupUtterances(utterances: readonly Utterance[]): Group[] {
  const groups: Group[] = [];
  for (const u of utterances) {
    const last = groups[groups.length - 1];
    const sameSpeaker = last !== undefined && last.speaker !== null && last.speaker === u.speaker;
    const joinsParagraph = last !== undefined && last.speaker === null && u.speaker === null && u.start - last.end < PARAGRAPH_PAUSE && last.chars < PARAGRAPH_CHARS;
    if (last && (sameSpeaker || joinsParagraph)) {
      last.texts.push(u.text);
      last.end = Math.max(last.end, u.end);
      last.chars += u.text.length + 1;
    } else {
      groups.push({ start: u.start, end: u.end, speaker: u.speaker, texts: [u.text], chars: u.text.length });
    }
  }
  return groups;
}

// Reads a .vtt or .srt file into turns (speakers known) and timed paragraphs.
export function readCaptions(bytes: Uint8Array, fileName: string, format: 'vtt' | 'srt'): ImportedDocument {
  if (bytes.length === 0) throw new ApiError('BAD_INPUT', `${fileName} is empty (0 bytes). Nothing was imported.`);
  if (looksBinary(bytes)) throw new ApiError('BAD_INPUT', `${fileName} does not look like a caption file (it holds binary data). Nothing was imported.`);
  const decoded = decodeTextBytes(bytes);
  const builder = new DocumentBuilder(format, fileName);
  for (const group of groupUtterances(parseCaptions(decoded.text, format, fileName))) {
    const clock = formatClock(group.start);
    const body = group.texts.join(' ');
    if (group.speaker !== null) {
      const labelText = `[${clock}] ${group.speaker}:`;
      builder.add('turn', `${labelText} ${body}`, { speaker: group.speaker, labelText, timestamp: clock });
    } else {
      builder.add('paragraph', `[${clock}] ${body}`, { timestamp: clock });
    }
  }
  return builder.build({ warnings: decoded.warning ? [decoded.warning] : [], encoding: decoded.encoding });
}
