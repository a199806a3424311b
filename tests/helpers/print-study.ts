// The demo study with what its printed documents need: one first-generation triangle per
// subject before the intervention (the researcher's caption typed as "Figure 3: ..."),
// the collective second-generation system after two rounds with tensions backed by coded
// extracts (one from rules to division of labour, past community), a copy of it for the
// next phase to compare with, the alignment table and a journal entry.
import type { Store } from '../../electron/db/store.ts';
import { addObjective } from '../../electron/alignment/alignment.ts';
import { createDiagram, duplicateDiagram, setComponentText } from '../../electron/diagrams/diagrams.ts';
import { addEvidence } from '../../electron/diagrams/evidence.ts';
import { createTension } from '../../electron/diagrams/tensions.ts';
import { saveMemo } from '../../electron/memos/memos.ts';
import { writeDemoStudy } from '../../electron/projects/demo-study.ts';

export interface PrintStudy {
  before: number;
  after: number;
  later: number;
}

const SUBJECTS = {
  'Vice principal': { tools: 'Graded observation\nquality reports', object: 'Inspection readiness', outcome: 'Better grades at inspection', subject: 'Vice principal' },
  'Middle leader': { tools: 'Team meetings\nthe coaching log', object: 'Confident, trying teachers', outcome: 'New practice shared', subject: 'Middle leader (broker)' },
  Practitioner: { tools: 'Peer visits\nreflective diary', object: 'Own teaching', outcome: 'Learners more engaged', subject: 'Practitioner (mentee)' },
} as const;

const COLLECTIVE: Record<string, string> = {
  tools: 'Peer visits, coaching log\nnetwork meetings',
  subject: 'Brokers in the lead\nand partner organisations',
  object: 'Developmental coaching\nof teaching practice',
  outcome: 'Changed practice\nfor learners',
  rules: 'Funding conditions\ninspection, contracts',
  community: 'Mentors, mentees, brokers\nand the senior team',
  'division-of-labour': 'Who coaches, who records\nwho is released',
};

function codingIds(store: Store, count: number): number[] {
  return store.db.prepare('SELECT id FROM codings ORDER BY id LIMIT ?').pluck().all(count) as number[];
}

// Writes the study and its diagrams, table and journal entry into an empty project.
export function writePrintStudy(store: Store): PrintStudy {
  writeDemoStudy(store);
  const before = createDiagram(store, { generation: 1, title: 'Before the intervention', caption: 'Figure 3: Each subject pursued a different object with different tools.', phase: 'Before', systemNames: Object.keys(SUBJECTS) });
  for (const system of before.systems) {
    const texts = SUBJECTS[system.name as keyof typeof SUBJECTS];
    for (const c of system.components) setComponentText(store, c.id, texts[c.kind as keyof typeof texts]);
  }
  const after = createDiagram(store, { generation: 2, title: 'The collective activity system after two rounds', perspective: 'Brokers', phase: 'After round 2', caption: 'Figure 7: The second-generation system with its tensions.' });
  for (const c of after.systems[0]?.components ?? []) setComponentText(store, c.id, COLLECTIVE[c.kind] ?? '');
  const ids = codingIds(store, 12);
  createTension(store, { diagramId: after.id, from: { component: 'community' }, to: { component: 'division-of-labour' }, level: 'secondary', label: 'Shared responsibility against line management', codingIds: ids.slice(0, 4) });
  createTension(store, { diagramId: after.id, from: { component: 'rules' }, to: { component: 'division-of-labour' }, level: 'secondary', label: 'Contracts pay no time for coaching', codingIds: ids.slice(4, 7) });
  const community = after.systems[0]?.components.find((c) => c.kind === 'community');
  if (community) addEvidence(store, { componentId: community.id }, ids.slice(7, 12));
  const later = duplicateDiagram(store, after.id, { title: 'The collective activity system a year later', phase: 'Round 3' });
  const tools = later.systems[0]?.components.find((c) => c.kind === 'tools');
  if (tools) setComponentText(store, tools.id, 'Peer visits, shared coaching log\nopen network meetings');
  addObjective(store, 'To understand how peer coaching was organised across the partner organisations', {
    researchQuestions: 'How did practitioners and managers engage with each other?',
    questions: [1, 2],
    presentedIn: 'Chapter 5, sections 5.1-5.3',
  });
  addObjective(store, 'To explain where the partnership divided its labour, and the tensions that followed', {
    researchQuestions: 'Which tensions between roles arose as new practice emerged?',
    questions: [3, 4],
    components: ['community', 'division-of-labour', 'rules'],
    presentedIn: 'Chapter 6, section 6.2',
  });
  saveMemo(store, {
    targetKind: 'project',
    targetId: null,
    title: 'After the second round',
    contentJson: JSON.stringify({ type: 'doc', content: [{ type: 'paragraph', content: [{ type: 'text', text: 'Coaching is read as development by brokers and as judgement by some managers.' }] }] }),
    plainText: 'Coaching is read as development by brokers and as judgement by some managers.',
  });
  return { before: before.id, after: after.id, later: later.id };
}
