// The shared queries index is patched row by row after each action instead of read again:
// after every step of a long random run of actions (coding, uncoding, recoding, undo, redo,
// corrections and their previews, imports, source and case edits, a source deleted) it is
// exactly what reading the project's tables from nothing gives, and so is the index made
// after reopening from the rows the project keeps per source.
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { createProject, openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { redo, undo } from '../db/undo-log.ts';
import { updateCase } from '../cases/cases.ts';
import { createCoding, deleteCoding } from '../codings/codings.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { applyEdits, previewEdits } from '../sources/corrections.ts';
import { assignSpeaker, setSourceCases } from '../sources/source-links.ts';
import { deleteSource, getSource, importTextSource, updateSource } from '../sources/sources.ts';
import { forgetProjectIndex, projectIndex } from './index-cache.ts';
import type { ProjectIndex } from './index-cache.ts';
import { recodeReferences } from './recode.ts';

let tmp: ReturnType<typeof makeTempDir>;
let path: string;
let store: OpenStore;

beforeAll(() => {
  tmp = makeTempDir('alens-index-cache-');
  path = join(tmp.dir, 'demo.alens');
  store = createProject(path, 'Demo');
  writeDemoStudy(store);
});
afterAll(() => {
  store.close();
  tmp.cleanup();
});

// Everything an index holds, as plain values.
function contents(index: ProjectIndex) {
  const s = index.segments;
  const c = index.codings;
  const rows = (n: number, f: (i: number) => unknown[]) => Array.from({ length: n }, (_, i) => f(i).join(','));
  return {
    segments: rows(s.count, (i) => [s.id[i], s.sourceId[i], s.start[i], s.end[i], s.caseId[i], s.interviewer[i], s.textStart[i]]),
    bySource: [...s.bySource].map(([id, r]) => `${id}:${Array.from(r).join(' ')}`).sort(),
    codings: rows(c.count, (i) => [c.id[i], c.nodeId[i], c.sourceId[i], c.start[i], c.end[i], c.coderId[i], c.caseId[i], c.interviewer[i]]),
    nodes: [...index.lookups.nodes.values()].map((n) => `${n.id} ${n.path} ${n.question} ${n.children.join(' ')}`).sort(),
    cases: [...index.lookups.cases.values()].map((k) => JSON.stringify({ ...k, attributes: [...k.attributes] })).sort(),
    sources: [...index.lookups.sources.values()].map((k) => JSON.stringify({ ...k, attributes: [...k.attributes] })).sort(),
    coders: [...index.lookups.coders].map((k) => JSON.stringify(k)).sort(),
    rank: [...index.sourceRank].sort((a, b) => a[0] - b[0]).join(' '),
    labels: [...index.labelTerms].sort().join(' '),
    timestamps: index.labelTimestamps,
  };
}

// The index read from the tables alone (the rows kept per source set aside, then put back).
function fromTables(): ReturnType<typeof contents> {
  forgetProjectIndex(store);
  let out: ReturnType<typeof contents> | null = null;
  try {
    store.db.transaction(() => {
      store.db.exec('DELETE FROM query_index_segments; DELETE FROM query_index_codings;');
      out = contents(projectIndex(store));
      throw new Error('roll back');
    })();
  } catch (error) {
    if (!(error instanceof Error) || error.message !== 'roll back') throw error;
  }
  forgetProjectIndex(store);
  if (!out) throw new Error('no index');
  return out;
}

function random(seed: number): () => number {
  let s = seed;
  return () => {
    s = (s * 1103515245 + 12345) % 2147483648;
    return s / 2147483648;
  };
}

describe('the patched queries index', () => {
  it('is what the tables say after every step of a random run of actions', () => {
    const rand = random(5);
    const pick = <T>(list: readonly T[]): T => list[Math.floor(rand() * list.length)] as T;
    const ids = (sql: string) => store.db.prepare<[], number>(sql).pluck().all();
    const steps: [string, () => unknown][] = [
      ['code', () => {
        const source = getSource(store, pick(ids('SELECT id FROM sources')));
        const start = Math.floor(rand() * Math.max(1, source.text.length - 50));
        return createCoding(store, { sourceId: source.id, nodeId: pick(ids('SELECT id FROM nodes')), start, end: start + 1 + Math.floor(rand() * 40) });
      }],
      ['uncode', () => deleteCoding(store, pick(ids('SELECT id FROM codings')))],
      ['recode', () => recodeReferences(store, { codingIds: ids('SELECT id FROM codings').filter(() => rand() < 0.05), nodeId: pick(ids('SELECT id FROM nodes')), move: rand() < 0.5 })],
      ['undo', () => undo(store)],
      ['redo', () => redo(store)],
      ['correct', () => {
        const source = getSource(store, pick(ids("SELECT id FROM sources WHERE kind = 'transcript'")));
        const at = Math.floor(rand() * (source.text.length - 10));
        const edits = [{ start: at, end: at + Math.floor(rand() * 6), insert: pick(['', 'x', 'Interviewer: ', 'two words\n\nSam: yes']) }];
        if (rand() < 0.3) return previewEdits(store, source.id, source.revision, edits);
        return applyEdits(store, source.id, source.revision, edits, []);
      }],
      ['import', () => importTextSource(store, { name: `Added ${rand()}`, kind: 'transcript', text: 'Interviewer: How was it?\n\nPriya: Busy [00:01:02], very busy.\n\nInterviewer: And then?', originFormat: 'txt' })],
      ['rename', () => updateSource(store, pick(ids('SELECT id FROM sources')), { name: `Renamed ${Math.floor(rand() * 100)}` })],
      ['case', () => updateCase(store, pick(ids('SELECT id FROM cases')), { role: pick(['mentor', 'broker', 'evaluator']) })],
      ['link cases', () => setSourceCases(store, pick(ids('SELECT id FROM sources')), ids('SELECT id FROM cases').filter(() => rand() < 0.05))],
      ['assign speaker', () => {
        const segment = pick(store.db.prepare<[], { source_id: number; speaker_label: string }>('SELECT source_id, speaker_label FROM segments WHERE speaker_label IS NOT NULL ORDER BY id').all());
        if (segment) assignSpeaker(store, segment.source_id, segment.speaker_label, rand() < 0.3 ? { kind: 'interviewer' } : { kind: 'case', caseId: pick(ids('SELECT id FROM cases')) });
      }],
      ['delete source', () => {
        const added = ids("SELECT id FROM sources WHERE name LIKE 'Added %'");
        if (added.length > 0) deleteSource(store, pick(added));
      }],
    ];
    for (let step = 0; step < 160; step++) {
      const [name, act] = pick(steps);
      try {
        act();
      } catch {
        // a refused action (nothing to undo, a conflict) changes nothing; the index must still agree
      }
      // some steps are followed by a query, some by more actions before the next query
      if (rand() < 0.3) continue;
      const patched = contents(projectIndex(store));
      expect(patched, `after step ${step} (${name})`).toEqual(fromTables());
      // made again with its codings, so the next steps patch it
      contents(projectIndex(store));
    }
  });

  it('is the same when made from the rows the project keeps, after reopening', () => {
    const before = fromTables();
    contents(projectIndex(store));
    store.close();
    store = openProject(path);
    expect(Number(store.db.prepare('SELECT count(*) FROM query_index_codings').pluck().get())).toBeGreaterThan(5);
    expect(contents(projectIndex(store))).toEqual(before);
  });
});
