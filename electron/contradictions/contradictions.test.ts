import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { memoryStore } from '../../tests/helpers/memory-store.ts';
import { snapshotTables } from '../../tests/helpers/snapshot.ts';
import { cueQuery } from '../../shared/model/discursive-manifestations.ts';
import type { Store } from '../db/store.ts';
import { redo, undo } from '../db/undo-log.ts';
import { createCase } from '../cases/cases.ts';
import { createNode } from '../codebook/codebook.ts';
import { createCoding } from '../codings/codings.ts';
import { createDiagram, deleteDiagram, duplicateDiagram } from '../diagrams/diagrams.ts';
import { listEvidence } from '../diagrams/evidence.ts';
import { getDiagram } from '../diagrams/read.ts';
import { createTension, deleteTension } from '../diagrams/tensions.ts';
import { searchText } from '../queries/search.ts';
import { importTextSource } from '../sources/sources.ts';
import { linkTensions, setPhaseStatus, unlinkTension, updateContradiction } from './links.ts';
import { addManifestationsBranch, codeCueHits, manifestationNode, manifestationsInProject } from './manifestations.ts';
import { contradictionsOverview, tensionBreakdown } from './overview.ts';

const TRANSCRIPT = [
  'Interviewer: How did the network work for you?',
  'Ruth: On the one hand it was lovely to meet people. On the other hand I was never paid to go.',
  'Interviewer: Could anything be done?',
  'Ruth: We have to teach on Wednesdays. There is nothing we can do about the timetable.',
].join('\n');

let store: Store & { close(): void };
let codings: number[];

beforeEach(() => {
  store = memoryStore();
  const ruth = createCase(store, { realName: 'Ruth Example', label: 'Mentee, Project 9', role: 'mentee' });
  const source = importTextSource(store, { name: 'Interview R', kind: 'transcript', text: TRANSCRIPT, originFormat: 'txt', round: 2, speakers: { Interviewer: { caseId: 'interviewer' }, Ruth: { caseId: ruth.id } } });
  const node = createNode(store, { name: 'Community in practice', components: ['community'] });
  const at = (quote: string) => ({ start: TRANSCRIPT.indexOf(quote), end: TRANSCRIPT.indexOf(quote) + quote.length });
  codings = ['it was lovely to meet people', 'I was never paid to go'].map((q) => createCoding(store, { sourceId: source.id, nodeId: node.id, ...at(q) }).id);
});
afterEach(() => store.close());

// Two phases of the same system, each with a community x division-of-labour tension.
function twoPhases(): { first: number; second: number } {
  const round1 = createDiagram(store, { generation: 2, title: 'Round 1', phase: 'Round 1' });
  const first = createTension(store, { diagramId: round1.id, from: { component: 'community' }, to: { component: 'division-of-labour' }, label: 'Unequal release', codingIds: codings }).id;
  const round2 = duplicateDiagram(store, round1.id, { title: 'Round 2', phase: 'Round 2' });
  return { first, second: round2.tensions[0]?.id ?? 0 };
}

describe('one contradiction across phases', () => {
  it('links tensions of two phases, with a status in each, and shows the link on both diagrams', () => {
    const { first, second } = twoPhases();
    const id = linkTensions(store, { tensionId: first, withTensionId: second, name: 'Who is released to belong', status: 'emerging', withStatus: 'aggravated' });
    const [followed] = contradictionsOverview(store).contradictions;
    expect(followed).toMatchObject({ id, name: 'Who is released to belong' });
    expect(followed?.phases.map((p) => [p.phase, p.status, p.evidenceCount])).toEqual([
      ['Round 1', 'emerging', 2],
      ['Round 2', 'aggravated', 2],
    ]);
    expect(followed?.evidenceByRound).toEqual([{ value: 'Round 2', count: 4 }]);
    setPhaseStatus(store, second, 'addressed');
    const round2 = getDiagram(store, getDiagram(store, 1).id + 1);
    expect(round2.tensions[0]?.link).toEqual({ contradictionId: id, name: 'Who is released to belong', status: 'addressed' });
    updateContradiction(store, id, { name: 'Released to belong', memo: 'Followed from the first round.' });
    expect(contradictionsOverview(store).groups[0]?.entries.map((e) => e.link?.name)).toEqual(['Released to belong', 'Released to belong']);
  });

  it('lets a third phase join, and refuses two tensions of one diagram or of two contradictions', () => {
    const { first, second } = twoPhases();
    const id = linkTensions(store, { tensionId: first, withTensionId: second });
    expect(contradictionsOverview(store).contradictions[0]?.name).toBe('Unequal release');
    const third = duplicateDiagram(store, getDiagram(store, 1).id, { title: 'Round 3', phase: 'Round 3' }).tensions[0]?.id ?? 0;
    expect(linkTensions(store, { tensionId: third, withTensionId: second, withStatus: 'resolved' })).toBe(id);
    expect(contradictionsOverview(store).contradictions[0]?.phases.map((p) => p.status)).toEqual(['emerging', 'emerging', 'emerging']);
    const other = createTension(store, { diagramId: 1, from: { component: 'rules' }, to: { component: 'tools' } }).id;
    expect(() => linkTensions(store, { tensionId: first, withTensionId: other })).toThrow('same diagram');
    unlinkTension(store, third);
    const fourth = duplicateDiagram(store, 1, { title: 'Round 4' }).tensions[0]?.id ?? 0;
    linkTensions(store, { tensionId: third, withTensionId: fourth, name: 'Another' });
    expect(() => linkTensions(store, { tensionId: third, withTensionId: first })).toThrow('already followed as');
    expect(() => linkTensions(store, { tensionId: fourth, withTensionId: 9999 })).toThrow('no longer exists');
    expect(() => setPhaseStatus(store, other, 'resolved')).toThrow('not followed across phases');
    expect(() => updateContradiction(store, id, { name: 'Another' })).toThrow('already called');
  });

  it('goes with its last tension: deleting a tension or a diagram unlinks it', () => {
    const { first, second } = twoPhases();
    linkTensions(store, { tensionId: first, withTensionId: second });
    deleteTension(store, second);
    expect(contradictionsOverview(store).contradictions[0]?.phases).toHaveLength(1);
    deleteDiagram(store, 1);
    expect(contradictionsOverview(store).contradictions).toEqual([]);
    undo(store);
    undo(store);
    expect(contradictionsOverview(store).contradictions[0]?.phases).toHaveLength(2);
  });

  it.each([
    ['link', (t: { first: number; second: number }) => linkTensions(store, { tensionId: t.first, withTensionId: t.second })],
    ['set a status', (t: { first: number; second: number }) => setPhaseStatus(store, t.first, 'resolved')],
    ['unlink', (t: { first: number; second: number }) => unlinkTension(store, t.second)],
    ['rename', () => updateContradiction(store, contradictionsOverview(store).contradictions[0]?.id ?? 0, { name: 'Renamed' })],
  ])('%s is one undoable step', (name, operation) => {
    const tensions = twoPhases();
    if (name !== 'link') linkTensions(store, { tensionId: tensions.first, withTensionId: tensions.second });
    const before = snapshotTables(store.db);
    operation(tensions);
    const after = snapshotTables(store.db);
    expect(after).not.toEqual(before);
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
    redo(store);
    expect(snapshotTables(store.db)).toEqual(after);
  });

  it('counts a tension’s evidence by role, project and round', () => {
    const { first } = twoPhases();
    expect(tensionBreakdown(store, first)).toEqual({ role: [{ value: 'Mentee', count: 2 }], project: [{ value: 'Not recorded', count: 2 }], round: [{ value: 'Round 2', count: 2 }], system: [] });
  });
});

describe('discursive manifestations', () => {
  it('adds the branch once, undoably', () => {
    expect(manifestationsInProject(store).every((m) => m.nodeId === null)).toBe(true);
    const before = snapshotTables(store.db);
    addManifestationsBranch(store);
    expect(manifestationsInProject(store).map((m) => m.nodeId !== null)).toEqual([true, true, true, true]);
    expect(() => addManifestationsBranch(store)).toThrow('already has');
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
  });

  it('codes the kept hits of a cue search at the kind’s node and links them to a tension in one step', () => {
    addManifestationsBranch(store);
    const { first } = twoPhases();
    const result = searchText(store, { query: cueQuery('double-bind') });
    // every match of every line, as the cue finder sends them (nearby cues share a line)
    const hits = result.segments.flatMap((s) => s.lines.flatMap((l) => [l, ...l.also].map((m) => ({ sourceId: s.sourceId, segmentId: s.segmentId, start: m.start, end: m.end }))));
    expect(hits.length).toBe(2);
    const before = snapshotTables(store.db);
    const outcome = codeCueHits(store, { kind: 'double-bind', hits, spread: 'sentence', tensionId: first });
    expect(outcome).toMatchObject({ created: 2, reused: 0, linked: 2, nodePath: 'Discursive manifestations/Double bind' });
    const quotes = listEvidence(store, { tensionId: first }).items.map((i) => i.text);
    expect(quotes).toEqual(expect.arrayContaining(['We have to teach on Wednesdays.', 'There is nothing we can do about the timetable.']));
    // again: nothing new is coded, nothing new is linked, no step to undo
    expect(codeCueHits(store, { kind: 'double-bind', hits, spread: 'sentence', tensionId: first })).toMatchObject({ created: 0, reused: 2, linked: 0 });
    undo(store);
    expect(snapshotTables(store.db)).toEqual(before);
    // a whole turn, without the speaker's label, and without a tension
    const turn = codeCueHits(store, { kind: 'double-bind', hits: hits.slice(0, 1), spread: 'segment', tensionId: null });
    expect(turn).toMatchObject({ created: 1, linked: 0 });
    expect(store.db.prepare('SELECT substr(s.text, c.start + 1, c.end - c.start) FROM codings c JOIN sources s ON s.id = c.source_id WHERE c.node_id = ?').pluck().get(manifestationNode(store, 'double-bind')?.id)).toBe(
      'We have to teach on Wednesdays. There is nothing we can do about the timetable.',
    );
  });

  it('says what is missing: the branch, a hit where the search found it', () => {
    expect(() => codeCueHits(store, { kind: 'dilemma', hits: [{ sourceId: 1, segmentId: 1, start: 0, end: 3 }], spread: 'hit', tensionId: null })).toThrow('add the discursive manifestations branch first');
    addManifestationsBranch(store);
    expect(() => codeCueHits(store, { kind: 'dilemma', hits: [{ sourceId: 1, segmentId: 1, start: 0, end: 3000 }], spread: 'hit', tensionId: null })).toThrow('search again');
  });
});
