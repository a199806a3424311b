// Printing a command's result: as JSON with --json, else as the lines a person reads.
import type { CliArgs } from './command.ts';

// Prints `value` as JSON when --json is given, else the text `text` makes.
export function print(args: CliArgs, value: unknown, text: () => string): void {
  args.out(args.flags.has('json') ? JSON.stringify(value, null, 2) : text());
}
