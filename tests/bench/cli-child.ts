// Runs one command of the command line in this process, its output going to stdout as
// usual, and writes the process's peak resident memory (MiB) to a file: the bench measures
// `codings --json` this way, from a process of its own whose output goes down a pipe.
//   tsx tests/bench/cli-child.ts <rss-file> <command> <args...>
import { writeFileSync } from 'node:fs';
import { runCli } from '../../electron/cli/main.ts';

const [rssFile, ...args] = process.argv.slice(2);
if (rssFile) {
  const code = await runCli(args);
  writeFileSync(rssFile, String(process.resourceUsage().maxRSS / 1024));
  process.exitCode = code;
}
