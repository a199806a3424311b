// Command-line commands of sources: the list, and find and replace in their text.
// Options go after the positional arguments.
import { ApiError } from '../../shared/errors.ts';
import type { CodingBrief } from '../../shared/model/workspace.ts';
import type { OpenStore } from '../db/open-project.ts';
import { findText, previewReplace, replaceText } from '../sources/find-replace.ts';
import type { FindOptions } from '../sources/find-replace.ts';
import { listSources } from '../sources/sources.ts';
import { need, ON_OFF_SWITCHES, positionalWords } from './arguments.ts';
import type { CliArgs, CliCommand } from './command.ts';
import { print } from './output.ts';
import { projectArgument } from './projects.ts';
import { CORE_LINES } from './usage.ts';
import { withProject } from './with-project.ts';

function findOptions(store: OpenStore, args: CliArgs, query: string): FindOptions {
  const sourceName = args.flags.get('source');
  let sourceId: number | undefined;
  if (typeof sourceName === 'string') {
    const source = listSources(store).find((s) => s.name.toLowerCase() === sourceName.toLowerCase());
    if (!source) throw new ApiError('NOT_FOUND', `There is no source called "${sourceName}".`);
    sourceId = source.id;
  }
  return { query, sourceId, matchCase: args.flags.has('match-case'), wholeWord: args.flags.has('whole-word') };
}

function describeEmptied(list: readonly CodingBrief[]): string {
  return list.map((c) => `  ${c.sourceName}\t${c.nodePath}\t"${c.text.slice(0, 80)}"`).join('\n');
}

// Replaces text as `replace` was asked (only a preview without --yes); returns the exit code.
function replaceIn(store: OpenStore, args: CliArgs, query: string | undefined, replacement: string | undefined): number {
  const options = findOptions(store, args, need(query, 'the text to find'));
  const text = replacement ?? '';
  if (replacement === undefined) throw new ApiError('BAD_INPUT', 'Missing the replacement text ("" to delete).');
  // the preview tries the replacement in a transaction it rolls back, so the file is opened for writing
  const preview = previewReplace(store, options, text);
  if (!args.flags.has('yes')) {
    args.out(`Would replace ${preview.replaced} occurrences in ${preview.sources} sources. Add --yes to do it.`);
    if (preview.emptied.length > 0) args.out(`These codings would lose all their text (add --remove-emptied with --yes to remove them):\n${describeEmptied(preview.emptied)}`);
    return 0;
  }
  if (preview.emptied.length > 0 && !args.flags.has('remove-emptied')) {
    args.err(`Nothing was replaced: these codings would lose all their text. Add --remove-emptied to remove them as well:\n${describeEmptied(preview.emptied)}`);
    return 1;
  }
  const done = replaceText(store, options, text, preview.emptied.map((c) => c.id));
  args.out(`Replaced ${done.replaced} occurrences in ${done.sources} sources${done.removedCodings.length ? `; removed ${done.removedCodings.length} emptied codings` : ''}.`);
  return 0;
}

// The list of sources, one of the core commands.
export const sourcesListCommand: CliCommand = {
  name: 'sources',
  ...CORE_LINES.sources,
  async run(args) {
    await withProject(projectArgument(args.positional), true, (store) => {
      const sources = listSources(store);
      print(args, sources, () => sources.map((s) => `${s.id}\t${s.kind}\t${s.words} words\t${s.codingCount} codings\t${s.name}`).join('\n'));
    });
    return 0;
  },
};

export const sourceTextCommands: CliCommand[] = [
  {
    name: 'find',
    usage: 'find <project.alens> <text> [--source NAME] [--match-case] [--whole-word] [--json]',
    summary: 'find text in every source (or one), with positions in code points',
    async run(args) {
      const [project, query] = positionalWords(args, ON_OFF_SWITCHES);
      await withProject(need(project, 'the project file'), true, (store) => {
        const result = findText(store, { ...findOptions(store, args, need(query, 'the text to find')), limit: 10_000 });
        if (args.flags.has('json')) args.out(JSON.stringify(result, null, 2));
        else args.out(result.matches.map((m) => `${m.sourceName}\t${m.start}-${m.end}\t…${m.before}[${m.match}]${m.after}…`.replace(/\n/g, ' ')).join('\n') || 'No matches.');
      });
      return 0;
    },
  },
  {
    name: 'replace',
    usage: 'replace <project.alens> <text> <replacement> [--source NAME] [--match-case] [--whole-word] [--yes] [--remove-emptied]',
    summary: 'replace text in every source (or one); without --yes only shows what would change',
    run(args) {
      const [project, query, replacement] = positionalWords(args, ON_OFF_SWITCHES);
      return withProject(need(project, 'the project file'), false, (store) => replaceIn(store, args, query, replacement));
    },
  },
];
