// Command-line command of cases: every case with its attributes and real name.
import { listCases } from '../cases/cases.ts';
import type { CliCommand } from './command.ts';
import { print } from './output.ts';
import { projectArgument } from './projects.ts';
import { CORE_LINES } from './usage.ts';
import { withProject } from './with-project.ts';

export const casesCommands: CliCommand[] = [
  {
    name: 'cases',
    ...CORE_LINES.cases,
    async run(args) {
      await withProject(projectArgument(args.positional), true, (store) => {
        const cases = listCases(store);
        print(args, cases, () => cases.map((c) => `${c.id}\t${c.label}\t${c.realName}\t${c.organisation ?? ''}`).join('\n'));
      });
      return 0;
    },
  },
];
