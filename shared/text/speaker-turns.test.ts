import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { codePointLength, sliceByCodePoints } from './code-points.ts';
import { detectSpeakers, isLikelyInterviewer, parseSegments } from './speaker-turns.ts';
import type { ParseOptions, Segment } from './speaker-turns.ts';

// A readable view of a segment: kind, speaker, its text, label marker, text after the label, timestamp.
function view(text: string, segment: Segment): [string, string | null, string, string | null, string, string | null] {
  const label =
    segment.labelStart === null || segment.labelEnd === null ? null : sliceByCodePoints(text, segment.labelStart, segment.labelEnd);
  return [
    segment.kind,
    segment.speakerLabel,
    sliceByCodePoints(text, segment.start, segment.end),
    label,
    sliceByCodePoints(text, segment.textStart, segment.end),
    segment.timestamp,
  ];
}

const parse = (text: string, options?: ParseOptions) => parseSegments(text, options).map((s) => view(text, s));

describe('parseSegments', () => {
  it('reads colon turns after a header', () => {
    const text = [
      'Interview 1 - Project 1, lead organisation',
      'Date: 14 October 2025',
      'Mode: face to face',
      '',
      'Interviewer: Thanks for making the time.',
      '',
      '',
      'Margaret: Yes, of course.  ',
      '',
    ].join('\n');
    expect(parse(text)).toEqual([
      ['paragraph', null, 'Interview 1 - Project 1, lead organisation\nDate: 14 October 2025\nMode: face to face', null, 'Interview 1 - Project 1, lead organisation\nDate: 14 October 2025\nMode: face to face', null],
      ['turn', 'Interviewer', 'Interviewer: Thanks for making the time.', 'Interviewer:', 'Thanks for making the time.', null],
      ['turn', 'Margaret', 'Margaret: Yes, of course.', 'Margaret:', 'Yes, of course.', null],
    ]);
  });

  it('splits turns on a new labelled line and keeps unlabelled lines in the turn', () => {
    const text = 'I: How was it?\nR: Fine.\nReally fine.\nI: Good.';
    expect(parse(text)).toEqual([
      ['turn', 'I', 'I: How was it?', 'I:', 'How was it?', null],
      ['turn', 'R', 'R: Fine.\nReally fine.', 'R:', 'Fine.\nReally fine.', null],
      ['turn', 'I', 'I: Good.', 'I:', 'Good.', null],
    ]);
  });

  it('reads [id] tagged turns (QualCoder example)', () => {
    const text = '[id1] hello, I like the course.\n\n[id2] I am struggling.\n\n[id1] yes, I agree.\n';
    expect(parse(text)).toEqual([
      ['turn', 'id1', '[id1] hello, I like the course.', '[id1]', 'hello, I like the course.', null],
      ['turn', 'id2', '[id2] I am struggling.', '[id2]', 'I am struggling.', null],
      ['turn', 'id1', '[id1] yes, I agree.', '[id1]', 'yes, I agree.', null],
    ]);
  });

  it('reads Otter and Teams turns: a name and time line, then the text', () => {
    const text = 'Jane Smith  00:13\nSo shall we start?\nGood.\n\nSpeaker 2 0:00:21\n\nYes please.\n\nJane Smith  0:25\n';
    expect(parse(text)).toEqual([
      ['turn', 'Jane Smith', 'Jane Smith  00:13\nSo shall we start?\nGood.', 'Jane Smith  00:13', 'So shall we start?\nGood.', '00:13'],
      ['turn', 'Speaker 2', 'Speaker 2 0:00:21\n\nYes please.', 'Speaker 2 0:00:21', 'Yes please.', '0:00:21'],
      ['turn', 'Jane Smith', 'Jane Smith  0:25', 'Jane Smith  0:25', '', '0:25'],
    ]);
  });

  it('reads Rev turns: "Name (time):" then the text', () => {
    const text = 'Speaker 1 (00:00):\nWelcome, everyone.\n\nSpeaker 2 (00:05):\nThanks.';
    expect(parse(text)).toEqual([
      ['turn', 'Speaker 1', 'Speaker 1 (00:00):\nWelcome, everyone.', 'Speaker 1 (00:00):', 'Welcome, everyone.', '00:00'],
      ['turn', 'Speaker 2', 'Speaker 2 (00:05):\nThanks.', 'Speaker 2 (00:05):', 'Thanks.', '00:05'],
    ]);
  });

  it('finds numbered and Markdown headings, not sentences', () => {
    const text = [
      'Project 1: Peer coaching',
      '',
      '1. Introduction',
      'This report describes the project.',
      '',
      '3.1 Engagement',
      '',
      '## Methods used',
      '',
      '1. We met the staff.',
      '',
      '2) Findings',
      '',
      '2025 was a good year',
    ].join('\n');
    expect(parse(text).map(([kind, , body]) => [kind, body])).toEqual([
      ['paragraph', 'Project 1: Peer coaching'],
      ['heading', '1. Introduction'],
      ['paragraph', 'This report describes the project.'],
      ['heading', '3.1 Engagement'],
      ['heading', '## Methods used'],
      ['paragraph', '1. We met the staff.'],
      ['heading', '2) Findings'],
      ['paragraph', '2025 was a good year'],
    ]);
  });

  it('takes only known speakers when a list is given', () => {
    const text = 'Date: 14 October 2025\nInterviewer: Jo Bloggs\n\nInterviewer: Hello.\n\nMargaret: Hi.\n\nDavid: Not listed.';
    const options = { speakers: ['Interviewer', 'Margaret'] };
    expect(parse(text, options).map(([kind, speaker]) => [kind, speaker])).toEqual([
      ['paragraph', null],
      ['turn', 'Interviewer'],
      ['turn', 'Interviewer'],
      ['turn', 'Margaret'],
      ['paragraph', null],
    ]);
    const onlyDate = parse('Date: 14 October 2025', { speakers: [] });
    expect(onlyDate.map(([kind]) => kind)).toEqual(['paragraph']);
  });

  it('continues a speaker over unlabelled paragraphs when asked', () => {
    const text = 'Margaret: First.\n\nSecond paragraph.\n\n1. Section\n\nAfter the heading.';
    expect(parse(text).map(([kind, speaker]) => [kind, speaker])).toEqual([
      ['turn', 'Margaret'],
      ['paragraph', null],
      ['heading', null],
      ['paragraph', null],
    ]);
    const continued = parseSegments(text, { continueTurns: true });
    expect(continued.map((s) => [s.kind, s.speakerLabel, s.labelStart])).toEqual([
      ['turn', 'Margaret', 0],
      ['turn', 'Margaret', null],
      ['heading', null, null],
      ['paragraph', null, null],
    ]);
  });

  it('counts positions in code points', () => {
    const text = '😀😀 intro\n\nMargaret: I 😀 it.';
    const [intro, turn] = parseSegments(text);
    expect(intro).toMatchObject({ start: 0, end: 8, kind: 'paragraph' });
    expect(turn).toMatchObject({ start: 10, end: 27, labelStart: 10, labelEnd: 19, textStart: 20 });
  });

  it.each(['', '\n\n', '   \n\t\n'])('returns nothing for %j', (text) => {
    expect(parseSegments(text)).toEqual([]);
  });

  // Lines that exercise every branch of the parser.
  const LINES = [
    '', ' ', 'Interviewer: Hi.', 'Margaret:', 'I: ok', '[id1] hello', '[P1]', 'Jane Smith  00:13', 'Speaker 1 (00:03):',
    '1. Introduction', '3.1 Engagement', '## Title', 'Date: today', 'Plain text.', '  indented text  ', '😀 emoji',
    'e\u0301 accent', '[laughs] ok', '\t', 'Q:', '\r',
  ];
  const lineText = fc.array(fc.oneof(fc.constantFrom(...LINES), fc.string({ unit: 'grapheme', maxLength: 12 })), { maxLength: 14 }).map((lines) => lines.join('\n'));
  const anyText = fc.oneof(lineText, fc.string({ unit: 'binary' }), fc.string({ unit: 'grapheme' }));

  it('never throws and returns ordered, disjoint segments with labels inside them', () => {
    fc.assert(
      fc.property(anyText, fc.boolean(), fc.option(fc.constant(['Interviewer', 'Margaret'])), (text, continueTurns, speakers) => {
        const length = codePointLength(text);
        const segments = parseSegments(text, speakers === null ? { continueTurns } : { continueTurns, speakers });
        let previousEnd = 0;
        for (const s of segments) {
          expect(s.start).toBeGreaterThanOrEqual(previousEnd);
          expect(s.start).toBeLessThan(s.end);
          expect(s.end).toBeLessThanOrEqual(length);
          if (s.labelStart !== null || s.labelEnd !== null) {
            expect(s.kind).toBe('turn');
            expect(s.labelStart).toBe(s.start);
            expect(s.labelEnd ?? -1).toBeGreaterThan(s.start);
            expect(s.labelEnd ?? Infinity).toBeLessThanOrEqual(s.end);
            expect(s.textStart).toBeGreaterThanOrEqual(s.labelEnd ?? Infinity);
          } else {
            expect(s.textStart).toBe(s.start);
          }
          expect(s.textStart).toBeLessThanOrEqual(s.end);
          if (s.kind === 'turn') expect(s.speakerLabel).not.toBeNull();
          else expect(s.speakerLabel).toBeNull();
          const body = sliceByCodePoints(text, s.start, s.end);
          expect(body.trim()).toBe(body);
          previousEnd = s.end;
        }
      }),
    );
  });
});

describe('detectSpeakers', () => {
  it('lists labels in order of appearance with turn counts', () => {
    const text = 'Date: today\n\nInterviewer: a\n\nMargaret: b\n\nInterviewer: c\n\nMargaret: d\nMore.\n\nInterviewer: e';
    expect(detectSpeakers(text)).toEqual([
      { label: 'Interviewer', count: 3 },
      { label: 'Margaret', count: 2 },
    ]);
  });

  it('does not count continuation paragraphs', () => {
    expect(detectSpeakers('Margaret: a\n\nb\n\nc')).toEqual([{ label: 'Margaret', count: 1 }]);
  });
});

describe('isLikelyInterviewer', () => {
  it.each([
    ['Interviewer', true],
    ['interviewer', true],
    ['INTERVIEWER', true],
    ['Interviewer 2', true],
    ['Interviewer2', true],
    ['Interviewer B', true],
    ['I', true],
    ['Q', true],
    ['Int', true],
    ['Int.', true],
    ['[Interviewer]', true],
    ['Interviewer:', true],
    ['[Interviewer]:', true],
    ['Interviewee', false],
    ['Researcher', false],
    ['Facilitator', false],
    ['Margaret', false],
    ['R', false],
    ['P1', false],
    ['Isabel', false],
    ['Interviewer Sarah Brown', false],
  ])('%j -> %s', (label, expected) => {
    expect(isLikelyInterviewer(label)).toBe(expected);
  });
});
