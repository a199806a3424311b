// The activity-theory codebook new projects start with: one top-level node per
// question of METHOD.md section 3, each with its sub-questions as child nodes.
// Descriptions are our own wording. A second, optional branch holds the four discursive
// manifestations of contradictions (offered on new projects, addable to existing ones).
import type { ActivityComponent } from './activity-components.ts';
import { MANIFESTATIONS, MANIFESTATIONS_BRANCH_NAME } from './discursive-manifestations.ts';

export interface TemplateNode {
  name: string;
  description: string;
  color: string;
  question: number | null;
  components: ActivityComponent[];
  children: TemplateNode[];
}

function child(name: string, description: string, question: number, components: ActivityComponent[], color: string): TemplateNode {
  return { name, description, color, question, components, children: [] };
}

export const ACTIVITY_THEORY_CODEBOOK: readonly TemplateNode[] = [
  {
    name: 'Q1 Tools and artefacts',
    description: 'What mediated the work between people and what they worked on: processes, forms, meetings, language, systems.',
    color: '#1f77b4',
    question: 1,
    components: ['tools'],
    children: [
      child('Process of the activity', 'How the activity ran from week to week: the steps, sessions and routines people describe.', 1, ['tools'], '#1f77b4'),
      child('Engagement between practitioners and managers', 'How teaching staff and managers met, talked and worked with each other in the activity.', 1, ['tools', 'community'], '#1f77b4'),
      child('What was worked on and why', 'The practice people chose to work on and the reasons they give for choosing it.', 1, ['tools', 'object'], '#1f77b4'),
      child('Sharing practice and judging impact', 'How practice was passed on to others and how anyone decided whether it had made a difference.', 1, ['tools', 'outcome'], '#1f77b4'),
      child('Language revealing contradictions', 'Words and phrases whose use shows people pulling in different directions, for example what "support" or "observation" means to each role.', 1, ['tools'], '#1f77b4'),
      child('Structures, systems and procedures', 'The standing arrangements the activity ran inside: timetables, paperwork, reporting lines, IT systems.', 1, ['tools', 'rules'], '#1f77b4'),
    ],
  },
  {
    name: 'Q2 Subject and object',
    description: 'Who acted in the activity, from which position, and what each took the activity to be for.',
    color: '#ff7f0e',
    question: 2,
    components: ['subject', 'object'],
    children: [
      child('Roles taken in the activity', 'Which part each person played, and how they describe taking it up or having it given to them.', 2, ['subject'], '#ff7f0e'),
      child('Relations with other agencies and partners', 'How those roles connected with the partner organisation, the funder and other bodies outside the college.', 2, ['subject', 'community'], '#ff7f0e'),
    ],
  },
  {
    name: 'Q3 Community',
    description: 'The wider group that shared the object: who belonged, how it came together, and how it worked in practice.',
    color: '#2ca02c',
    question: 3,
    components: ['community'],
    children: [
      child('Community in practice', 'What belonging to the group looked like day to day: who turned up, who talked to whom.', 3, ['community'], '#2ca02c'),
      child('How the community was formed', 'How the group was recruited or grew, and who drew its boundaries.', 3, ['community'], '#2ca02c'),
      child('Compared with a community of practice', 'Where the group did or did not behave like a self-sustaining community of practice.', 3, ['community'], '#2ca02c'),
    ],
  },
  {
    name: 'Q4 Division of labour',
    description: 'How the work was shared out, how that changed as new practice emerged, and where power and status showed.',
    color: '#d62728',
    question: 4,
    components: ['division-of-labour'],
    children: [
      child('How work was divided', 'Who did which tasks, and how that shifted over the life of the project.', 4, ['division-of-labour'], '#d62728'),
      child('Power and conflict', 'Moments where status, authority or disagreement shaped what happened.', 4, ['division-of-labour'], '#d62728'),
      child('Tensions between roles', 'Strain between what one role expected and what another could or would give.', 4, ['division-of-labour', 'subject'], '#d62728'),
    ],
  },
  {
    name: 'Q5 Rules and agenda',
    description: 'The written and unwritten rules around the activity, the history behind it, and who set its agenda.',
    color: '#9467bd',
    question: 5,
    components: ['rules'],
    children: [
      child('Internal and external rules', 'Constraints from inside the organisations (appraisal, observation policy) and from outside (inspection, funding conditions).', 5, ['rules'], '#9467bd'),
      child('History and culture', 'Past initiatives, habits and organisational culture that people say shaped the activity.', 5, ['rules', 'community'], '#9467bd'),
      child('Who set the agenda', 'Whose priorities decided what the activity worked on and when.', 5, ['rules', 'division-of-labour'], '#9467bd'),
    ],
  },
  {
    name: 'Q6 Outcome',
    description: 'What changed as a result: for practitioners, for their learners and for their organisations.',
    color: '#8c564b',
    question: 6,
    components: ['outcome'],
    children: [
      child('Change for practitioners', 'Differences in teachers\' confidence, practice or careers that people attribute to the activity.', 6, ['outcome'], '#8c564b'),
      child('Change for learners', 'Differences for learners: engagement, achievement, experience in class.', 6, ['outcome'], '#8c564b'),
      child('Change for the organisation', 'Changes in policy, structures or culture of the lead or partner organisation.', 6, ['outcome', 'rules'], '#8c564b'),
    ],
  },
];

// The discursive manifestations of contradictions as a codebook branch: one node per kind,
// coded by reading what a search for the kind's cues finds (Engestrom and Sannino 2011).
export const DISCURSIVE_MANIFESTATIONS_BRANCH: TemplateNode = {
  name: MANIFESTATIONS_BRANCH_NAME,
  description: 'How contradictions show in talk: dilemmas, conflicts, critical conflicts and double binds. Search for each kind\'s cues, read the hits, code what fits and link it to the tension it shows.',
  color: '#7f7f7f',
  question: null,
  components: [],
  children: MANIFESTATIONS.map((m) => ({ name: m.name, description: m.description, color: '#7f7f7f', question: null, components: [], children: [] })),
};
