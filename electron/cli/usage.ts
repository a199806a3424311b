// The command line's help: the core commands (every one takes the project file first) and
// each area's commands, one line each.
import type { CliCommand } from './command.ts';

// One help line: the usage, then the summary from the 42nd column.
function usageLine(command: Pick<CliCommand, 'usage' | 'summary'>): string {
  return `  ${command.usage.padEnd(38)}  ${command.summary}`;
}

export const CORE_LINES = {
  create: { usage: 'create <project.alens> [--name NAME]', summary: 'a new project with the activity-theory codebook' },
  demo: { usage: 'demo <project.alens>', summary: 'a new project holding the coded demo study' },
  stats: { usage: 'stats <project.alens> [--json]', summary: 'counts of sources, segments, cases, nodes, codings, memos' },
  sources: { usage: 'sources <project.alens> [--json]', summary: 'every source' },
  cases: { usage: 'cases <project.alens> [--json]', summary: 'every case with its attributes and real name' },
  codings: { usage: 'codings <project.alens> [--json]', summary: 'every coding: node path, source, case, start, end, text' },
} as const;

const FOOTER = [
  'Positions are Unicode code points, end exclusive.',
  'Encrypted projects: every command takes --password-file FILE (a file holding the passphrase) or the',
  'ACTIVITY_LENS_PASSWORD environment variable; with one, create and demo make an encrypted project.',
  '--debug prints the details of an unexpected error.',
].join('\n');

// The help of the core commands (what a core command's "Missing ..." message points to).
export const CORE_USAGE = `Activity Lens command line\n\n${Object.values(CORE_LINES).map(usageLine).join('\n')}\n\n${FOOTER}`;

// The whole help: the core commands, then every area's.
export function helpText(areaCommands: readonly CliCommand[]): string {
  const extra = areaCommands.map(usageLine).join('\n');
  return extra ? CORE_USAGE.replace(`\n\n${FOOTER}`, `\n${extra}\n\n${FOOTER}`) : CORE_USAGE;
}
