// Synthetic corpora for benchmarks: N interview transcripts with realistic turn
// structure (interviewer questions, participant answers, about 5,000 words each),
// cases with attributes, and M codings per transcript. Seeded, so runs repeat; the
// project files are cached by size in .bench-cache/.
import { existsSync, mkdirSync, renameSync, rmSync } from 'node:fs';
import { join } from 'node:path';
import { ACTIVITY_THEORY_CODEBOOK } from '../../shared/model/codebook-template.ts';
import { codePointLength } from '../../shared/text/code-points.ts';
import { latestVersion } from '../../electron/db/migrate.ts';
import { createProject } from '../../electron/db/open-project.ts';
import { runSetup } from '../../electron/db/undo-log.ts';
import { insertCase } from '../../electron/cases/cases.ts';
import { insertTemplate } from '../../electron/codebook/codebook.ts';
import { insertCoding } from '../../electron/codings/codings.ts';
import { ensureCoder } from '../../electron/projects/project-info.ts';
import { importTextSource } from '../../electron/sources/sources.ts';

// A small fast seeded PRNG (mulberry32).
export function seededRandom(seed: number): () => number {
  let a = seed >>> 0;
  return () => {
    a = (a + 0x6d2b79f5) >>> 0;
    let t = a;
    t = Math.imul(t ^ (t >>> 15), t | 1);
    t ^= t + Math.imul(t ^ (t >>> 7), t | 61);
    return ((t ^ (t >>> 14)) >>> 0) / 4294967296;
  };
}

const QUESTIONS = [
  'Can you tell me how the coaching sessions worked in practice?',
  'Who decided what the project would focus on?',
  'How did you and your manager work together on it?',
  'What got in the way, if anything?',
  'How did people at the partner organisation take part?',
  'What difference do you think it made for your learners?',
  'How was the work shared out between you?',
  'Were there rules or targets that shaped what you could do?',
  'How did you know whether it was working?',
  'What would you keep if you did it again?',
];
const OPENERS = ['Um,', 'Well,', 'I think', 'To be honest,', 'Yeah, so', 'I mean,', 'Er,', 'You know,', 'So basically', 'Honestly,'];
const SUBJECTS = ['the mentors', 'my line manager', 'the broker', 'the learners', 'the partner staff', 'senior leaders', 'the evaluator', 'our team', 'the tutors', 'the college'];
const VERBS = ['talked about', 'worked on', 'struggled with', 'kept coming back to', 'logged', 'shared', 'questioned', 'planned', 'observed', 'reflected on'];
const OBJECTS = [
  'the coaching log',
  'graded observations',
  'questioning in class',
  'the timetable',
  'remission hours',
  'inspection readiness',
  'peer visits',
  'learner confidence',
  'the network meetings',
  'feedback on practice',
  'the funding conditions',
  'co-operation between sites',
];
const TAILS = ['every fortnight', 'when we could', 'in the end', 'at first anyway', 'more than I expected', 'without much support', 'across both sites', 'on Wednesdays', 'after the inspection', 'in our own time'];
const ROLES = ['strategic enabler', 'broker', 'mentor', 'mentee', 'facilitator', 'evaluator'];

function pick<T>(rand: () => number, list: readonly T[]): T {
  return list[Math.floor(rand() * list.length)] as T;
}

function sentence(rand: () => number): string {
  return `${pick(rand, OPENERS)} ${pick(rand, SUBJECTS)} ${pick(rand, VERBS)} ${pick(rand, OBJECTS)} ${pick(rand, TAILS)}.`;
}

// Writes one transcript of about `words` words: a header, then alternating turns.
export function syntheticTranscript(rand: () => number, speaker: string, words: number): string {
  const parts = [`Interview - synthetic participant ${speaker}`, 'Mode: telephone', ''];
  let count = 0;
  while (count < words) {
    const question = pick(rand, QUESTIONS);
    const answer: string[] = [];
    const sentences = 4 + Math.floor(rand() * 14);
    for (let i = 0; i < sentences; i++) answer.push(sentence(rand));
    const answerText = answer.join(' ');
    parts.push(`Interviewer: ${question}`, '', `${speaker}: ${answerText}`, '');
    count += question.split(' ').length + answerText.split(' ').length + 2;
  }
  return parts.join('\n');
}

export interface CorpusSpec {
  transcripts: number;
  codingsPerTranscript: number;
  wordsPerTranscript?: number;
  // transcripts of varied length instead: min + (max - min) * r^2 words each (r uniform, seeded)
  wordRange?: readonly [min: number, max: number];
  seed?: number;
}

// How many words each transcript of a spec has.
export function wordsPerTranscript(spec: CorpusSpec): (i: number) => number {
  const range = spec.wordRange;
  if (!range) return () => spec.wordsPerTranscript ?? 5000;
  const rand = seededRandom(77 + (spec.seed ?? 1));
  const words = Array.from({ length: spec.transcripts }, () => Math.round(range[0] + (range[1] - range[0]) * rand() ** 2));
  return (i) => words[i] ?? range[0];
}

export interface BuiltCorpus {
  path: string;
  cached: boolean;
  buildSeconds: number;
  words: number;
}

// Returns the cached project for this spec, building it first when missing.
export function buildCorpus(spec: CorpusSpec, cacheDir: string, onProgress?: (done: number, total: number) => void): BuiltCorpus {
  const wordsOf = wordsPerTranscript(spec);
  const words = spec.wordRange ? `${spec.wordRange[0]}-${spec.wordRange[1]}` : String(spec.wordsPerTranscript ?? 5000);
  const allWords = Array.from({ length: spec.transcripts }, (_, i) => wordsOf(i)).reduce((a, b) => a + b, 0);
  // the schema version is part of the key: a corpus built by an older schema is rebuilt
  const name = `corpus-v${latestVersion()}-${spec.transcripts}x${words}w-${spec.codingsPerTranscript}c-s${spec.seed ?? 1}.alens`;
  const path = join(cacheDir, name);
  if (existsSync(path)) return { path, cached: true, buildSeconds: 0, words: allWords };
  mkdirSync(cacheDir, { recursive: true });
  // built under a name of this process's own, so two bench runs building the same corpus do not write one file
  const temp = path.replace(/\.alens$/, `.building-${process.pid}.alens`);
  for (const suffix of ['', '-wal', '-shm']) rmSync(temp + suffix, { force: true });
  const started = performance.now();
  const rand = seededRandom(spec.seed ?? 1);
  const store = createProject(temp, `Synthetic corpus of ${spec.transcripts}`);
  let totalWords = 0;
  try {
    const setup = runSetup(store, (rec) => {
      insertTemplate(rec, ACTIVITY_THEORY_CODEBOOK);
      const coderId = ensureCoder(rec, 'Bench Coder', 'BC');
      const nodeIds = store.db.prepare<[], number>('SELECT id FROM nodes').pluck().all();
      return { coderId, nodeIds };
    });
    const batch = 25;
    for (let first = 0; first < spec.transcripts; first += batch) {
      runSetup(store, (rec) => {
        for (let i = first; i < Math.min(spec.transcripts, first + batch); i++) {
          const speaker = `P${i + 1}`;
          const role = pick(rand, ROLES);
          const project = `Project ${1 + (i % 12)}`;
          const caseId = insertCase(rec, {
            realName: `Participant ${i + 1}`,
            label: `${role}, ${project}`,
            role,
            jobTitle: 'Tutor',
            attributes: { Project: project, 'Lead or partner': i % 2 === 0 ? 'lead' : 'partner', Region: pick(rand, ['North West', 'London', 'South West', 'Midlands']) },
          });
          const text = syntheticTranscript(rand, speaker, wordsOf(i));
          totalWords += wordsOf(i);
          const summary = importTextSource(
            store,
            {
              name: `Interview ${String(i + 1).padStart(5, '0')}`,
              kind: 'transcript',
              text,
              originFormat: 'txt',
              round: 1 + (i % 2),
              mode: i % 3 === 0 ? 'face to face' : 'telephone',
              interviewDate: '2025-10-01',
              speakers: { Interviewer: { caseId: 'interviewer' }, [speaker]: { caseId } },
            },
            rec,
          );
          const length = codePointLength(text);
          for (let c = 0; c < spec.codingsPerTranscript; c++) {
            const start = Math.floor(rand() * (length - 400));
            insertCoding(rec, { sourceId: summary.id, nodeId: pick(rand, setup.nodeIds), start, end: start + 40 + Math.floor(rand() * 300), coderId: setup.coderId });
          }
        }
      });
      onProgress?.(Math.min(spec.transcripts, first + batch), spec.transcripts);
    }
  } finally {
    store.close();
  }
  renameSync(temp, path);
  return { path, cached: false, buildSeconds: (performance.now() - started) / 1000, words: totalWords };
}
