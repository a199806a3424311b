// Command-line commands of this area (see command.ts):
//   import <project.alens> <file-or-folder>... [--kind transcript|report|other] [--case NAME]
//          [--round N] [--mode "face to face"|telephone|video] [--date YYYY-MM-DD] [--json]
// Files are read in the reader process; speakers become cases (the interviewer is marked)
// unless --case names the case every file belongs to. Prints imported / duplicate /
// failed with reasons, and exits 1 if any file failed.
import { ApiError } from '../../shared/errors.ts';
import { INTERVIEW_MODES } from '../../shared/model/entities.ts';
import type { SourceKind } from '../../shared/model/entities.ts';
import type { Store } from '../db/store.ts';
import { importFilesAutomatically } from '../sources/import-auto.ts';
import type { AutoImportOptions, AutoOutcome } from '../sources/import-auto.ts';
import { expandPaths } from '../sources/import-paths.ts';
import { createParseRunner, forkWorker } from '../infra/reader-runner.ts';
import { createCase } from '../cases/cases.ts';
import { caseQueries } from '../cases/queries.ts';
import { flagValue } from './arguments.ts';
import type { CliArgs, CliCommand } from './command.ts';
import { withProject } from './with-project.ts';

const USAGE = 'import <project.alens> <file-or-folder>... [--kind transcript|report|other] [--case NAME] [--round N] [--mode MODE] [--date YYYY-MM-DD] [--json]';

function flag(args: CliArgs, name: string): string | undefined {
  return flagValue(args, name, USAGE);
}

// Reads --kind: transcript, report (or "evaluator report"), other.
export function parseKind(value: string | undefined): SourceKind | undefined {
  if (value === undefined) return undefined;
  const v = value.trim().toLowerCase();
  if (v === 'transcript' || v === 'interview') return 'transcript';
  if (v === 'report' || v === 'evaluator report' || v === 'evaluator-report') return 'evaluator report';
  if (v === 'other') return 'other';
  throw new ApiError('BAD_INPUT', `--kind must be transcript, report or other (not "${value}").`);
}

function parseOptions(args: CliArgs): Omit<AutoImportOptions, 'caseId'> {
  const options: Omit<AutoImportOptions, 'caseId'> = {};
  const kind = parseKind(flag(args, 'kind'));
  if (kind) options.kind = kind;
  const round = flag(args, 'round');
  if (round !== undefined) {
    const n = Number(round);
    if (!Number.isInteger(n) || n < 1 || n > 99) throw new ApiError('BAD_INPUT', '--round must be a whole number from 1 to 99.');
    options.round = n;
  }
  const mode = flag(args, 'mode');
  if (mode !== undefined) {
    const m = mode.trim().toLowerCase().replace(/-/gu, ' ');
    const known = INTERVIEW_MODES.find((candidate) => candidate === m);
    if (known === undefined) throw new ApiError('BAD_INPUT', `--mode must be one of: ${INTERVIEW_MODES.join(', ')}.`);
    options.mode = known;
  }
  const date = flag(args, 'date');
  if (date !== undefined) {
    if (!/^\d{4}-\d{2}-\d{2}$/u.test(date) || Number.isNaN(Date.parse(date))) throw new ApiError('BAD_INPUT', '--date must be a date as YYYY-MM-DD.');
    options.interviewDate = date;
  }
  return options;
}

// Finds the case named on the command line (by label or real name), making it when missing.
function resolveCase(store: Store, name: string, out: (s: string) => void): number {
  const found = caseQueries(store).idsByName.all({ name });
  if (found.length > 1) throw new ApiError('BAD_INPUT', `${found.length} cases are called "${name}"; rename one on the Cases screen first.`);
  if (found[0] !== undefined) return found[0];
  const made = createCase(store, { realName: name.trim(), label: name.trim() });
  out(`Created the case "${made.label}".`);
  return made.id;
}

function describe(outcome: AutoOutcome): string {
  switch (outcome.status) {
    case 'imported': {
      const s = outcome.source;
      const cases = outcome.newCases.length > 0 ? `; new cases: ${outcome.newCases.join(', ')}` : '';
      return `imported   ${outcome.path ?? outcome.fileName} as "${s.name}" (${s.kind}, ${s.segmentCount} segments, ${s.words} words${cases})`;
    }
    case 'duplicate':
      return `duplicate  ${outcome.path ?? outcome.fileName}: the same text is already in "${outcome.duplicateOf.name}"; skipped`;
    case 'failed':
      return `failed     ${outcome.path ?? outcome.fileName}: ${outcome.message}`;
    case 'cancelled':
      return `cancelled  ${outcome.path ?? outcome.fileName}`;
  }
}

// Prints what was imported, skipped and refused; returns the exit code (1 when any file failed).
function report(args: CliArgs, all: readonly AutoOutcome[]): number {
  const json = args.flags.has('json');
  const imported = all.filter((o) => o.status === 'imported');
  const duplicates = all.filter((o) => o.status === 'duplicate');
  const failed = all.filter((o) => o.status === 'failed');
  if (json) {
    args.out(
      JSON.stringify(
        {
          imported: imported.map((o) => (o.status === 'imported' ? { path: o.path, source: o.source, newCases: o.newCases } : null)),
          duplicates: duplicates.map((o) => (o.status === 'duplicate' ? { path: o.path, duplicateOf: o.duplicateOf } : null)),
          failed: failed.map((o) => (o.status === 'failed' ? { path: o.path, code: o.code, message: o.message } : null)),
        },
        null,
        2,
      ),
    );
  } else {
    args.out(`\n${imported.length} imported, ${duplicates.length} skipped as duplicates, ${failed.length} failed.`);
  }
  if (failed.length > 0 && !json) args.err(`activity-lens: ${failed.length === 1 ? 'one file' : `${failed.length} files`} could not be imported (reasons above); nothing of ${failed.length === 1 ? 'it' : 'them'} was stored.`);
  return failed.length > 0 ? 1 : 0;
}

async function runImport(args: CliArgs): Promise<number> {
  const [project, ...paths] = args.positional;
  if (!project) throw new ApiError('BAD_INPUT', `Name the project file.\n\nUsage: ${USAGE}`);
  if (paths.length === 0) throw new ApiError('BAD_INPUT', `Name at least one file or folder to import.\n\nUsage: ${USAGE}`);
  const options = parseOptions(args);
  const caseName = flag(args, 'case');
  const expanded = expandPaths(paths);
  const log = args.flags.has('json') ? () => {} : args.out;
  return withProject(project, false, async (store) => {
    const runner = createParseRunner(forkWorker());
    try {
      const caseId = caseName !== undefined ? resolveCase(store, caseName, log) : undefined;
      const failures: AutoOutcome[] = expanded.failures.map((f) => ({ status: 'failed', token: '', fileName: f.fileName, code: f.code, message: f.message, path: f.path ?? f.fileName }));
      for (const f of failures) log(describe(f));
      const outcomes = await importFilesAutomatically(store, runner, expanded.files, { ...options, ...(caseId !== undefined ? { caseId } : {}) }, (outcome) => log(describe(outcome)));
      return report(args, [...failures, ...outcomes]);
    } finally {
      runner.close();
    }
  });
}

export const importCommands: CliCommand[] = [
  {
    name: 'import',
    usage: USAGE,
    summary: 'import transcripts and reports (files or folders; .txt .md .docx .odt .pdf .vtt .srt)',
    run: runImport,
  },
];
