// Every area's commands, in the order `help` lists them.
import type { CliCommand } from './command.ts';
import { importCommands } from './import.ts';
import { workspaceCommands } from './workspace.ts';
import { queriesCommands } from './queries.ts';
import { diagramsCommands } from './diagrams.ts';
import { anonymiseCommands } from './anonymise.ts';
import { exchangeCommands } from './exchange.ts';

export const AREA_COMMANDS: CliCommand[] = [
  ...importCommands,
  ...workspaceCommands,
  ...queriesCommands,
  ...diagramsCommands,
  ...anonymiseCommands,
  ...exchangeCommands,
];
