// Command-line command of codings: every coding with its node path, source, case, place and
// text, written as it is read (one coding at a time, so a project of any size takes the same
// memory), and ending quietly when whoever reads the output stops (main.ts).
import { eachCodingDetail } from '../codings/coding-report.ts';
import type { CodingDetail } from '../codings/coding-report.ts';
import type { CliCommand } from './command.ts';
import { projectArgument } from './projects.ts';
import { CORE_LINES } from './usage.ts';
import { withProject } from './with-project.ts';

// Codings written between two looks at the event loop (where a closed pipe is noticed).
const BETWEEN_PAUSES = 2000;

// Lets the event loop run, then waits while standard output holds more than it should: a
// pipe whose reader is slower than the project is read would otherwise keep the whole
// output in memory (written to a pipe, 1,000 transcripts took 470 MiB, to a file 228 MiB).
async function pause(): Promise<void> {
  await new Promise((resolve) => setImmediate(resolve));
  const stdout = process.stdout;
  if (stdout.writableNeedDrain) {
    await new Promise<void>((resolve) => {
      const done = () => {
        stdout.off('drain', done);
        stdout.off('close', done);
        resolve();
      };
      stdout.on('drain', done);
      stdout.on('close', done);
    });
  }
}

// One coding as a line of the plain listing.
function line(c: CodingDetail): string {
  return `${c.sourceName}\t${c.start}-${c.end}\t${c.nodePath}\t${c.text.slice(0, 80)}`;
}

// One element of the JSON array, laid out as JSON.stringify(list, null, 2) lays it out.
function element(c: CodingDetail): string {
  return `  ${JSON.stringify(c, null, 2).replace(/\n/g, '\n  ')}`;
}

// Writes every coding as JSON (the same text as the whole list stringified) or as lines.
async function writeCodings(codings: Iterable<CodingDetail>, json: boolean, out: (text: string) => void): Promise<void> {
  let held: string | null = null;
  let written = 0;
  for (const c of codings) {
    if (json) {
      // an element is written once the next one shows it is not the last
      if (held === null) out('[');
      else out(`${held},`);
      held = element(c);
    } else out(line(c));
    if (++written % BETWEEN_PAUSES === 0) await pause();
  }
  if (!json) {
    if (written === 0) out('');
    return;
  }
  if (held === null) out('[]');
  else {
    out(held);
    out(']');
  }
}

export const codingsCommands: CliCommand[] = [
  {
    name: 'codings',
    ...CORE_LINES.codings,
    async run(args) {
      await withProject(projectArgument(args.positional), true, (store) => writeCodings(eachCodingDetail(store), args.flags.has('json'), args.out));
      return 0;
    },
  },
];
