// A child process for the crash test: opens a project and writes codings, memos and
// imported sources as fast as it can, one user action per transaction, printing
// "ack <kind> <guid>" synchronously after each commit. The parent kills it at random.
import { writeSync } from 'node:fs';
import { openProject } from '../../electron/db/open-project.ts';
import { createCoding } from '../../electron/codings/codings.ts';
import { saveMemo } from '../../electron/memos/memos.ts';
import { importTextSource } from '../../electron/sources/sources.ts';

const store = openProject(process.argv[2] ?? '');
const seed = Number(process.argv[3] ?? '1');
let state = seed >>> 0;
const rand = () => {
  state = (state * 1664525 + 1013904223) >>> 0;
  return state / 4294967296;
};
const sources = store.db.prepare('SELECT id, length(text) AS length FROM sources').all() as { id: number; length: number }[];
const nodes = store.db.prepare('SELECT id FROM nodes').pluck().all() as number[];
const guidOf = (table: string, id: number) => String(store.db.prepare(`SELECT guid FROM ${table} WHERE id = ?`).pluck().get(id));

writeSync(1, 'ready\n');
for (let i = 0; ; i++) {
  const roll = rand();
  if (roll < 0.6) {
    const source = sources[Math.floor(rand() * sources.length)];
    const node = nodes[Math.floor(rand() * nodes.length)];
    if (!source || node === undefined) continue;
    const start = Math.floor(rand() * (source.length - 50));
    const coding = createCoding(store, { sourceId: source.id, nodeId: node, start, end: start + 10 + Math.floor(rand() * 40) });
    writeSync(1, `ack coding ${coding.guid}\n`);
  } else if (roll < 0.9) {
    const memo = saveMemo(store, { targetKind: 'project', targetId: null, title: `Journal ${seed}-${i}`, contentJson: '{"type":"doc"}', plainText: `entry ${i} `.repeat(20) });
    writeSync(1, `ack memo ${memo.guid}\n`);
  } else {
    const text = Array.from({ length: 40 }, (_, t) => (t % 2 === 0 ? `Interviewer: Question ${t}?` : `Sam: Answer ${t} about the coaching log and the timetable.`)).join('\n\n');
    const summary = importTextSource(store, { name: `Crash import ${seed}-${i}`, kind: 'transcript', text, originFormat: 'txt' });
    writeSync(1, `ack source ${guidOf('sources', summary.id)}\n`);
  }
}
