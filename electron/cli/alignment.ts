// Command-line command of the alignment matrix (objectives x the six questions).
import { getAlignment } from '../alignment/alignment.ts';
import { need, ON_OFF_SWITCHES, positionalWords } from './arguments.ts';
import type { CliCommand } from './command.ts';
import { withProject } from './with-project.ts';

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
];
