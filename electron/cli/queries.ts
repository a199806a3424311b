// Command-line commands of this area (see command.ts).
import type { CliCommand } from './command.ts';

export const queriesCommands: CliCommand[] = [];
