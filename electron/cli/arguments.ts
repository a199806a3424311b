// Reading a command's arguments: required words, words the flag parser took as the value of
// an on/off switch, and flag values.
import { ApiError } from '../../shared/errors.ts';
import type { CliArgs } from './command.ts';

// A required word of the command line, or a clear refusal: "Missing <what>." and the hint (usually the usage).
export function need(value: string | undefined, what: string, hint = ''): string {
  if (!value) throw new ApiError('BAD_INPUT', `Missing ${what}.${hint}`);
  return value;
}

// The on/off switches of the codebook, sources, alignment and memos commands (find and replace's
// options); the flag parser may take the word after one for its value.
export const ON_OFF_SWITCHES = ['match-case', 'whole-word', 'remove-emptied', 'yes', 'json'];

// The positional words, including any the flag parser took as the value of one of these on/off switches.
export function positionalWords(args: CliArgs, switches: readonly string[]): string[] {
  const out = [...args.positional];
  for (const name of switches) {
    const value = args.flags.get(name);
    if (typeof value === 'string') out.push(value);
  }
  return out;
}

// A flag's value (undefined when absent); a flag given without a value is an error.
export function flagValue(args: CliArgs, name: string, usage: string): string | undefined {
  const value = args.flags.get(name);
  if (value === true) throw new ApiError('BAD_INPUT', `--${name} needs a value.\n\nUsage: ${usage}`);
  return value;
}

// A flag's value; undefined when it is absent or given without a value.
export function stringFlag(args: CliArgs, name: string): string | undefined {
  const value = args.flags.get(name);
  return typeof value === 'string' ? value : undefined;
}
