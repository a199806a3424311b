// Command-line command of codings: every coding with its node path, source, case, place and text.
import { listCodingDetails } from '../codings/coding-report.ts';
import type { CliCommand } from './command.ts';
import { print } from './output.ts';
import { projectArgument } from './projects.ts';
import { CORE_LINES } from './usage.ts';
import { withProject } from './with-project.ts';

export const codingsCommands: CliCommand[] = [
  {
    name: 'codings',
    ...CORE_LINES.codings,
    async run(args) {
      await withProject(projectArgument(args.positional), true, (store) => {
        const codings = listCodingDetails(store);
        print(args, codings, () => codings.map((c) => `${c.sourceName}\t${c.start}-${c.end}\t${c.nodePath}\t${c.text.slice(0, 80)}`).join('\n'));
      });
      return 0;
    },
  },
];
