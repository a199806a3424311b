// Command-line commands of the coding workspace: the codebook tree, moving and merging
// nodes, find and replace in transcripts, the alignment matrix and memo search.
// Options go after the positional arguments.
import { ApiError } from '../../shared/errors.ts';
import type { NodeRecord } from '../../shared/model/entities.ts';
import type { CodingBrief } from '../../shared/model/workspace.ts';
import { openProject } from '../db/open-project.ts';
import type { OpenStore } from '../db/open-project.ts';
import { getAlignment } from '../alignment/alignment.ts';
import { listNodes } from '../codebook/codebook.ts';
import { findText, previewReplace, replaceText } from '../sources/find-replace.ts';
import type { FindOptions } from '../sources/find-replace.ts';
import { searchMemos } from '../memos/memo-search.ts';
import { mergeNodes, moveNode } from '../codebook/node-moves.ts';
import { listSources } from '../sources/sources.ts';
import type { CliArgs, CliCommand } from './command.ts';

const SWITCHES = ['match-case', 'whole-word', 'remove-emptied', 'yes', 'json'];

// Positional words, including any the flag parser took as the value of an on/off switch.
function words(args: CliArgs): string[] {
  const out = [...args.positional];
  for (const name of SWITCHES) {
    const value = args.flags.get(name);
    if (typeof value === 'string') out.push(value);
  }
  return out;
}

function need(value: string | undefined, what: string): string {
  if (!value) throw new ApiError('BAD_INPUT', `Missing ${what}.`);
  return value;
}

function withProject<T>(path: string, readOnly: boolean, fn: (store: OpenStore) => T): T {
  const store = openProject(path, { readOnly });
  try {
    return fn(store);
  } finally {
    store.close();
  }
}

// Finds a node by its path ("Q1 Tools and artefacts/Process of the activity"), ignoring case.
export function nodeByPath(nodes: readonly NodeRecord[], path: string): NodeRecord {
  const wanted = path.trim().replace(/\s*\/\s*/g, '/').toLowerCase();
  const found = nodes.find((n) => n.path.toLowerCase() === wanted);
  if (!found) throw new ApiError('NOT_FOUND', `There is no node "${path}". Run "nodes <project>" to see the codebook's paths.`);
  return found;
}

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

export const workspaceCommands: CliCommand[] = [
  {
    name: 'nodes',
    usage: 'nodes <project.alens> [--json]',
    summary: 'the codebook: node paths with references and sources coded',
    run(args) {
      const [project] = words(args);
      withProject(need(project, 'the project file'), true, (store) => {
        const nodes = listNodes(store);
        if (args.flags.has('json')) args.out(JSON.stringify(nodes, null, 2));
        else args.out(nodes.map((n) => `${n.path}\t${n.codingCount} references\t${n.sourceCount} sources`).join('\n'));
      });
      return 0;
    },
  },
  {
    name: 'move-node',
    usage: 'move-node <project.alens> <node path> <new parent path | />',
    summary: 'move a node (with its children) under another node, or "/" for the top level',
    run(args) {
      const [project, from, to] = words(args);
      withProject(need(project, 'the project file'), false, (store) => {
        const nodes = listNodes(store);
        const node = nodeByPath(nodes, need(from, 'the node to move'));
        const parent = need(to, 'the new parent ("/" for the top level)') === '/' ? null : nodeByPath(nodes, to ?? '');
        const moved = moveNode(store, node.id, parent?.id ?? null);
        args.out(`Moved to ${moved.path}`);
      });
      return 0;
    },
  },
  {
    name: 'merge-nodes',
    usage: 'merge-nodes <project.alens> <node path> <into node path>',
    summary: 'merge a node into another: its codings move, duplicates collapse',
    run(args) {
      const [project, from, into] = words(args);
      withProject(need(project, 'the project file'), false, (store) => {
        const nodes = listNodes(store);
        const a = nodeByPath(nodes, need(from, 'the node to merge'));
        const b = nodeByPath(nodes, need(into, 'the node to merge it into'));
        const result = mergeNodes(store, a.id, b.id);
        args.out(`Merged into ${result.into.path}: ${result.movedCodings} codings moved, ${result.collapsedDuplicates} duplicates collapsed.`);
      });
      return 0;
    },
  },
  {
    name: 'find',
    usage: 'find <project.alens> <text> [--source NAME] [--match-case] [--whole-word] [--json]',
    summary: 'find text in every source (or one), with positions in code points',
    run(args) {
      const [project, query] = words(args);
      withProject(need(project, 'the project file'), true, (store) => {
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
      const [project, query, replacement] = words(args);
      let code = 0;
      withProject(need(project, 'the project file'), false, (store) => {
        const options = findOptions(store, args, need(query, 'the text to find'));
        const text = replacement ?? '';
        if (replacement === undefined) throw new ApiError('BAD_INPUT', 'Missing the replacement text ("" to delete).');
        // the preview tries the replacement in a transaction it rolls back, so the file is opened for writing
        const preview = previewReplace(store, options, text);
        if (!args.flags.has('yes')) {
          args.out(`Would replace ${preview.replaced} occurrences in ${preview.sources} sources. Add --yes to do it.`);
          if (preview.emptied.length > 0) args.out(`These codings would lose all their text (add --remove-emptied with --yes to remove them):\n${describeEmptied(preview.emptied)}`);
          return;
        }
        if (preview.emptied.length > 0 && !args.flags.has('remove-emptied')) {
          args.err(`Nothing was replaced: these codings would lose all their text. Add --remove-emptied to remove them as well:\n${describeEmptied(preview.emptied)}`);
          code = 1;
          return;
        }
        const done = replaceText(store, options, text, preview.emptied.map((c) => c.id));
        args.out(`Replaced ${done.replaced} occurrences in ${done.sources} sources${done.removedCodings.length ? `; removed ${done.removedCodings.length} emptied codings` : ''}.`);
      });
      return code;
    },
  },
  {
    name: 'alignment',
    usage: 'alignment <project.alens> [--json]',
    summary: 'the objectives x questions alignment matrix',
    run(args) {
      const [project] = words(args);
      withProject(need(project, 'the project file'), true, (store) => {
        const matrix = getAlignment(store);
        if (args.flags.has('json')) args.out(JSON.stringify(matrix, null, 2));
        else
          args.out(
            matrix.objectives.length === 0
              ? 'The matrix has no objectives yet.'
              : matrix.objectives.map((o) => [o.title, ...matrix.questions.map((q) => `  ${q.name}: ${o.cells[String(q.question)] ?? ''}`)].join('\n')).join('\n\n'),
          );
      });
      return 0;
    },
  },
  {
    name: 'memos',
    usage: 'memos <project.alens> <words> [--json]',
    summary: 'memos holding all the words, with what each is about',
    run(args) {
      const [project, ...query] = words(args);
      withProject(need(project, 'the project file'), true, (store) => {
        const hits = searchMemos(store, need(query.join(' ').trim(), 'the words to search for'), 500);
        if (args.flags.has('json')) args.out(JSON.stringify(hits, null, 2));
        else args.out(hits.map((h) => `${h.targetLabel}\t${h.snippet}`).join('\n') || 'No memos match.');
      });
      return 0;
    },
  },
];
