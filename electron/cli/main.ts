// The command line over the same services as the app, for batch work and scripting:
//   npm run cli -- <command> ...   (or the activity-lens bin)
// Each command lives with its entity's commands (electron/cli/<entity>.ts, listed in registry.ts).
import { resolve } from 'node:path';
import { pathToFileURL } from 'node:url';
import { ApiError } from '../../shared/errors.ts';
import { withPassphrases } from './passphrase.ts';
import { AREA_COMMANDS, CORE_COMMANDS } from './registry.ts';
import { helpText } from './usage.ts';

interface Parsed {
  positional: string[];
  flags: Map<string, string | true>;
}

// Flags that never take a value.
const BOOLEAN_FLAGS = new Set(['debug', 'json', 'force', 'yes', 'dry-run', 'all', 'descendants', 'real-names', 'read-only', 'stem', 'all-words', 'no-interviewer', 'labels', 'with-codings', 'exclude-uncoded', 'with-decisions']);

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

function usage(): string {
  return helpText(AREA_COMMANDS);
}

// The message for an error a command ended with: words only; the stack of an unexpected
// error only when asked for (--debug, or ACTIVITY_LENS_DEBUG=1).
export function describeError(error: unknown, debug: boolean): string {
  if (error instanceof ApiError) return `activity-lens: ${error.message}`;
  if (error instanceof Error && error.name === 'UsageError') return `activity-lens: ${error.message}\n\n${usage()}`;
  if ((error as { code?: unknown } | null)?.code === 'ENOENT') return `activity-lens: ${(error as Error).message}`;
  const message = error instanceof Error ? error.message.split('\n')[0]?.slice(0, 300) : String(error).slice(0, 300);
  if (debug && error instanceof Error && error.stack) return `activity-lens: unexpected error: ${error.stack}`;
  return `activity-lens: unexpected error: ${message ?? 'unknown'}. Nothing more is known; run the command again with --debug for the details.`;
}

// Runs one CLI command; returns the exit code (0 ok, 1 error, 2 usage).
export async function runCli(args: string[], out: (s: string) => void = (s) => process.stdout.write(`${s}\n`), err: (s: string) => void = (s) => process.stderr.write(`${s}\n`)): Promise<number> {
  const { positional, flags } = parseArgs(args);
  const [command] = positional;
  const debug = flags.has('debug') || process.env.ACTIVITY_LENS_DEBUG === '1';
  try {
    const found = AREA_COMMANDS.find((c) => c.name === command) ?? CORE_COMMANDS.find((c) => c.name === command);
    if (found) return await withPassphrases(flags, () => found.run({ positional: positional.slice(1), flags, out, err }));
    if (command === undefined || command === 'help' || command === '--help') {
      out(usage());
      return command === undefined ? 2 : 0;
    }
    err(`Unknown command "${command}".\n\n${usage()}`);
    return 2;
  } catch (error) {
    err(describeError(error, debug));
    return 1;
  }
}

// Ends quietly when whoever reads the output stops reading (`activity-lens codings x --json | head`).
function exitOnClosedPipe(stream: NodeJS.WriteStream): void {
  stream.on('error', (error: NodeJS.ErrnoException) => {
    if (error.code === 'EPIPE') process.exit(process.exitCode ?? 0);
    throw error;
  });
}

if (process.argv[1] && import.meta.url === pathToFileURL(resolve(process.argv[1])).href) {
  exitOnClosedPipe(process.stdout);
  exitOnClosedPipe(process.stderr);
  void runCli(process.argv.slice(2)).then((code) => {
    process.exitCode = code;
  });
}
