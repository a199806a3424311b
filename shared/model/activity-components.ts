// The seven components of an activity system (METHOD.md section 2).

export const ACTIVITY_COMPONENTS = [
  'subject',
  'object',
  'outcome',
  'tools',
  'rules',
  'community',
  'division-of-labour',
] as const;

export type ActivityComponent = (typeof ACTIVITY_COMPONENTS)[number];

export const COMPONENT_LABELS: Readonly<Record<ActivityComponent, string>> = {
  subject: 'Subject',
  object: 'Object',
  outcome: 'Outcome',
  tools: 'Tools and artefacts',
  rules: 'Rules',
  community: 'Community',
  'division-of-labour': 'Division of labour',
};
