// The coding view's bench project: one long transcript (about 300,000 characters, turns
// with timestamps) carrying 2,000 codings across the activity-theory codebook, seeded.
import { codePointLength } from '../../../shared/text/code-points.ts';
import { newProjectWithCodebook } from '../../../electron/projects/new-project.ts';
import { runSetup } from '../../../electron/db/undo-log.ts';
import { insertCoding } from '../../../electron/codings/codings.ts';
import { ensureCoder } from '../../../electron/projects/project-info.ts';
import { importTextSource } from '../../../electron/sources/sources.ts';
import { insertNode } from '../../../electron/codebook/codebook.ts';
import { seededRandom } from '../synthetic-corpus.ts';

// The node the bench codes passages at in the coding view (no codings before).
export const TARGET_NODE = 'Bench coding target';

const WORDS = (
  'the coaching log was another form we filled in after each visit and the mentors said it took the spontaneity out of it ' +
  'but the broker needed something to show the fund so we kept it going across both sites with the partner staff ' +
  'questioning in class improved and learners spoke up more often which surprised me 😀 because the timetable never ' +
  'gave us remission hours for peer visits or network meetings on Wednesday afternoons at the college'
).split(' ');

function clock(seconds: number): string {
  const h = Math.floor(seconds / 3600);
  const m = Math.floor((seconds % 3600) / 60);
  const s = Math.floor(seconds % 60);
  return [h, m, s].map((n) => String(n).padStart(2, '0')).join(':');
}

// Writes the transcript: "[hh:mm:ss] Speaker: words" turns up to about `characters` long.
export function benchTranscript(characters: number, seed = 7): string {
  const random = seededRandom(seed);
  const turns: string[] = [];
  let length = 0;
  let seconds = 3;
  for (let i = 0; length < characters; i++) {
    const speaker = i % 2 === 0 ? 'Interviewer' : 'Participant';
    const wordCount = speaker === 'Interviewer' ? 8 + Math.floor(random() * 20) : 20 + Math.floor(random() * 110);
    const words: string[] = [];
    for (let w = 0; w < wordCount; w++) words.push(WORDS[Math.floor(random() * WORDS.length)] as string);
    const sentence = words.join(' ');
    const turn = `[${clock(seconds)}] ${speaker}: ${sentence.charAt(0).toUpperCase()}${sentence.slice(1)}.`;
    turns.push(turn);
    length += turn.length + 2;
    seconds += 4 + Math.floor(wordCount / 2.5);
  }
  return turns.join('\n\n');
}

// Creates the bench project at `path` with the transcript and `codings` codings; returns the source's name.
// Also makes an empty node, TARGET_NODE, for the bench to code at (a new stripe wherever it codes).
export function writeCodingBenchProject(path: string, characters: number, codings: number): { sourceName: string; characters: number; codings: number; targetNodeId: number } {
  const store = newProjectWithCodebook(path, 'Coding view bench');
  try {
    const text = benchTranscript(characters);
    const random = seededRandom(11);
    const sourceName = 'Long interview (bench)';
    runSetup(store, (rec) => {
      const source = importTextSource(store, { name: sourceName, kind: 'transcript', text, originFormat: 'txt' }, rec);
      const coder = ensureCoder(rec, 'Bench Coder', 'BC');
      const nodes = store.db.prepare<[], number>('SELECT id FROM nodes ORDER BY id').pluck().all();
      const length = codePointLength(text);
      // word starts, in code points, so codings begin and end at word edges
      const starts: number[] = [];
      let cp = 0;
      let prevSpace = true;
      for (const ch of text) {
        const space = ch === ' ' || ch === '\n';
        if (!space && prevSpace) starts.push(cp);
        prevSpace = space;
        cp++;
      }
      for (let made = 0; made < codings; ) {
        const at = Math.floor(random() * starts.length);
        const start = starts[at] as number;
        const span = 1 + Math.floor(random() * (random() < 0.1 ? 120 : 25));
        const end = Math.min(length, (starts[at + span] ?? length) - 1);
        if (end <= start) continue;
        insertCoding(rec, { sourceId: source.id, nodeId: nodes[Math.floor(random() * nodes.length)] as number, start, end, coderId: coder });
        made++;
      }
    });
    const targetNodeId = runSetup(store, (rec) => insertNode(rec, { name: TARGET_NODE, parentId: null }));
    const count = store.db.prepare<[], number>('SELECT count(*) FROM codings').pluck().get() ?? 0;
    return { sourceName, characters: codePointLength(text), codings: count, targetNodeId };
  } finally {
    store.close();
  }
}
