// Command-line commands of the anonymisation register and Word export.
// Options go after the positional arguments. Exports refuse (exit 1, leaks listed on
// stderr) when the leak check finds a real name; nothing is written then.
import { readFileSync } from 'node:fs';
import { extname } from 'node:path';
import { ApiError } from '../../shared/errors.ts';
import type { LeakReport } from '../../shared/anonymise/leak-scan.ts';
import { ATTRIBUTION_FORMATS, MEMO_PLACEMENTS } from '../../shared/model/anonymise.ts';
import type { AttributionFormat, ExportOutcome, ExtractSelection, MemoPlacement } from '../../shared/model/anonymise.ts';
import type { OpenStore } from '../db/open-project.ts';
import { checkCsv, checkPackage, checkSvg } from '../anonymise/leak-check.ts';
import { exportCodebookDocx, exportJournalDocx, exportTranscriptDocx } from '../documents/other-documents.ts';
import { exportExtractsDocx, exportMatcher } from '../documents/extracts-export.ts';
import { exportRegisterKey } from '../anonymise/key-file.ts';
import { fillRegister, listRules } from '../anonymise/register.ts';
import { suggestNames } from '../anonymise/suggest.ts';
import { listNodes } from '../codebook/codebook.ts';
import { listCases } from '../cases/cases.ts';
import { listSources } from '../sources/sources.ts';
import { need as needWord, positionalWords, stringFlag } from './arguments.ts';
import type { CliArgs, CliCommand } from './command.ts';
import { withProject } from './with-project.ts';

// Flags that take no value; a word after one is positional (see words()).
const SWITCHES = ['force', 'json', 'real-names', 'anonymise-memos', 'alignment', 'no-toc', 'anonymise'];

function words(args: CliArgs): string[] {
  return positionalWords(args, SWITCHES);
}

function need(value: string | undefined, what: string, usage: string): string {
  return needWord(value, what, `\nUsage: ${usage}`);
}

function list(value: string | undefined): string[] {
  return (value ?? '')
    .split(',')
    .map((v) => v.trim())
    .filter(Boolean);
}

function attributionFlag(args: CliArgs): AttributionFormat {
  const value = stringFlag(args, 'attribution') ?? 'role-project';
  if (!(ATTRIBUTION_FORMATS as readonly string[]).includes(value)) throw new ApiError('BAD_INPUT', `--attribution must be one of: ${ATTRIBUTION_FORMATS.join(', ')}.`);
  return value as AttributionFormat;
}

function reportLeaks(args: CliArgs, leaks: LeakReport['hits'], total: number, message: string): void {
  args.err(message);
  for (const hit of leaks) args.err(`  ${hit.where}: "${hit.found}" (register: ${hit.ruleText}) … ${hit.context}`);
  if (total > leaks.length) args.err(`  … and ${total - leaks.length} more`);
}

function finish(args: CliArgs, outcome: ExportOutcome, what: string): number {
  if (!outcome.written) {
    reportLeaks(args, outcome.leaks, outcome.leakTotal, outcome.message);
    return 1;
  }
  args.out(`Wrote ${outcome.path} (${what}: ${outcome.extracts}; ${outcome.replacements} names replaced; ${outcome.bytes} bytes).`);
  for (const w of outcome.warnings) args.err(`Warning: ${w}`);
  return 0;
}

function selectionOf(store: OpenStore, args: CliArgs): ExtractSelection {
  const questions = list(stringFlag(args, 'questions')).map((q) => {
    const n = Number(q.replace(/^q/i, ''));
    if (!Number.isInteger(n) || n < 1 || n > 6) throw new ApiError('BAD_INPUT', `--questions takes numbers 1 to 6 separated by commas (got "${q}").`);
    return n;
  });
  const nodes = listNodes(store);
  const nodeIds = list(stringFlag(args, 'nodes')).map((wanted) => {
    const byId = /^\d+$/.test(wanted) ? nodes.find((n) => n.id === Number(wanted)) : undefined;
    const found = byId ?? nodes.find((n) => n.path.toLowerCase() === wanted.replace(/\s*\/\s*/g, '/').toLowerCase()) ?? nodes.find((n) => n.name.toLowerCase() === wanted.toLowerCase());
    if (!found) throw new ApiError('NOT_FOUND', `There is no node "${wanted}". Give node ids or paths ("Q4 Division of labour/Power and conflict").`);
    return found.id;
  });
  const cases = listCases(store);
  const caseIds = list(stringFlag(args, 'cases')).map((wanted) => {
    const found = cases.find((c) => String(c.id) === wanted || c.label.toLowerCase() === wanted.toLowerCase());
    if (!found) throw new ApiError('NOT_FOUND', `There is no case "${wanted}" (give case ids or labels).`);
    return found.id;
  });
  const sources = listSources(store);
  const sourceIds = list(stringFlag(args, 'sources')).map((wanted) => {
    const found = sources.find((s) => String(s.id) === wanted || s.name.toLowerCase() === wanted.toLowerCase());
    if (!found) throw new ApiError('NOT_FOUND', `There is no source "${wanted}" (give source ids or names).`);
    return found.id;
  });
  const facets = list(stringFlag(args, 'where')).map((pair) => {
    const [facet, value] = pair.split('=');
    if (!facet || value === undefined) throw new ApiError('BAD_INPUT', '--where takes facet=value pairs separated by commas, e.g. role=broker,attr:Region=North West.');
    return { facet: facet.trim(), values: [value.trim()] };
  });
  return { questions, nodeIds, caseIds, sourceIds, facets };
}

const EXPORT_DOCX_USAGE =
  'export-docx <project.alens> <out.docx> [--questions 1,4] [--nodes ID|PATH,...] [--cases ...] [--sources ...] [--where role=broker] [--attribution role-project|pseudonym] [--memos none|comments|footnotes] [--anonymise-memos] [--matrix role] [--alignment] [--title TEXT] [--no-toc] [--force]';

const exportDocx: CliCommand = {
  name: 'export-docx',
  usage: 'export-docx <project.alens> <out.docx> [--questions 1,4] [--nodes ...] [--attribution role-project|pseudonym]',
  summary: 'the coded extracts report in Word, anonymised; refuses when a real name is found',
  async run(args) {
    const [project, out] = words(args);
    const memos = stringFlag(args, 'memos') ?? 'none';
    if (!(MEMO_PLACEMENTS as readonly string[]).includes(memos)) throw new ApiError('BAD_INPUT', `--memos must be one of: ${MEMO_PLACEMENTS.join(', ')}.`);
    const outcome = await withProject(need(project, 'the project file', EXPORT_DOCX_USAGE), true, (store) =>
      exportExtractsDocx(
        store,
        {
          path: need(out, 'the output .docx file', EXPORT_DOCX_USAGE),
          overwrite: args.flags.has('force'),
          selection: selectionOf(store, args),
          attribution: attributionFlag(args),
          memos: memos as MemoPlacement,
          anonymiseMemos: args.flags.has('anonymise-memos'),
          title: stringFlag(args, 'title') ?? 'Coded extracts',
          tableOfContents: !args.flags.has('no-toc'),
          nodeDescriptions: true,
          matrixFacet: stringFlag(args, 'matrix') ?? null,
          alignmentMatrix: args.flags.has('alignment'),
          diagramIds: list(stringFlag(args, 'diagrams')).map(Number),
        },
        { progress: (done, total, message) => args.err(`[${done}/${total}] ${message}`) },
      ),
    );
    return finish(args, outcome, 'extracts');
  },
};

const exportTranscript: CliCommand = {
  name: 'export-transcript',
  usage: 'export-transcript <project.alens> <source id|name> <out.docx> [--real-names] [--force]',
  summary: 'a transcript for checking (text | codes and notes), anonymised unless --real-names',
  async run(args) {
    const usage = this.usage;
    const [project, source, out] = words(args);
    const outcome = await withProject(need(project, 'the project file', usage), true, (store) => {
      const wanted = need(source, 'the source', usage);
      const found = listSources(store).find((s) => String(s.id) === wanted || s.name.toLowerCase() === wanted.toLowerCase());
      if (!found) throw new ApiError('NOT_FOUND', `There is no source "${wanted}" (give its id or exact name).`);
      return exportTranscriptDocx(store, { path: need(out, 'the output .docx file', usage), overwrite: args.flags.has('force'), sourceId: found.id, anonymise: !args.flags.has('real-names') });
    });
    return finish(args, outcome, 'turns');
  },
};

const exportCodebook: CliCommand = {
  name: 'export-codebook',
  usage: 'export-codebook <project.alens> <out.docx> [--attribution role-project|pseudonym] [--force]',
  summary: 'the codebook with descriptions, counts and one example extract per node',
  async run(args) {
    const [project, out] = words(args);
    const outcome = await withProject(need(project, 'the project file', this.usage), true, (store) =>
      exportCodebookDocx(store, { path: need(out, 'the output .docx file', this.usage), overwrite: args.flags.has('force'), attribution: attributionFlag(args) }),
    );
    return finish(args, outcome, 'examples');
  },
};

const exportJournal: CliCommand = {
  name: 'export-journal',
  usage: 'export-journal <project.alens> <out.docx> [--anonymise] [--force]',
  summary: 'the research journal (project memos); checked as written unless --anonymise',
  async run(args) {
    const [project, out] = words(args);
    const outcome = await withProject(need(project, 'the project file', this.usage), true, (store) =>
      exportJournalDocx(store, { path: need(out, 'the output .docx file', this.usage), overwrite: args.flags.has('force'), anonymise: args.flags.has('anonymise') }),
    );
    return finish(args, outcome, 'entries');
  },
};

const register: CliCommand = {
  name: 'register',
  usage: 'register <project.alens> [--json]',
  summary: 'the anonymisation register: real names and what replaces them',
  async run(args) {
    const [project] = words(args);
    await withProject(need(project, 'the project file', this.usage), true, (store) => {
      const rules = listRules(store);
      if (args.flags.has('json')) args.out(JSON.stringify(rules, null, 2));
      else args.out(rules.map((r) => `${r.id}\t${r.kind}\t${r.realText}\t[${r.replacement}]${r.caseSensitive ? '\tcase-sensitive' : ''}${r.variants.length > 0 ? `\talso: ${r.variants.join('; ')}` : ''}`).join('\n'));
    });
    return 0;
  },
};

const registerFill: CliCommand = {
  name: 'register-fill',
  usage: 'register-fill <project.alens>',
  summary: 'add every case and organisation missing from the register',
  async run(args) {
    const [project] = words(args);
    const added = await withProject(need(project, 'the project file', this.usage), false, (store) => fillRegister(store));
    args.out(`Added ${added} register entr${added === 1 ? 'y' : 'ies'}.`);
    return 0;
  },
};

const registerKey: CliCommand = {
  name: 'export-register-key',
  usage: 'export-register-key <project.alens> <out.csv|out.json> [--force]',
  summary: 'the register as a separate key file (keep it apart from the data)',
  async run(args) {
    const [project, out] = words(args);
    const result = await withProject(need(project, 'the project file', this.usage), false, (store) => exportRegisterKey(store, need(out, 'the key file', this.usage), args.flags.has('force')));
    args.out(`Wrote the register key (${result.entries} entries) to ${result.path}. Keep it apart from any export.`);
    return 0;
  },
};

const leakCheck: CliCommand = {
  name: 'leak-check',
  usage: 'leak-check <project.alens> <file.docx|.xlsx|.csv|.svg|.txt>',
  summary: "check any file for the register's real names (exit 1 and where, when found)",
  async run(args) {
    const [project, file] = words(args);
    const path = need(file, 'the file to check', this.usage);
    const report = await withProject(need(project, 'the project file', this.usage), true, (store) => {
      const matcher = exportMatcher(store);
      const ext = extname(path).toLowerCase();
      if (ext === '.docx' || ext === '.xlsx' || ext === '.pptx' || ext === '.odt') return checkPackage(matcher, new Uint8Array(readFileSync(path)));
      const text = readFileSync(path, 'utf8');
      if (ext === '.csv' || ext === '.tsv') return checkCsv(matcher, text);
      if (ext === '.svg') return checkSvg(matcher, text);
      return checkCsv(matcher, text.replace(/"/g, ''));
    });
    if (report.total > 0) {
      reportLeaks(args, report.hits, report.total, `${report.total} real name${report.total === 1 ? '' : 's'} found in ${path}:`);
      return 1;
    }
    args.out(`No register names found in ${path} (${report.partsScanned} parts, ${report.charactersScanned} characters checked).`);
    return 0;
  },
};

const suggest: CliCommand = {
  name: 'suggest-names',
  usage: 'suggest-names <project.alens> [--json]',
  summary: 'names, organisations and places the sources mention that the register lacks',
  async run(args) {
    const [project] = words(args);
    const suggestions = await withProject(need(project, 'the project file', this.usage), true, (store) => suggestNames(store));
    if (args.flags.has('json')) args.out(JSON.stringify(suggestions, null, 2));
    else args.out(suggestions.map((s) => `${s.count}\t${s.kind}\t${s.text}\t${s.examples[0]?.context ?? ''}`).join('\n'));
    return 0;
  },
};

export const anonymiseCommands: CliCommand[] = [exportDocx, exportTranscript, exportCodebook, exportJournal, register, registerFill, registerKey, leakCheck, suggest];
