import { describe, expect, it } from 'vitest';
import { createSpeakerTest, matchSpeakerLabel } from './speaker-labels.ts';

const heuristic = createSpeakerTest();

describe('matchSpeakerLabel (heuristics)', () => {
  it.each<[string, string, string | null, string, string | null]>([
    // line, marker, speaker, text after, timestamp
    ['Margaret: Yes, of course.', 'Margaret:', 'Margaret', 'Yes, of course.', null],
    ['Interviewer: And how?', 'Interviewer:', 'Interviewer', 'And how?', null],
    ['I: Tell me more.', 'I:', 'I', 'Tell me more.', null],
    ['Q: Why?', 'Q:', 'Q', 'Why?', null],
    ['R: Because.', 'R:', 'R', 'Because.', null],
    ['P1: I disagree.', 'P1:', 'P1', 'I disagree.', null],
    ['Speaker 1: Hello.', 'Speaker 1:', 'Speaker 1', 'Hello.', null],
    ['Jane  Smith: Hello.', 'Jane  Smith:', 'Jane Smith', 'Hello.', null],
    ['Dr. Smith: Hello.', 'Dr. Smith:', 'Dr. Smith', 'Hello.', null],
    ['Head of Service: We agreed.', 'Head of Service:', 'Head of Service', 'We agreed.', null],
    ['  Margaret:   Indented.', 'Margaret:', 'Margaret', 'Indented.', null],
    ['Margaret:', 'Margaret:', 'Margaret', '', null],
    ['Speaker 1 (00:03): Welcome.', 'Speaker 1 (00:03):', 'Speaker 1', 'Welcome.', '00:03'],
    ['[00:01:02] Jane: Right.', '[00:01:02] Jane:', 'Jane', 'Right.', '00:01:02'],
    ['[id1] hello, I like the course.', '[id1]', 'id1', 'hello, I like the course.', null],
    ['[Jane Smith]: Hello.', '[Jane Smith]:', 'Jane Smith', 'Hello.', null],
    ['[P1]', '[P1]', 'P1', '', null],
    ['Jane Smith  00:13', 'Jane Smith  00:13', 'Jane Smith', '', '00:13'],
    ['Speaker 1 0:00:13', 'Speaker 1 0:00:13', 'Speaker 1', '', '0:00:13'],
    ['Jane Smith   (0:03)  ', 'Jane Smith   (0:03)', 'Jane Smith', '', '0:03'],
    ['المحاور: مرحبا', 'المحاور:', 'المحاور', 'مرحبا', null],
  ])('%j', (line, marker, speaker, rest, timestamp) => {
    const match = matchSpeakerLabel(line, heuristic);
    expect(match).not.toBeNull();
    if (match === null) return;
    expect(line.slice(match.labelStart, match.labelEnd)).toBe(marker);
    expect(match.speaker).toBe(speaker);
    expect(line.slice(match.textStart)).toBe(rest);
    expect(match.timestamp).toBe(timestamp);
  });

  it.each([
    'Date: 14 October 2025',
    'Mode: face to face',
    'Time: 10am',
    'Location: Ashdown',
    'Duration: 45 minutes',
    'Note: recording failed',
    'Interview date: 3 May',
    'Project 1: Peer coaching for teaching and learning',
    'The main point is this: we agreed.',
    'Its purpose is twofold: to account',
    'At 10:30 Jane: hello',
    'See https://example.org for more',
    'Well, Sarah: go on',
    'Yes. Margaret: go on',
    'One Two Three Four Five: too many words',
    '1: numbered',
    '[inaudible] and then we left',
    '[laughs] yes',
    '[Name] told me about it',
    '[1] Smith, J. (2020) A study.',
    '[00:01:02] no label here',
    'We met at 10:30',
    'Jane arrived 10:30',
    '',
    '   ',
  ])('%j is not a label', (line) => {
    expect(matchSpeakerLabel(line, heuristic)).toBeNull();
  });
});

describe('matchSpeakerLabel (known speakers)', () => {
  const known = createSpeakerTest({ speakers: ['Interviewer', 'margaret', 'dr smith'] });
  it.each<[string, string | null]>([
    ['Interviewer: Hello.', 'Interviewer'],
    ['MARGARET: Hello.', 'margaret'],
    ['dr  smith: lowercase is fine when listed', 'dr smith'],
    ['Date: 14 October 2025', null],
    ['David: not listed', null],
    ['[Margaret] hello', 'margaret'],
  ])('%j -> %j', (line, speaker) => {
    expect(matchSpeakerLabel(line, known)?.speaker ?? null).toBe(speaker);
  });

  it('takes a header word as a speaker only when listed', () => {
    const withDate = createSpeakerTest({ speakers: ['Date'] });
    expect(matchSpeakerLabel('Date: 14 October 2025', withDate)?.speaker).toBe('Date');
  });
});
