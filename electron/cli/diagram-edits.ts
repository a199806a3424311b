// Command-line commands that build diagrams, for batch work and tests: create a diagram,
// set a component's text, add a tension (level, label, memo, from, to), link evidence.
// A component is named by its kind and, in a diagram of several systems, its system's
// number: "community", "object@2", "shared-object".
import { ApiError } from '../../shared/errors.ts';
import { DIAGRAM_COMPONENT_KINDS, DIAGRAM_GENERATIONS, GENERATION_NAMES, TENSION_LEVELS } from '../../shared/model/diagrams.ts';
import type { DiagramComponentKind, DiagramGeneration, TensionLevel } from '../../shared/model/diagrams.ts';
import { createDiagram, setComponentText } from '../diagrams/diagrams.ts';
import { addEvidence } from '../diagrams/evidence.ts';
import type { EvidenceOwner } from '../diagrams/evidence.ts';
import { findDiagram, requireTensionRow } from '../diagrams/read.ts';
import { createTension, resolveComponent } from '../diagrams/tensions.ts';
import type { ComponentRef } from '../diagrams/tensions.ts';
import { flagValue, need } from './arguments.ts';
import type { CliArgs, CliCommand } from './command.ts';
import { print } from './output.ts';
import { withProject } from './with-project.ts';

const CREATE_USAGE = 'create-diagram <project.alens> --generation 1|2|3 --title TITLE [--perspective P] [--phase P] [--caption C] [--systems "A;B;C"] [--json]';
const SET_USAGE = 'set-component <project.alens> <diagram id or title> <component[@system]> <text>';
const TENSION_USAGE = 'add-tension <project.alens> <diagram id or title> --from COMPONENT[@N] [--to COMPONENT[@N]] [--level L] [--label T] [--memo T] [--advanced-form T] [--codings 1,2] [--json]';
const LINK_USAGE = 'link-evidence <project.alens> <diagram id or title> (--tension ID | --component COMPONENT[@N]) --codings 1,2,3';

// A component named on the command line: "community", "object@2" (systems counted from 1), "shared-object".
export function componentArgument(value: string): ComponentRef {
  const match = /^([a-z-]+)(?:@(\d+))?$/.exec(value.trim().toLowerCase());
  const kind = DIAGRAM_COMPONENT_KINDS.find((k) => k === match?.[1]);
  if (!match || !kind) throw new ApiError('BAD_INPUT', `"${value}" is not a component: use one of ${DIAGRAM_COMPONENT_KINDS.join(', ')}, with @N for system N (e.g. object@2).`);
  const system = match[2] === undefined ? undefined : Number(match[2]) - 1;
  if (system !== undefined && system < 0) throw new ApiError('BAD_INPUT', 'Systems are counted from 1 (object@1, object@2).');
  return { component: kind satisfies DiagramComponentKind, system };
}

// Text given on the command line with "\n" for a new line.
function lines(text: string): string {
  return text.replace(/\\n/g, '\n');
}

// A list of coding ids: "12,13,20".
export function idList(value: string, what: string): number[] {
  const ids = value.split(/[\s,]+/).filter(Boolean).map(Number);
  if (ids.length === 0 || ids.some((n) => !Number.isInteger(n) || n <= 0)) throw new ApiError('BAD_INPUT', `${what} needs ids separated by commas, e.g. 12,13,20 (see "codings <project> --json").`);
  return ids;
}

function generationOf(value: string | undefined): DiagramGeneration {
  const generation = DIAGRAM_GENERATIONS.find((g) => String(g) === value?.trim());
  if (!generation) throw new ApiError('BAD_INPUT', `--generation needs 1, 2 or 3.\n\nUsage: ${CREATE_USAGE}`);
  return generation;
}

function levelOf(value: string | undefined): TensionLevel | undefined {
  if (value === undefined) return undefined;
  const level = TENSION_LEVELS.find((l) => l === value.trim().toLowerCase());
  if (!level) throw new ApiError('BAD_INPUT', `--level needs one of ${TENSION_LEVELS.join(', ')}.`);
  return level;
}

function optional(args: CliArgs, name: string, usage: string): string | undefined {
  const value = flagValue(args, name, usage);
  return value === undefined ? undefined : lines(value);
}

export const diagramEditCommands: CliCommand[] = [
  {
    name: 'create-diagram',
    usage: CREATE_USAGE,
    summary: 'a new first-, second- or third-generation diagram (--systems: one name per triangle or system)',
    async run(args) {
      const project = need(args.positional[0], 'the project file', ` Usage: ${CREATE_USAGE}`);
      const generation = generationOf(flagValue(args, 'generation', CREATE_USAGE));
      const title = need(flagValue(args, 'title', CREATE_USAGE), 'the title (--title)', ` Usage: ${CREATE_USAGE}`);
      const systems = flagValue(args, 'systems', CREATE_USAGE)?.split(';').map((s) => s.trim());
      await withProject(project, false, (store) => {
        const d = createDiagram(store, { generation, title, perspective: optional(args, 'perspective', CREATE_USAGE), phase: optional(args, 'phase', CREATE_USAGE), caption: optional(args, 'caption', CREATE_USAGE), systemNames: systems });
        print(args, d, () => `Created diagram ${d.id} "${d.title}" (${GENERATION_NAMES[d.generation].toLowerCase()}, ${d.systems.length} system${d.systems.length === 1 ? '' : 's'})`);
      });
      return 0;
    },
  },
  {
    name: 'set-component',
    usage: SET_USAGE,
    summary: 'set the text of a component ("\\n" starts a new line)',
    async run(args) {
      const [project, which, component, ...words] = args.positional;
      const ref = componentArgument(need(component, 'the component (e.g. community, object@2)', ` Usage: ${SET_USAGE}`));
      await withProject(need(project, 'the project file', ` Usage: ${SET_USAGE}`), false, (store) => {
        const diagram = findDiagram(store, need(which, 'the diagram (its id or title)', ` Usage: ${SET_USAGE}`));
        const row = resolveComponent(store, diagram.id, ref);
        setComponentText(store, row.id, lines(words.join(' ')));
        args.out(`Set the ${row.component.replace(/-/g, ' ')} of "${diagram.title}"`);
      });
      return 0;
    },
  },
  {
    name: 'add-tension',
    usage: TENSION_USAGE,
    summary: 'add a tension between two components, or inside one (no --to); tertiary needs --advanced-form, quaternary a third-generation diagram',
    async run(args) {
      const [project, which] = args.positional;
      const from = componentArgument(need(flagValue(args, 'from', TENSION_USAGE), 'the component it starts at (--from)', ` Usage: ${TENSION_USAGE}`));
      const toValue = flagValue(args, 'to', TENSION_USAGE);
      const codings = flagValue(args, 'codings', TENSION_USAGE);
      await withProject(need(project, 'the project file', ` Usage: ${TENSION_USAGE}`), false, (store) => {
        const diagram = findDiagram(store, need(which, 'the diagram (its id or title)', ` Usage: ${TENSION_USAGE}`));
        const t = createTension(store, {
          diagramId: diagram.id,
          from,
          to: toValue === undefined ? null : componentArgument(toValue),
          level: levelOf(flagValue(args, 'level', TENSION_USAGE)),
          label: optional(args, 'label', TENSION_USAGE),
          memo: optional(args, 'memo', TENSION_USAGE),
          advancedForm: optional(args, 'advanced-form', TENSION_USAGE),
          codingIds: codings === undefined ? undefined : idList(codings, '--codings'),
        });
        print(args, t, () => `Added ${t.level} tension ${t.id}${t.label ? ` "${t.label}"` : ''} to "${diagram.title}" with ${t.evidenceCount} piece${t.evidenceCount === 1 ? '' : 's'} of evidence`);
      });
      return 0;
    },
  },
  {
    name: 'link-evidence',
    usage: LINK_USAGE,
    summary: 'link codings as evidence of a tension or a component',
    async run(args) {
      const [project, which] = args.positional;
      const codingIds = idList(need(flagValue(args, 'codings', LINK_USAGE), 'the codings (--codings)', ` Usage: ${LINK_USAGE}`), '--codings');
      const tension = flagValue(args, 'tension', LINK_USAGE);
      const component = flagValue(args, 'component', LINK_USAGE);
      if ((tension === undefined) === (component === undefined)) throw new ApiError('BAD_INPUT', `Name either --tension ID or --component COMPONENT.\n\nUsage: ${LINK_USAGE}`);
      await withProject(need(project, 'the project file', ` Usage: ${LINK_USAGE}`), false, (store) => {
        const diagram = findDiagram(store, need(which, 'the diagram (its id or title)', ` Usage: ${LINK_USAGE}`));
        const owner: EvidenceOwner = tension !== undefined ? { tensionId: idList(tension, '--tension')[0] ?? 0 } : { componentId: resolveComponent(store, diagram.id, componentArgument(component ?? '')).id };
        if ('tensionId' in owner && requireTensionRow(store, owner.tensionId).diagram_id !== diagram.id) throw new ApiError('NOT_FOUND', `"${diagram.title}" has no tension ${owner.tensionId}; run "diagrams <project> --json" to see them.`);
        const list = addEvidence(store, owner, codingIds);
        args.out(`${'tensionId' in owner ? `Tension ${owner.tensionId}` : 'The component'} now has ${list.items.length} piece${list.items.length === 1 ? '' : 's'} of evidence`);
      });
      return 0;
    },
  },
];
