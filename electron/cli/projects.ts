// Command-line commands of whole projects: a new one (empty with the codebook, or the demo
// study; encrypted when a passphrase is given with --password-file or ACTIVITY_LENS_PASSWORD)
// and its counts.
import { basename } from 'node:path';
import { createProject } from '../db/open-project.ts';
import { PROJECT_EXTENSION } from '../db/project-file.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { newProjectWithCodebook } from '../projects/new-project.ts';
import { projectStats } from '../projects/project-info.ts';
import { need } from './arguments.ts';
import type { CliCommand } from './command.ts';
import { print } from './output.ts';
import { newPassphrase, projectPassphrase } from './passphrase.ts';
import { CORE_LINES, CORE_USAGE } from './usage.ts';
import { withProject } from './with-project.ts';

// The project file a core command was given, or the refusal pointing to the core usage.
export function projectArgument(positional: readonly string[]): string {
  return need(positional[0], 'the project file', `\n\n${CORE_USAGE}`);
}

// The passphrase a new project is encrypted with, if one was given (checked for length).
function givenPassphrase(usage: string): string | undefined {
  return projectPassphrase() === undefined ? undefined : newPassphrase('current', usage);
}

export const projectCommands: CliCommand[] = [
  {
    name: 'create',
    ...CORE_LINES.create,
    run({ positional, flags, out }) {
      const path = projectArgument(positional);
      const name = typeof flags.get('name') === 'string' ? String(flags.get('name')) : basename(path, PROJECT_EXTENSION);
      const passphrase = givenPassphrase(CORE_LINES.create.usage);
      newProjectWithCodebook(path, name, undefined, passphrase).close();
      out(`Created ${path}${passphrase === undefined ? '' : ' (encrypted)'}`);
      return 0;
    },
  },
  {
    name: 'demo',
    ...CORE_LINES.demo,
    run({ positional, out }) {
      const path = projectArgument(positional);
      const passphrase = givenPassphrase(CORE_LINES.demo.usage);
      const store = createProject(path, 'Demo study', { passphrase });
      try {
        writeDemoStudy(store);
      } finally {
        store.close();
      }
      out(`Wrote the demo study to ${path}${passphrase === undefined ? '' : ' (encrypted)'}`);
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
