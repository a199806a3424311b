// Every command, in the order `help` lists them: the core commands, then each area's.
import { alignmentCommands } from './alignment.ts';
import { anonymiseCommands } from './anonymise.ts';
import { casesCommands } from './cases.ts';
import { codebookCommands } from './codebook.ts';
import { codingsCommands } from './codings.ts';
import type { CliCommand } from './command.ts';
import { contradictionsCommands } from './contradictions.ts';
import { diagramEditCommands } from './diagram-edits.ts';
import { diagramsCommands } from './diagrams.ts';
import { duplicateCodingsCommands } from './duplicate-codings.ts';
import { encryptionCommands } from './encryption.ts';
import { exchangeCommands } from './exchange.ts';
import { importCommands } from './import.ts';
import { memosCommands } from './memos.ts';
import { projectCommands } from './projects.ts';
import { queriesCommands } from './queries.ts';
import { sourcesListCommand, sourceTextCommands } from './sources.ts';
import { teamCommands } from './team.ts';

// The commands every project has, listed first in the help (each takes the project file first).
export const CORE_COMMANDS: CliCommand[] = [...projectCommands, sourcesListCommand, ...casesCommands, ...codingsCommands];

export const AREA_COMMANDS: CliCommand[] = [
  ...encryptionCommands,
  ...importCommands,
  ...codebookCommands,
  ...duplicateCodingsCommands,
  ...sourceTextCommands,
  ...alignmentCommands,
  ...memosCommands,
  ...queriesCommands,
  ...diagramsCommands,
  ...diagramEditCommands,
  ...contradictionsCommands,
  ...anonymiseCommands,
  ...exchangeCommands,
  ...teamCommands,
];
