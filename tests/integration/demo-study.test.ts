import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { createProject } from '../../electron/db/open-project.ts';
import type { OpenStore } from '../../electron/db/open-project.ts';
import { listCases } from '../../electron/cases/cases.ts';
import { listCodingDetails } from '../../electron/codings/coding-report.ts';
import { defaultDemoDir, readDemoCodings, readDemoStudy, writeDemoStudy } from '../../electron/projects/demo-study.ts';
import { listSources } from '../../electron/sources/sources.ts';
import { ACTIVITY_THEORY_CODEBOOK, DISCURSIVE_MANIFESTATIONS_BRANCH } from '../../shared/model/codebook-template.ts';
import { normaliseText } from '../../shared/text/normalise.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

const dir = defaultDemoDir();
const study = readDemoStudy(dir);
let tmp: { dir: string; cleanup: () => void };
let store: OpenStore;

beforeAll(() => {
  tmp = makeTempDir();
  store = createProject(join(tmp.dir, 'demo.alens'), 'Demo');
  writeDemoStudy(store, dir);
});
afterAll(() => {
  store.close();
  tmp.cleanup();
});

describe('the demo study fixtures', () => {
  it('has at least 10 interview transcripts and 2 evaluator reports, in both modes and two rounds', () => {
    const transcripts = study.sources.filter((s) => s.kind === 'transcript');
    expect(transcripts.length).toBeGreaterThanOrEqual(10);
    expect(study.sources.filter((s) => s.kind === 'evaluator report')).toHaveLength(2);
    expect(new Set(transcripts.map((s) => s.mode))).toEqual(new Set(['face to face', 'telephone']));
    const secondRound = transcripts.filter((s) => s.round === 2).flatMap((s) => Object.values(s.speakers).filter((v) => v !== 'interviewer'));
    expect(new Set(secondRound).size).toBeGreaterThanOrEqual(2);
    const roles = new Set(study.cases.map((c) => c.role));
    for (const role of ['strategic enabler', 'broker', 'mentee', 'mentor', 'evaluator']) expect(roles.has(role)).toBe(true);
  });

  it('every transcript turn starts with a known speaker label', () => {
    for (const source of study.sources.filter((s) => s.kind === 'transcript')) {
      const text = normaliseText(readFileSync(join(dir, 'sources', source.file), 'utf8'));
      const paragraphs = text.split(/\n\s*\n/).slice(1).filter((p) => p.trim().length > 0);
      for (const p of paragraphs) {
        const label = /^([^:\n]{1,40}):/.exec(p)?.[1];
        expect(label !== undefined && label in source.speakers, `${source.file}: "${p.slice(0, 40)}"`).toBe(true);
      }
    }
  });

  it('every coding quote occurs exactly once in its source and names a codebook node', () => {
    const paths = new Set<string>();
    const walk = (nodes: typeof ACTIVITY_THEORY_CODEBOOK, prefix: string) => {
      for (const n of nodes) {
        paths.add(prefix + n.name);
        walk(n.children, `${prefix}${n.name}/`);
      }
    };
    walk([...ACTIVITY_THEORY_CODEBOOK, DISCURSIVE_MANIFESTATIONS_BRANCH], '');
    let total = 0;
    for (const source of study.sources) {
      const text = normaliseText(readFileSync(join(dir, 'sources', source.file), 'utf8'));
      for (const c of readDemoCodings(dir, source.file)) {
        total++;
        expect(paths.has(c.node), c.node).toBe(true);
        const first = text.indexOf(c.quote);
        expect(first, `${source.file}: ${c.quote.slice(0, 50)}`).toBeGreaterThanOrEqual(0);
        expect(text.indexOf(c.quote, first + 1), `${source.file} repeats: ${c.quote.slice(0, 50)}`).toBe(-1);
      }
    }
    expect(total).toBeGreaterThanOrEqual(150);
  });

  it('loads into a project with every coding on its quoted text and attributed to a case', () => {
    const codings = listCodingDetails(store);
    const expected = study.sources.flatMap((s) => readDemoCodings(dir, s.file).map((c) => ({ source: s.name, node: c.node, text: normaliseText(c.quote) })));
    // the first coder's codings are the fixtures' codings (the second coder's are checked in electron/team tests)
    const actual = codings.filter((c) => c.coder === 'AM').map((c) => ({ source: c.sourceName, node: c.nodePath, text: c.text }));
    const key = (x: { source: string; node: string; text: string }) => `${x.source}|${x.node}|${x.text}`;
    expect(actual.map(key).sort()).toEqual(expected.map(key).sort());
    expect(codings.every((c) => c.caseId !== null)).toBe(true);
    // all six questions carry codings, and so does the discursive manifestations branch
    const branches = new Set(codings.map((c) => c.nodePath.split('/')[0]));
    expect([...branches].filter((b) => /^Q[1-6] /.test(b ?? ''))).toHaveLength(6);
    expect(branches.has(DISCURSIVE_MANIFESTATIONS_BRANCH.name)).toBe(true);
    expect(listSources(store)).toHaveLength(study.sources.length);
    expect(listCases(store)).toHaveLength(study.cases.length);
  });
});
