// Command-line commands of the queries area (see command.ts), for scripting:
//   search <project> <query>            text search (KWIC lines)
//   node-view <project> <node>          every reference at a node
//   matrix <project> --rows questions --cols role
//   cooccurrence <project>, words <project>, kwic <project> <word>
//   code-search <project> <query> --node NODE    code the results (one undoable action)
//   saved-queries <project>, run-query <project> <name> [--out file.csv|.xlsx]
// Read commands open the project read-only, so they fail while the app holds it open.
import { extname } from 'node:path';
import { plainKwic } from '../../shared/analysis/kwic.ts';
import { wordKey } from '../../shared/analysis/words.ts';
import { ApiError } from '../../shared/errors.ts';
import type { QueryDefinition, SpreadTo } from '../../shared/model/queries.ts';
import type { OpenStore } from '../db/open-project.ts';
import { runCooccurrence } from '../queries/cooccurrence.ts';
import { exportQuery } from '../queries/export.ts';
import { runMatrix } from '../queries/matrix.ts';
import { nodeView } from '../queries/node-view.ts';
import { getSavedQuery, listSavedQueries } from '../queries/saved.ts';
import { runQueryDefinition } from '../queries/run.ts';
import { searchText } from '../queries/search.ts';
import { codeSearchResults } from '../queries/search-code.ts';
import { runWordFrequency, wordContext } from '../queries/word-use.ts';
import type { CliArgs, CliCommand } from './command.ts';
import { flagValue } from './arguments.ts';
import { intFlag, parseColumns, parseNodeSet, parseScope, resolveNode } from './queries-args.ts';
import { print } from './output.ts';
import { withProject } from './with-project.ts';
import { writeFileAtomic } from '../infra/atomic-write.ts';

const WHERE = '[--where "role=broker;round=1"] [--no-interviewer]';

async function writeExport(store: OpenStore, args: CliArgs, definition: QueryDefinition, out: string): Promise<void> {
  const ext = extname(out).toLowerCase();
  if (ext !== '.csv' && ext !== '.xlsx') throw new ApiError('BAD_INPUT', '--out must name a .csv or .xlsx file.');
  const measure = flagValue(args, 'measure', '--measure references|sources|words');
  if (measure !== undefined && measure !== 'references' && measure !== 'sources' && measure !== 'words') throw new ApiError('BAD_INPUT', '--measure must be references, sources or words.');
  const file = await exportQuery(store, { definition, format: ext === '.csv' ? 'csv' : 'xlsx', measure, anonymise: !args.flags.has('real-names') });
  writeFileAtomic(out, Buffer.from(file.bytesBase64, 'base64'));
  args.out(`Wrote ${out}${args.flags.has('real-names') ? '' : ' (anonymised: case labels, no real names)'}`);
}

const search: CliCommand = {
  name: 'search',
  usage: 'search <project.alens> <query> [--node NODE [--descendants]] [--limit N] [--labels] [--json]',
  summary: 'text search: words, "phrases", prefix*, AND/OR/NOT; prints keyword-in-context lines',
  run: (args) =>
    withProject(args.positional[0], true, (store) => {
      const query = args.positional[1];
      if (!query) throw new ApiError('BAD_INPUT', `Give the words to search for.\n\nUsage: ${search.usage} ${WHERE}`);
      const node = flagValue(args, 'node', search.usage);
      const result = searchText(store, {
        query,
        scope: parseScope(args, search.usage),
        codedAt: node === undefined ? undefined : { nodeId: resolveNode(store, node), includeDescendants: args.flags.has('descendants') },
        includeLabels: args.flags.has('labels'),
        limit: intFlag(args, 'limit', search.usage, 1000, 1, 100_000),
      });
      print(args, result, () =>
        [`${result.totalSegments} matching segments in ${result.totalSources} sources (${result.understood})`, ...result.segments.flatMap((s) => s.lines.map((l) => `${s.sourceName}\t${s.caseLabel ?? ''}\t${plainKwic(l)}`))].join('\n'),
      );
      return 0;
    }),
};

const nodeViewCommand: CliCommand = {
  name: 'node-view',
  usage: 'node-view <project.alens> <node> [--descendants] [--coders AM,JR] [--limit N] [--json]',
  summary: 'every reference at a node with source, case and text',
  run: (args) =>
    withProject(args.positional[0], true, (store) => {
      const node = args.positional[1];
      if (!node) throw new ApiError('BAD_INPUT', `Name the node.\n\nUsage: ${nodeViewCommand.usage} ${WHERE}`);
      const result = nodeView(store, { nodeId: resolveNode(store, node), includeDescendants: args.flags.has('descendants'), scope: parseScope(args, nodeViewCommand.usage, store), limit: intFlag(args, 'limit', nodeViewCommand.usage, 100_000, 1, 100_000) });
      print(args, result, () => [`${result.total} references in ${result.sources} sources at ${result.nodePath}`, ...result.references.map((r) => `${r.sourceName}\t${r.caseLabel ?? ''}\t${r.start}-${r.end}\t${r.text.replace(/\s+/g, ' ').slice(0, 100)}`)].join('\n'));
      return 0;
    }),
};

const matrix: CliCommand = {
  name: 'matrix',
  usage: 'matrix <project.alens> --rows questions|NODE,NODE --cols case|role|project|partnerRole|round|case:<attr> [--descendants] [--coders AM,JR] [--measure references|sources|words] [--out file.csv|.xlsx] [--json]',
  summary: 'matrix coding query: references, sources or words coded per row and column',
  run: (args) =>
    withProject(args.positional[0], true, async (store) => {
      const measure = flagValue(args, 'measure', matrix.usage) ?? 'references';
      const definition = { rows: parseNodeSet(store, flagValue(args, 'rows', matrix.usage), args.flags.has('descendants')), columns: parseColumns(flagValue(args, 'cols', matrix.usage)), scope: parseScope(args, matrix.usage, store), words: measure === 'words' };
      const out = flagValue(args, 'out', matrix.usage);
      if (out) {
        await writeExport(store, args, { kind: 'matrix', ...definition }, out);
        return 0;
      }
      const result = runMatrix(store, definition);
      const values = measure === 'sources' ? result.sources : measure === 'words' ? (result.words ?? result.references) : result.references;
      print(args, result, () => [['', ...result.columns.map((c) => c.label)].join('\t'), ...result.rows.map((r, i) => [r.label, ...(values[i] ?? [])].join('\t'))].join('\n'));
      return 0;
    }),
};

const cooccurrence: CliCommand = {
  name: 'cooccurrence',
  usage: 'cooccurrence <project.alens> [--items questions|NODE,NODE] [--descendants] [--coders AM,JR] [--mode overlap|same-segment] [--json]',
  summary: 'pairs of nodes coded on overlapping text or in the same turn',
  run: (args) =>
    withProject(args.positional[0], true, (store) => {
      const mode = flagValue(args, 'mode', cooccurrence.usage) ?? 'overlap';
      if (mode !== 'overlap' && mode !== 'same-segment') throw new ApiError('BAD_INPUT', '--mode must be overlap or same-segment.');
      const result = runCooccurrence(store, { items: parseNodeSet(store, flagValue(args, 'items', cooccurrence.usage), args.flags.has('descendants')), mode, scope: parseScope(args, cooccurrence.usage, store) });
      const label = new Map(result.items.map((i) => [i.key, i.label]));
      print(args, result, () => result.pairs.map((p) => `${p.count}\t${p.sources} sources\t${label.get(p.a) ?? ''} + ${label.get(p.b) ?? ''}`).join('\n'));
      return 0;
    }),
};

function wordSelection(store: OpenStore, args: CliArgs, usage: string) {
  const node = flagValue(args, 'node', usage);
  const scope = parseScope(args, usage);
  return node === undefined ? { kind: 'sources' as const, scope } : { kind: 'node' as const, nodeId: resolveNode(store, node), includeDescendants: args.flags.has('descendants'), scope };
}

const words: CliCommand = {
  name: 'words',
  usage: 'words <project.alens> [--node NODE [--descendants]] [--stem] [--all-words] [--min-length N] [--limit N] [--json]',
  summary: 'word frequency (English stop words left out unless --all-words)',
  run: (args) =>
    withProject(args.positional[0], true, (store) => {
      const result = runWordFrequency(store, {
        selection: wordSelection(store, args, words.usage),
        stem: args.flags.has('stem'),
        stopWords: !args.flags.has('all-words'),
        minLength: intFlag(args, 'min-length', words.usage, 3, 1, 50),
        limit: intFlag(args, 'limit', words.usage, 100, 1, 5000),
      });
      print(args, result, () => [`${result.totalWords} words, ${result.distinctWords} distinct`, ...result.words.map((w) => `${w.count}\t${w.sources} sources\t${w.display}${w.forms.length > 1 ? ` (${w.forms.join(', ')})` : ''}`)].join('\n'));
      return 0;
    }),
};

const kwicCommand: CliCommand = {
  name: 'kwic',
  usage: 'kwic <project.alens> <word> [--node NODE] [--stem] [--limit N] [--json]',
  summary: 'keyword in context for a word, with case and role per line',
  run: (args) =>
    withProject(args.positional[0], true, (store) => {
      const word = args.positional[1];
      if (!word) throw new ApiError('BAD_INPUT', `Give the word.\n\nUsage: ${kwicCommand.usage}`);
      const stem = args.flags.has('stem');
      const result = wordContext(store, { selection: wordSelection(store, args, kwicCommand.usage), key: wordKey(word, stem), stem, limit: intFlag(args, 'limit', kwicCommand.usage, 200, 1, 5000) });
      print(args, result, () => [`${result.total} uses in ${result.lines.length} lines`, ...result.lines.map((l) => `${l.role ?? ''}\t${plainKwic(l)}`)].join('\n'));
      return 0;
    }),
};

const codeSearch: CliCommand = {
  name: 'code-search',
  usage: 'code-search <project.alens> <query> --node NODE [--spread hit|sentence|segment]',
  summary: 'code every result of a text search at a node (one undoable action)',
  run: (args) =>
    withProject(args.positional[0], false, (store) => {
      const query = args.positional[1];
      const node = flagValue(args, 'node', codeSearch.usage);
      if (!query || !node) throw new ApiError('BAD_INPUT', `Give the search and --node.\n\nUsage: ${codeSearch.usage}`);
      const spread = flagValue(args, 'spread', codeSearch.usage) ?? 'hit';
      if (spread !== 'hit' && spread !== 'sentence' && spread !== 'segment') throw new ApiError('BAD_INPUT', '--spread must be hit, sentence or segment.');
      const result = codeSearchResults(store, { query, scope: parseScope(args, codeSearch.usage), nodeId: resolveNode(store, node), spread: spread satisfies SpreadTo });
      print(args, result, () => `Coded ${result.created} passages at ${result.nodePath} (${result.skipped} already coded there).`);
      return 0;
    }),
};

const savedQueries: CliCommand = {
  name: 'saved-queries',
  usage: 'saved-queries <project.alens> [--json]',
  summary: 'the saved queries of a project',
  run: (args) =>
    withProject(args.positional[0], true, (store) => {
      const list = listSavedQueries(store);
      print(args, list, () => list.map((q) => `${q.id}\t${q.kind}\t${q.name}`).join('\n'));
      return 0;
    }),
};

const runQuery: CliCommand = {
  name: 'run-query',
  usage: 'run-query <project.alens> <saved query name> [--out file.csv|.xlsx] [--measure ...] [--real-names] [--json]',
  summary: 'run a saved query again; print it or export it (anonymised)',
  run: (args) =>
    withProject(args.positional[0], true, async (store) => {
      const name = args.positional[1];
      if (!name) throw new ApiError('BAD_INPUT', `Name the saved query.\n\nUsage: ${runQuery.usage}`);
      const saved = getSavedQuery(store, /^\d+$/.test(name) ? Number(name) : name);
      const out = flagValue(args, 'out', runQuery.usage);
      if (out) {
        await writeExport(store, args, saved.definition, out);
        return 0;
      }
      if (args.flags.has('json')) {
        args.out(JSON.stringify({ query: saved, ...runQueryDefinition(store, saved.definition) }, null, 2));
        return 0;
      }
      const file = await exportQuery(store, { definition: saved.definition, format: 'csv', anonymise: !args.flags.has('real-names') });
      args.out(Buffer.from(file.bytesBase64, 'base64').toString('utf8').replace(/^\uFEFF/, ''));
      return 0;
    }),
};

// The same matrix under a second name: the workspace area's `matrix` (the objectives x
// questions alignment matrix) is listed first and takes the plain name.

export const queriesCommands: CliCommand[] = [search, nodeViewCommand, matrix, cooccurrence, words, kwicCommand, codeSearch, savedQueries, runQuery];
