// Word and OpenDocument paragraphs with the formatting that marks speakers: a bold name at
// the start of a paragraph ("**Jane:** text" or "**Jane** text"), a paragraph that is only
// a bold name, or a heading-styled name followed by the turn's text. Everything else is
// free text (the speaker-turn parser still finds "Name: text" in it), a heading, or a table row.
//
// A bold label with a colon counts when the name looks like a speaker; without a colon, and
// for bold-only or heading-styled names, the same name must appear at least twice (or be
// the interviewer), so a report's bold lead-ins and headings are not taken for speakers.
import { createSpeakerTest, isLikelyInterviewer, parseLabelText, speakerKey } from '../../shared/text/speaker-labels.ts';
import type { DocumentBuilder } from './document-builder.ts';

export interface RichParagraph {
  kind: 'paragraph' | 'heading' | 'table-row';
  text: string;
  // the bold text the paragraph starts with (after leading spaces); '' when none
  boldPrefix: string;
  // every visible character is bold
  allBold: boolean;
  // rows of one table share a group
  group?: string;
}

interface Candidate {
  speaker: string;
  timestamp: string | null;
  labelText: string;
  strong: boolean;
  labelOnly: boolean;
}

const isSpeaker = createSpeakerTest();
const MAX_LABEL = 80;

function candidateOf(p: RichParagraph): Candidate | null {
  if (p.kind === 'table-row') return null;
  const text = p.text.replace(/^\s+/u, '');
  const whole = text.trim();
  if (p.kind === 'heading' || p.allBold) {
    if (whole.length === 0 || whole.length > MAX_LABEL || whole.includes('\n')) return null;
    const parsed = parseLabelText(whole, isSpeaker);
    if (!parsed) return null;
    return { ...parsed, labelText: whole, strong: false, labelOnly: true };
  }
  const bold = p.boldPrefix.replace(/^\s+/u, '').trimEnd();
  if (bold.length === 0 || bold.length > MAX_LABEL || bold.includes('\n') || !text.startsWith(bold)) return null;
  const colon = /^[ \t]*:/u.exec(text.slice(bold.length));
  const labelText = colon ? text.slice(0, bold.length + colon[0].length) : bold;
  const parsed = parseLabelText(labelText, isSpeaker);
  if (!parsed) return null;
  const rest = text.slice(labelText.length).trim();
  return { ...parsed, labelText, strong: labelText.trimEnd().endsWith(':'), labelOnly: rest.length === 0 };
}

// Adds paragraphs to a document, deciding which bold or heading-styled names are speaker labels.
export function addRichParagraphs(builder: DocumentBuilder, paragraphs: readonly RichParagraph[]): void {
  const candidates = paragraphs.map(candidateOf);
  const seen = new Map<string, number>();
  for (const c of candidates) if (c) seen.set(speakerKey(c.speaker), (seen.get(speakerKey(c.speaker)) ?? 0) + 1);
  paragraphs.forEach((p, i) => {
    const c = candidates[i];
    const accepted = c != null && (c.strong || (seen.get(speakerKey(c.speaker)) ?? 0) >= 2 || isLikelyInterviewer(c.speaker));
    if (p.kind === 'table-row') builder.add('table-row', p.text, { group: p.group ?? null });
    else if (accepted && c) builder.add(c.labelOnly ? 'label' : 'turn', p.text, { speaker: c.speaker, labelText: c.labelText, timestamp: c.timestamp });
    else if (p.kind === 'heading') builder.add('heading', p.text);
    else builder.add('text', p.text);
  });
}
