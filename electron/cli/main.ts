// The command line over the same services as the app, for batch work and scripting:
//   npm run cli -- <command> ...   (or the activity-lens bin)
import { basename, resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiError } from '../../shared/errors.ts';
import { createProject, openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { PROJECT_EXTENSION } from '../db/project-file.ts';
import { listCases } from '../cases/cases.ts';
import { listCodingDetails } from '../codings/coding-report.ts';
import { writeDemoStudy } from '../projects/demo-study.ts';
import { newProjectWithCodebook } from '../projects/new-project.ts';
import { projectStats } from '../projects/project-info.ts';
import { listSources } from '../sources/sources.ts';
import { AREA_COMMANDS } from './registry.ts';

const USAGE = `Activity Lens command line

  create <project.alens> [--name NAME]    a new project with the activity-theory codebook
  demo <project.alens>                    a new project holding the coded demo study
  stats <project.alens> [--json]          counts of sources, segments, cases, nodes, codings, memos
  sources <project.alens> [--json]        every source
  cases <project.alens> [--json]          every case with its attributes and real name
  codings <project.alens> [--json]        every coding: node path, source, case, start, end, text

Positions are Unicode code points, end exclusive.`;

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

// Flags that never take a value.
const BOOLEAN_FLAGS = new Set(['json', 'force', 'yes', 'dry-run', 'all', 'descendants', 'real-names', 'read-only', 'stem', 'all-words', 'no-interviewer', 'labels']);

function parseArgs(args: string[]): Parsed {
  const positional: string[] = [];
  const flags = new Map<string, string | true>();
  for (let i = 0; i < args.length; i++) {
    const arg = args[i] ?? '';
    if (arg.startsWith('--')) {
      const name = arg.slice(2);
      const next = args[i + 1];
      if (BOOLEAN_FLAGS.has(name) || next === undefined || next.startsWith('--')) flags.set(name, true);
      else {
        flags.set(name, next);
        i++;
      }
    } else positional.push(arg);
  }
  return { positional, flags };
}

function need(value: string | undefined, what: string): string {
  if (!value) throw new ApiError('BAD_INPUT', `Missing ${what}.\n\n${USAGE}`);
  return value;
}

function withProject<T>(path: string, readOnly: boolean, fn: (store: OpenStore) => T): T {
  const store = openProject(path, { readOnly });
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

function print(out: (s: string) => void, json: boolean, value: unknown, table: () => string): void {
  out(json ? JSON.stringify(value, null, 2) : table());
}

function usage(): string {
  const extra = AREA_COMMANDS.map((c) => `  ${c.usage.padEnd(38)}  ${c.summary}`).join('\n');
  return extra ? USAGE.replace('\n\nPositions', `\n${extra}\n\nPositions`) : USAGE;
}

// Runs one CLI command; returns the exit code (0 ok, 1 error, 2 usage).
export async function runCli(args: string[], out: (s: string) => void = (s) => process.stdout.write(`${s}\n`), err: (s: string) => void = (s) => process.stderr.write(`${s}\n`)): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const [command, project] = positional;
  const json = flags.has('json');
  try {
    const area = AREA_COMMANDS.find((c) => c.name === command);
    if (area) return await area.run({ positional: positional.slice(1), flags, out, err });
    switch (command) {
      case 'create': {
        const path = need(project, 'the project file');
        const name = typeof flags.get('name') === 'string' ? String(flags.get('name')) : basename(path, PROJECT_EXTENSION);
        newProjectWithCodebook(path, name).close();
        out(`Created ${path}`);
        return 0;
      }
      case 'demo': {
        const path = need(project, 'the project file');
        const store = createProject(path, 'Demo study');
        try {
          writeDemoStudy(store);
        } finally {
          store.close();
        }
        out(`Wrote the demo study to ${path}`);
        return 0;
      }
      case 'stats':
        withProject(need(project, 'the project file'), true, (store) => {
          const stats = projectStats(store);
          print(out, json, stats, () => Object.entries(stats).map(([k, v]) => `${k.padEnd(10)} ${v}`).join('\n'));
        });
        return 0;
      case 'sources':
        withProject(need(project, 'the project file'), true, (store) => {
          const sources = listSources(store);
          print(out, json, sources, () => sources.map((s) => `${s.id}\t${s.kind}\t${s.words} words\t${s.codingCount} codings\t${s.name}`).join('\n'));
        });
        return 0;
      case 'cases':
        withProject(need(project, 'the project file'), true, (store) => {
          const cases = listCases(store);
          print(out, json, cases, () => cases.map((c) => `${c.id}\t${c.label}\t${c.realName}\t${c.organisation ?? ''}`).join('\n'));
        });
        return 0;
      case 'codings':
        withProject(need(project, 'the project file'), true, (store) => {
          const codings = listCodingDetails(store);
          print(out, json, codings, () => codings.map((c) => `${c.sourceName}\t${c.start}-${c.end}\t${c.nodePath}\t${c.text.slice(0, 80)}`).join('\n'));
        });
        return 0;
      case undefined:
      case 'help':
      case '--help':
        out(usage());
        return command === undefined ? 2 : 0;
      default:
        err(`Unknown command "${command}".\n\n${usage()}`);
        return 2;
    }
  } catch (error) {
    if (error instanceof ApiError) err(`activity-lens: ${error.message}`);
    else if (error instanceof Error && error.name === 'UsageError') err(`activity-lens: ${error.message}\n\n${usage()}`);
    else if ((error as { code?: unknown }).code === 'ENOENT') err(`activity-lens: ${(error as Error).message}`);
    else err(`activity-lens: unexpected error: ${error instanceof Error ? (error.stack ?? error.message) : String(error)}`);
    return 1;
  }
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
