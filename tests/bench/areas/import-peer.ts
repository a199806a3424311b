// The side-by-side import of docs/PERFORMANCE.md: 30 generated interview transcripts of
// 20,000-70,000 characters (the peer corpus's word range, about 1.1 million characters),
// written once as .txt and once as .docx (bold speaker labels), imported the full way into a
// new project each run (the import call alone, as QualCoder 4.0 was timed: the reader process
// is already running), medians of 5 runs with the two formats interleaved, next to the floor
// (each text straight into SQLite + FTS5, one transaction per file), whatever the corpus size.
import { mkdirSync, readFileSync, rmSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import Database from 'better-sqlite3';
import { createProject } from '../../../electron/db/open-project.ts';
import { importFilesAutomatically } from '../../../electron/sources/import-auto.ts';
import { createParseRunner, forkWorker } from '../../../electron/infra/reader-runner.ts';
import type { ParseRunner } from '../../../electron/infra/reader-runner.ts';
import { labelled, makeDocx, plain } from '../../../electron/import/testing/make-docx.ts';
import type { DocxItem } from '../../../electron/import/testing/make-docx.ts';
import { quantile } from '../bench-context.ts';
import type { BenchArea } from '../bench-context.ts';
import { PEER_CORPUS } from './peer.ts';
import { seededRandom, syntheticTranscript, wordsPerTranscript } from '../synthetic-corpus.ts';

const RUNS = 5;
// what QualCoder 4.0 took for the import call on the 30 real transcripts (issue table), in ms
const PEER_MS = { txt: 156, docx: 380 };

// A transcript's lines as Word paragraphs: "Label:" in bold, then the turn.
function docxItems(text: string): DocxItem[] {
  return text
    .split('\n')
    .filter((line) => line.length > 0)
    .map((line) => {
      const label = /^([^:\n]{1,40}):\s/u.exec(line);
      return label ? labelled(`${label[1]}:`, line.slice(label[0].length - 1)) : plain(line);
    });
}

interface PeerFiles {
  txt: string[];
  docx: string[];
  characters: number;
}

async function writeFiles(dir: string): Promise<PeerFiles> {
  mkdirSync(dir, { recursive: true });
  const rand = seededRandom(1);
  const words = wordsPerTranscript(PEER_CORPUS);
  const files: PeerFiles = { txt: [], docx: [], characters: 0 };
  for (let i = 0; i < PEER_CORPUS.transcripts; i++) {
    const text = syntheticTranscript(rand, `P${i + 1}`, words(i));
    files.characters += [...text].length;
    const base = join(dir, `interview-${String(i + 1).padStart(2, '0')}`);
    writeFileSync(`${base}.txt`, text);
    writeFileSync(`${base}.docx`, await makeDocx(docxItems(text)));
    files.txt.push(`${base}.txt`);
    files.docx.push(`${base}.docx`);
  }
  return files;
}

// The floor: each file's text into a table and a contentless FTS5 index, one transaction per file.
function floorMs(paths: readonly string[], dbPath: string): number {
  for (const suffix of ['', '-wal', '-shm']) rmSync(dbPath + suffix, { force: true });
  const db = new Database(dbPath);
  db.pragma('journal_mode = WAL');
  db.pragma('synchronous = FULL');
  db.exec(`CREATE TABLE docs (id INTEGER PRIMARY KEY, name TEXT NOT NULL, text TEXT NOT NULL) STRICT;
           CREATE VIRTUAL TABLE docs_fts USING fts5(text, content = '', contentless_delete = 1, tokenize = 'unicode61 remove_diacritics 2');`);
  const insertDoc = db.prepare('INSERT INTO docs (name, text) VALUES (?, ?)');
  const insertFts = db.prepare('INSERT INTO docs_fts (rowid, text) VALUES (?, ?)');
  const decoder = new TextDecoder('utf-8', { fatal: true });
  const started = performance.now();
  for (const path of paths) {
    const text = decoder.decode(readFileSync(path));
    db.transaction(() => {
      const id = insertDoc.run(path, text).lastInsertRowid;
      insertFts.run(id, text);
    })();
  }
  const ms = performance.now() - started;
  db.close();
  return ms;
}

// One import call of every file into a new project; its time in ms.
async function importMs(runner: ParseRunner, paths: readonly string[], projectPath: string): Promise<number> {
  for (const suffix of ['', '-wal', '-shm']) rmSync(projectPath + suffix, { force: true });
  const store = createProject(projectPath, 'Import side by side');
  try {
    const started = performance.now();
    const outcomes = await importFilesAutomatically(store, runner, paths, { kind: 'transcript' });
    const ms = performance.now() - started;
    const failed = outcomes.filter((o) => o.status !== 'imported');
    if (failed.length > 0) throw new Error(`import-peer bench: ${failed.length} files were not imported (${JSON.stringify(failed[0])})`);
    return ms;
  } finally {
    store.close();
  }
}

export const importPeerBench: BenchArea = {
  name: 'import-peer',
  async run({ workDir, add }) {
    const files = await writeFiles(join(workDir, 'peer-files'));
    add('import side by side: corpus characters (30 transcripts)', 'value', files.characters, 'characters');
    const floors: number[] = [];
    const times = { txt: [] as number[], docx: [] as number[] };
    const startup = performance.now();
    const runner = createParseRunner(forkWorker());
    try {
      await runner.readDocument('warm-up.txt', new TextEncoder().encode('Warm-up.'));
      add('import side by side: reader process start', 'value', performance.now() - startup, 'ms');
      for (let run = 0; run < RUNS; run++) {
        floors.push(floorMs(files.txt, join(workDir, 'floor.sqlite')));
        for (const format of run % 2 === 0 ? (['txt', 'docx'] as const) : (['docx', 'txt'] as const)) {
          times[format].push(await importMs(runner, files[format], join(workDir, `import-${format}.alens`)));
        }
      }
    } finally {
      runner.close();
    }
    const floor = quantile(floors, 0.5);
    add('import side by side: floor, 30 texts straight into SQLite + FTS5', 'median', floor, 'ms');
    for (const format of ['txt', 'docx'] as const) {
      const ms = quantile(times[format], 0.5);
      add(`import side by side: 30 .${format}, the import call`, 'median', ms, 'ms');
      add(`import side by side: 30 .${format}, QualCoder 4.0 time / ours`, 'value', PEER_MS[format] / ms, 'x');
      add(`import side by side: 30 .${format}, our time / floor`, 'value', ms / floor, 'x');
    }
  },
};
