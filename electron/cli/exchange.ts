// Command-line commands of REFI-QDA exchange: export-qdpx, import-qdpx, export-qdc, import-qdc.
import { existsSync, readFileSync } from 'node:fs';
import { basename } from 'node:path';
import { ApiError } from '../../shared/errors.ts';
import type { ExchangeCounts, LeftOutItem } from '../../shared/model/exchange.ts';
import { buildQdc } from '../exchange/qdc-export.ts';
import { sameNameWarning } from '../../shared/exchange/same-name-codes.ts';
import { qdpxSameNameCodes, qdpxWarning } from '../exchange/qdpx-warning.ts';
import { buildQdpx } from '../exchange/qdpx-export.ts';
import { writeFileAtomic } from '../infra/atomic-write.ts';
import { mergeQdc } from '../exchange/qdc-import.ts';
import { importQdpxAsNewProject } from '../exchange/qdpx-import.ts';
import { createParseRunner, forkWorker } from '../infra/reader-runner.ts';
import type { ParseRunner } from '../infra/reader-runner.ts';
import { need as needWord } from './arguments.ts';
import type { CliArgs, CliCommand } from './command.ts';
import { withProject } from './with-project.ts';

function need(value: string | undefined, what: string, usage: string): string {
  return needWord(value, what, ` Usage: ${usage}`);
}

// Runs `fn` with a reader process of its own, stopped after.
async function withReader<T>(fn: (reader: ParseRunner) => Promise<T>): Promise<T> {
  const reader = createParseRunner(forkWorker());
  try {
    return await fn(reader);
  } finally {
    reader.close();
  }
}

function checkTarget(target: string, extension: string, args: CliArgs): void {
  if (!target.toLowerCase().endsWith(extension)) throw new ApiError('BAD_INPUT', `The output file name must end in ${extension}.`);
  if (existsSync(target) && !args.flags.has('force')) throw new ApiError('ALREADY_EXISTS', `${target} already exists. Choose another name, or add --force to replace it.`);
}

const COUNT_NAMES: [keyof ExchangeCounts, string][] = [
  ['sources', 'sources'],
  ['codings', 'codings'],
  ['nodes', 'codes'],
  ['cases', 'cases'],
  ['attributes', 'attributes'],
  ['memos', 'memos'],
  ['coders', 'coders'],
  ['diagrams', 'diagrams'],
  ['references', 'media references'],
];

// One line per kind of thing with a count: "  14 sources".
export function countLines(counts: ExchangeCounts): string[] {
  return COUNT_NAMES.filter(([k]) => counts[k] > 0).map(([k, label]) => `  ${String(counts[k]).padStart(6)} ${label}`);
}

// The "not imported / not exported" lines of a report.
export function leftOutLines(items: readonly LeftOutItem[]): string[] {
  if (items.length === 0) return ['  (nothing)'];
  return items.flatMap((i) => [`  ${String(i.count).padStart(6)} ${i.what}: ${i.reason}`, ...i.examples.map((e) => `           e.g. ${e}`)]);
}

export const exchangeCommands: CliCommand[] = [
  {
    name: 'export-qdpx',
    usage: 'export-qdpx <project.alens> <out.qdpx> [--force]',
    summary: 'the whole project as REFI-QDA (NVivo, ATLAS.ti, MAXQDA, QualCoder); NOT anonymised',
    run(args) {
      const usage = this.usage;
      const [project, target] = args.positional;
      const projectPath = need(project, 'the project file', usage);
      const out = need(target, 'the .qdpx file to write', usage);
      checkTarget(out, '.qdpx', args);
      return withProject(projectPath, true, (store) => {
        args.err(`Warning: ${qdpxWarning(store)}`);
        const sameNames = sameNameWarning(qdpxSameNameCodes(store));
        if (sameNames) args.err(`Warning: ${sameNames}`);
        const built = buildQdpx(store);
        writeFileAtomic(out, built.bytes);
        args.out(`Wrote ${out} (${built.bytes.length} bytes):`);
        for (const line of countLines(built.counts)) args.out(line);
        args.out('Not exported:');
        for (const line of leftOutLines(built.leftOut)) args.out(line);
        return 0;
      });
    },
  },
  {
    name: 'import-qdpx',
    usage: 'import-qdpx <in.qdpx> <new-project.alens>',
    summary: 'a REFI-QDA project into a new project; lists what was imported and what was not',
    async run(args) {
      const usage = this.usage;
      const [input, project] = args.positional;
      const inPath = need(input, 'the .qdpx file to import', usage);
      const projectPath = need(project, 'the new project file', usage);
      if (!existsSync(inPath)) throw new ApiError('NOT_FOUND', `There is no file at ${inPath}.`);
      const report = await withReader((reader) => importQdpxAsNewProject(readFileSync(inPath), basename(inPath), projectPath, { reader }));
      args.out(`Imported ${basename(inPath)}${report.origin ? ` (written by ${report.origin})` : ''} into ${projectPath}:`);
      for (const line of countLines(report.comingIn)) args.out(line);
      args.out('Not imported:');
      for (const line of leftOutLines(report.leftOut)) args.out(line);
      if (report.notes.length > 0) {
        args.out('Notes:');
        for (const note of report.notes) args.out(`  ${note}`);
      }
      return 0;
    },
  },
  {
    name: 'export-qdc',
    usage: 'export-qdc <project.alens> <out.qdc> [--force]',
    summary: 'the codebook as REFI-QDA .qdc (codes, colours, nesting, question and component sets)',
    run(args) {
      const usage = this.usage;
      const [project, target] = args.positional;
      const projectPath = need(project, 'the project file', usage);
      const out = need(target, 'the .qdc file to write', usage);
      checkTarget(out, '.qdc', args);
      return withProject(projectPath, true, (store) => {
        const built = buildQdc(store);
        writeFileAtomic(out, built.bytes);
        args.out(`Wrote ${out}: ${built.codes} codes.`);
        return 0;
      });
    },
  },
  {
    name: 'import-qdc',
    usage: 'import-qdc <in.qdc> <project.alens>',
    summary: 'merge a REFI-QDA codebook into a project (one undoable action)',
    run(args) {
      const usage = this.usage;
      const [input, project] = args.positional;
      const inPath = need(input, 'the .qdc file to merge', usage);
      const projectPath = need(project, 'the project file', usage);
      if (!existsSync(inPath)) throw new ApiError('NOT_FOUND', `There is no file at ${inPath}.`);
      return withProject(projectPath, false, async (store) => {
        const report = await withReader((reader) => mergeQdc(store, readFileSync(inPath), basename(inPath), reader));
        args.out(`Merged ${basename(inPath)} into ${projectPath}: ${report.newCodes} codes added, ${report.matchedCodes} already in the project (left as they were).`);
        if (report.leftOut.length > 0) {
          args.out('Not imported:');
          for (const line of leftOutLines(report.leftOut)) args.out(line);
        }
        for (const note of report.notes) args.out(`  ${note}`);
        return 0;
      });
    },
  },
];
