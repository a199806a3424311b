// Command-line commands of the codebook: the node tree, moving and merging nodes.
// Options go after the positional arguments.
import { ApiError } from '../../shared/errors.ts';
import type { NodeRecord } from '../../shared/model/entities.ts';
import { listNodes } from '../codebook/codebook.ts';
import { mergeNodes, moveNode } from '../codebook/node-moves.ts';
import { need, ON_OFF_SWITCHES, positionalWords } from './arguments.ts';
import type { CliCommand } from './command.ts';
import { withProject } from './with-project.ts';

// Finds a node by its path ("Q1 Tools and artefacts/Process of the activity"), ignoring case.
function nodeByPath(nodes: readonly NodeRecord[], path: string): NodeRecord {
  const wanted = path.trim().replace(/\s*\/\s*/g, '/').toLowerCase();
  const found = nodes.find((n) => n.path.toLowerCase() === wanted);
  if (!found) throw new ApiError('NOT_FOUND', `There is no node "${path}". Run "nodes <project>" to see the codebook's paths.`);
  return found;
}

export const codebookCommands: CliCommand[] = [
  {
    name: 'nodes',
    usage: 'nodes <project.alens> [--json]',
    summary: 'the codebook: node paths with references and sources coded',
    async run(args) {
      const [project] = positionalWords(args, ON_OFF_SWITCHES);
      await withProject(need(project, 'the project file'), true, (store) => {
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
    async run(args) {
      const [project, from, to] = positionalWords(args, ON_OFF_SWITCHES);
      await withProject(need(project, 'the project file'), false, (store) => {
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
    async run(args) {
      const [project, from, into] = positionalWords(args, ON_OFF_SWITCHES);
      await withProject(need(project, 'the project file'), false, (store) => {
        const nodes = listNodes(store);
        const a = nodeByPath(nodes, need(from, 'the node to merge'));
        const b = nodeByPath(nodes, need(into, 'the node to merge it into'));
        const result = mergeNodes(store, a.id, b.id);
        args.out(`Merged into ${result.into.path}: ${result.movedCodings} codings moved, ${result.collapsedDuplicates} duplicates collapsed.`);
      });
      return 0;
    },
  },
];
