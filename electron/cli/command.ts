// A command of the command line; each area keeps its commands in electron/cli/<area>.ts.

export interface CliArgs {
  // words after the command name
  positional: string[];
  // --name value, or --flag (true)
  flags: Map<string, string | true>;
  out(text: string): void;
  err(text: string): void;
}

export interface CliCommand {
  name: string;
  // one usage line, e.g. "export-qdpx <project.alens> <out.qdpx>"
  usage: string;
  summary: string;
  // returns the exit code (0 ok, 1 failed); throw ApiError for a clear message
  run(args: CliArgs): number | Promise<number>;
}
