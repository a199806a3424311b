// Command-line commands of whole projects: a new one (empty with the codebook, or the demo
// study) and its counts.
import { basename } from 'node:path';
import { createProject } from '../db/open-project.ts';
import { PROJECT_EXTENSION } from '../db/project-file.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { newProjectWithCodebook } from '../projects/new-project.ts';
import { projectStats } from '../projects/project-info.ts';
import { need } from './arguments.ts';
import type { CliCommand } from './command.ts';
import { print } from './output.ts';
import { CORE_LINES, CORE_USAGE } from './usage.ts';
import { withProject } from './with-project.ts';

// The project file a core command was given, or the refusal pointing to the core usage.
export function projectArgument(positional: readonly string[]): string {
  return need(positional[0], 'the project file', `\n\n${CORE_USAGE}`);
}

export const projectCommands: CliCommand[] = [
  {
    name: 'create',
    ...CORE_LINES.create,
    run({ positional, flags, out }) {
      const path = projectArgument(positional);
      const name = typeof flags.get('name') === 'string' ? String(flags.get('name')) : basename(path, PROJECT_EXTENSION);
      newProjectWithCodebook(path, name).close();
      out(`Created ${path}`);
      return 0;
    },
  },
  {
    name: 'demo',
    ...CORE_LINES.demo,
    run({ positional, out }) {
      const path = projectArgument(positional);
      const store = createProject(path, 'Demo study');
      try {
        writeDemoStudy(store);
      } finally {
        store.close();
      }
      out(`Wrote the demo study to ${path}`);
      return 0;
    },
  },
  {
    name: 'stats',
    ...CORE_LINES.stats,
    async run(args) {
      await withProject(projectArgument(args.positional), true, (store) => {
        const stats = projectStats(store);
        print(args, stats, () => Object.entries(stats).map(([k, v]) => `${k.padEnd(10)} ${v}`).join('\n'));
      });
      return 0;
    },
  },
];
