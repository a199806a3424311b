// Command-line commands of the alignment matrix (objectives x the six questions) and its
// rows as a thesis's alignment table: objective | research questions | components | presented in.
import { ApiError } from '../../shared/errors.ts';
import { ACTIVITY_COMPONENTS } from '../../shared/model/activity-components.ts';
import type { ActivityComponent } from '../../shared/model/activity-components.ts';
import { addObjective, getAlignment, updateAlignmentRow } from '../alignment/alignment.ts';
import type { AlignmentRowFields } from '../alignment/alignment.ts';
import { flagValue, need, ON_OFF_SWITCHES, positionalWords } from './arguments.ts';
import type { CliArgs, CliCommand } from './command.ts';
import { withProject } from './with-project.ts';

const ROW_USAGE = 'set-alignment-row <project.alens> <objective id or title> [--title T] [--research-questions T] [--components community,rules|follow] [--presented-in T] [--questions 1,2]';

// "community,division-of-labour" as components, or "follow" (those of the row's questions).
function componentsFlag(value: string): ActivityComponent[] | null {
  if (value.trim().toLowerCase() === 'follow') return null;
  const names = value.split(/[\s,]+/).filter(Boolean).map((n) => n.toLowerCase());
  const unknown = names.filter((n) => !ACTIVITY_COMPONENTS.some((c) => c === n));
  if (unknown.length > 0) throw new ApiError('BAD_INPUT', `Not components: ${unknown.join(', ')}. Use ${ACTIVITY_COMPONENTS.join(', ')}, or "follow" for those of the row's questions.`);
  return ACTIVITY_COMPONENTS.filter((c) => names.includes(c));
}

function questionsFlag(value: string): number[] {
  const questions = value.split(/[\s,]+/).filter(Boolean).map(Number);
  if (questions.some((q) => !Number.isInteger(q) || q < 1 || q > 6)) throw new ApiError('BAD_INPUT', '--questions needs question numbers 1-6 separated by commas, e.g. 3,4.');
  return [...new Set(questions)];
}

// The row's columns given on the command line ("\n" starts a new line).
function rowFields(args: CliArgs): AlignmentRowFields {
  const text = (name: string) => flagValue(args, name, ROW_USAGE)?.replace(/\\n/g, '\n');
  const components = flagValue(args, 'components', ROW_USAGE);
  const questions = flagValue(args, 'questions', ROW_USAGE);
  return {
    title: text('title')?.trim() || undefined,
    researchQuestions: text('research-questions'),
    components: components === undefined ? undefined : componentsFlag(components),
    presentedIn: text('presented-in'),
    questions: questions === undefined ? undefined : questionsFlag(questions),
  };
}

export const alignmentCommands: CliCommand[] = [
  {
    name: 'alignment',
    usage: 'alignment <project.alens> [--json]',
    summary: 'the objectives x questions alignment matrix',
    async run(args) {
      const [project] = positionalWords(args, ON_OFF_SWITCHES);
      await withProject(need(project, 'the project file'), true, (store) => {
        const matrix = getAlignment(store);
        if (args.flags.has('json')) args.out(JSON.stringify(matrix, null, 2));
        else
          args.out(
            matrix.objectives.length === 0
              ? 'The matrix has no objectives yet.'
              : matrix.objectives.map((o) => [o.title, ...matrix.questions.map((q) => `  ${q.name}: ${o.cells[String(q.question)] ?? ''}`)].join('\n')).join('\n\n'),
          );
      });
      return 0;
    },
  },
  {
    name: 'set-alignment-row',
    usage: ROW_USAGE,
    summary: 'set the columns of a row of the alignment table (a new row when no objective has that title)',
    async run(args) {
      const [project, which] = args.positional;
      const objective = need(which, 'the objective (its id or title)', ` Usage: ${ROW_USAGE}`);
      const fields = rowFields(args);
      await withProject(need(project, 'the project file', ` Usage: ${ROW_USAGE}`), false, (store) => {
        const rows = getAlignment(store).objectives;
        const found = /^\d+$/.test(objective) ? rows.find((o) => o.id === Number(objective)) : rows.find((o) => o.title.trim().toLowerCase() === objective.trim().toLowerCase());
        if (!found && /^\d+$/.test(objective)) throw new ApiError('NOT_FOUND', `There is no objective ${objective}; run "alignment <project> --json" to see them.`);
        const matrix = found ? updateAlignmentRow(store, found.id, fields) : addObjective(store, fields.title ?? objective.trim(), fields);
        const row = matrix.objectives.find((o) => (found ? o.id === found.id : o.title === (fields.title ?? objective.trim())));
        args.out(`${found ? 'Updated' : 'Added'} "${row?.title ?? objective}": questions ${row?.questions.join(', ') || 'none'}; components ${row?.components.join(', ') || 'none'}; presented in ${row?.presentedIn || '(not yet)'}`);
      });
      return 0;
    },
  },
];
