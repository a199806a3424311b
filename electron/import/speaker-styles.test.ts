// Every speaker style the importer recognises, in every format that carries it (table-driven):
// the turns found, their speakers, their timestamps and where their words start.
import { describe, expect, it } from 'vitest';
import { createOffsetIndex } from '../../shared/text/code-points.ts';
import { readDocument } from './read-document.ts';
import { detectDocumentSpeakers, segmentDocument } from './segment-document.ts';
import { labelled, makeDocx, plain } from './testing/make-docx.ts';
import { makeOdt } from './testing/make-odt.ts';
import { makePdf } from './testing/make-pdf.ts';

const utf8 = (text: string) => new TextEncoder().encode(text);

interface Case {
  name: string;
  file: string;
  bytes: () => Promise<Uint8Array> | Uint8Array;
  // "speaker @timestamp: first words" of each turn that has its own label
  turns: string[];
}

const cases: Case[] = [
  {
    name: 'Name: text (plain text)',
    file: 'colon.txt',
    bytes: () => utf8('Interviewer: How did it start?\n\nJane Smith: We paired up in September.\nInterviewer: And then?\nJane Smith: It grew.'),
    turns: ['Interviewer: How did it start?', 'Jane Smith: We paired up in Septe', 'Interviewer: And then?', 'Jane Smith: It grew.'],
  },
  {
    name: '[Name] text and [id1] text',
    file: 'brackets.txt',
    bytes: () => utf8('[id1] hello, I like the course.\n\n[id2] I am struggling.\n\n[Jane Smith] So am I.'),
    turns: ['id1: hello, I like the course.', 'id2: I am struggling.', 'Jane Smith: So am I.'],
  },
  {
    name: 'speaker line then timestamp, text below (Otter, Teams)',
    file: 'otter.txt',
    bytes: () => utf8('Jane Smith  00:13\nSo the first thing was the log.\n\nSpeaker 2  1:02:07\nRight, and the meetings?\n'),
    turns: ['Jane Smith @00:13: So the first thing was', 'Speaker 2 @1:02:07: Right, and the meeting'],
  },
  {
    name: 'Q: and A: with a leading timestamp',
    file: 'qa.txt',
    bytes: () => utf8('[00:01:02] Q: Why coaching?\n[00:01:09] A: Because it is owned by staff.'),
    turns: ['Q @00:01:02: Why coaching?', 'A @00:01:09: Because it is owned by'],
  },
  {
    name: 'Markdown with bold labels',
    file: 'notes.md',
    bytes: () => utf8('# Interview 3\n\n**Interviewer:** What changed?\n\n**Imran:** The *grading* stopped.\n'),
    turns: ['Interviewer: What changed?', 'Imran: The grading stopped.'],
  },
  {
    name: 'WebVTT with Teams voice tags (cues of one speaker merge)',
    file: 'teams.vtt',
    bytes: () =>
      utf8(
        'WEBVTT\n\nb7e1-4c/12-0\n00:00:03.120 --> 00:00:05.000\n<v Jane Smith>Thanks for joining.</v>\n\nb7e1-4c/13-0\n00:00:05.200 --> 00:00:07.000\n<v Jane Smith>Shall we start?</v>\n\n00:00:08.000 --> 00:00:09.500\n<v Imran Shah>Yes, go ahead.</v>\n',
      ),
    turns: ['Jane Smith @00:00:03: Thanks for joining. S', 'Imran Shah @00:00:08: Yes, go ahead.'],
  },
  {
    name: 'WebVTT from Zoom (Name: text in the cue)',
    file: 'zoom.vtt',
    bytes: () => utf8('WEBVTT\n\n1\n00:00:01.000 --> 00:00:04.000\nRachel Pryce: Can everyone hear me?\n\n2\n00:00:04.500 --> 00:00:06.000\nDavid Bennett: Loud and clear.\n'),
    turns: ['Rachel Pryce @00:00:01: Can everyone hear me', 'David Bennett @00:00:04: Loud and clear.'],
  },
  {
    name: 'SubRip with labels',
    file: 'talk.srt',
    bytes: () => utf8('1\n00:00:01,000 --> 00:00:03,000\nINTERVIEWER: Tell me about the log.\n\n2\n00:00:03,500 --> 00:00:06,000\n<i>MARGARET:</i> It is a short form.\n'),
    turns: ['INTERVIEWER @00:00:01: Tell me about the lo', 'MARGARET @00:00:03: It is a short form.'],
  },
  {
    name: 'Word: bold labels with a colon',
    file: 'bold-colon.docx',
    bytes: () => makeDocx([plain('Interview 2 - Project 1'), labelled('Interviewer:', ' What is the process?'), labelled('Rachel:', ' Pairs meet three times.')]),
    turns: ['Interviewer: What is the process?', 'Rachel: Pairs meet three times.'],
  },
  {
    name: 'Word: bold names without a colon (repeated)',
    file: 'bold-names.docx',
    bytes: () => makeDocx([labelled('Sam', ' Could you say more?'), labelled('Priya Desai', ' The log was the problem.'), labelled('Sam', ' Why?'), labelled('Priya Desai', ' It felt like checking.')]),
    turns: ['Sam: Could you say more?', 'Priya Desai: The log was the problem.', 'Sam: Why?', 'Priya Desai: It felt like checking.'],
  },
  {
    name: 'Word: heading-styled speaker names with the turn below',
    file: 'heading-names.docx',
    bytes: () =>
      makeDocx([
        { kind: 'heading', text: 'Interviewer', level: 2 },
        plain('How did the trios work?'),
        { kind: 'heading', text: 'Gareth Lloyd', level: 2 },
        plain('Online, every fortnight.'),
        { kind: 'heading', text: 'Interviewer', level: 2 },
        plain('And the pay?'),
        { kind: 'heading', text: 'Gareth Lloyd', level: 2 },
        plain('Sessional staff were paid.'),
      ]),
    turns: ['Interviewer: How did the trios work?', 'Gareth Lloyd: Online, every fortnight.', 'Interviewer: And the pay?', 'Gareth Lloyd: Sessional staff were p'],
  },
  {
    name: 'Word: Otter export (speaker and time paragraph, then the text)',
    file: 'otter.docx',
    bytes: () => makeDocx([plain('Speaker 1  0:03'), plain('Shall we begin?'), plain('Speaker 2  0:09'), plain('Yes, fine.')]),
    turns: ['Speaker 1 @0:03: Shall we begin?', 'Speaker 2 @0:09: Yes, fine.'],
  },
  {
    name: 'OpenDocument: bold labels',
    file: 'bold.odt',
    bytes: () => makeOdt([{ bold: 'Interviewer:', text: ' Who set the agenda?' }, { bold: 'Margaret:', text: ' The senior team did.' }]),
    turns: ['Interviewer: Who set the agenda?', 'Margaret: The senior team did.'],
  },
  {
    name: 'PDF transcript with Name: text lines',
    file: 'transcript.pdf',
    bytes: () => makePdf([[{ text: 'Interviewer: What did you log?' }, { text: 'Imran: Only the cycles.', gapBefore: 12 }]]),
    turns: ['Interviewer: What did you log?', 'Imran: Only the cycles.'],
  },
];

describe('speaker styles in every format', () => {
  it.each(cases)('$name', async ({ file, bytes, turns }) => {
    const doc = await readDocument(file, await bytes());
    const index = createOffsetIndex(doc.text);
    const segments = segmentDocument(doc);
    const found = segments
      .filter((s) => s.kind === 'turn' && s.labelEnd !== null)
      .map((s) => {
        const words = index.slice(s.labelEnd ?? s.start, s.end).replace(/\s+/gu, ' ').trim();
        return `${s.speakerLabel}${s.timestamp ? ` @${s.timestamp}` : ''}: ${words}`;
      });
    expect(found.map((f, i) => f.slice(0, (turns[i] ?? '').length))).toEqual(turns);
    // the label ranges point at the labels in the canonical text
    for (const s of segments.filter((x) => x.labelStart !== null)) {
      expect(index.slice(s.labelStart ?? 0, s.labelEnd ?? 0).toLowerCase()).toContain((s.speakerLabel ?? '').toLowerCase().split(' ')[0]);
    }
    expect(detectDocumentSpeakers(doc, segments).map((s) => s.label)).toEqual([...new Set(turns.map((t) => t.replace(/( @[\d:]+)?: .*$/u, '')))]);
  });
});

describe('confirmed speakers', () => {
  it('turns only confirmed labels into turns; the rest stay text', async () => {
    const doc = await readDocument('t.txt', utf8('Interviewer: Hello.\n\nAction Point: fix the log.\n\nJane: Yes.'));
    expect(detectDocumentSpeakers(doc).map((s) => s.label)).toEqual(['Interviewer', 'Action Point', 'Jane']);
    const kinds = segmentDocument(doc, { speakers: ['Interviewer', 'Jane'] }).map((s) => `${s.kind}:${s.speakerLabel ?? ''}`);
    expect(kinds).toEqual(['turn:Interviewer', 'paragraph:', 'turn:Jane']);
  });

  it('gives unlabelled paragraphs after a turn to its speaker when asked; headings end the run', async () => {
    const doc = await readDocument('t.txt', utf8('Jane: First part.\n\nSecond part.\n\n2. Next section\n\nA paragraph.'));
    const kinds = segmentDocument(doc, { continueTurns: true }).map((s) => `${s.kind}:${s.speakerLabel ?? ''}`);
    expect(kinds).toEqual(['turn:Jane', 'turn:Jane', 'heading:', 'paragraph:']);
  });

  it('keeps a VTT voice as plain text when it is not confirmed', async () => {
    const doc = await readDocument('t.vtt', utf8('WEBVTT\n\n00:00:01.000 --> 00:00:02.000\n<v Bot>Recording started.\n\n00:00:03.000 --> 00:00:04.000\n<v Ann>Hi.\n'));
    const kinds = segmentDocument(doc, { speakers: ['Ann'] }).map((s) => `${s.kind}:${s.speakerLabel ?? ''}`);
    expect(kinds).toEqual(['paragraph:', 'turn:Ann']);
  });
});

