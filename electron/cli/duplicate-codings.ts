// Command-line command of duplicate codings: what merging them would do, and with --apply the
// merge itself (one undo step, as in the app).
import type { DuplicateMergeResult, DuplicatePreview } from '../../shared/model/duplicate-codings.ts';
import { mergeDuplicateCodings, previewDuplicateMerge } from '../codings/duplicate-codings.ts';
import { need, positionalWords } from './arguments.ts';
import type { CliCommand } from './command.ts';
import { withProject } from './with-project.ts';

const plural = (n: number, one: string, many = `${one}s`): string => `${n.toLocaleString('en-GB')} ${n === 1 ? one : many}`;

// The preview as the lines a person reads.
function previewLines(p: DuplicatePreview): string[] {
  if (p.groups === 0) return ['No duplicate codings: no coder has coded overlapping or touching text of a source at the same node twice.'];
  const lines = [
    `${plural(p.groups, 'passage')} coded more than once by the same coder at the same node: ${plural(p.folded, 'coding')} would be folded into the one kept for each passage (${p.codingsBefore.toLocaleString('en-GB')} codings, ${p.codingsAfter.toLocaleString('en-GB')} after).`,
    '',
    'By node:',
    ...p.nodes.map((n) => `  ${n.nodePath}\t${plural(n.groups, 'passage')}\t${plural(n.folded, 'coding')} folded`),
    '',
    'For example:',
    ...p.examples.map((e) => `  ${e.sourceName}\t${e.start}-${e.end}\t${e.nodePath}\t${e.coder ?? 'no coder'}, ${plural(e.codings, 'coding')}\t${e.text.replace(/\s+/g, ' ')}`),
  ];
  return lines;
}

// What the merge did, in one line.
function mergedLine(r: DuplicateMergeResult): string {
  if (r.groups === 0) return 'No duplicate codings: nothing changed.';
  const moved = [plural(r.memosMoved, 'memo'), plural(r.evidenceMoved + r.evidenceAlreadyThere, 'evidence link'), plural(r.frameworkCellsRelinked, 'framework cell')];
  return `Merged ${plural(r.groups, 'passage')}: ${plural(r.folded, 'coding')} folded into the one kept for each. Moved onto the kept codings: ${moved.join(', ')}${r.evidenceAlreadyThere > 0 ? ` (${plural(r.evidenceAlreadyThere, 'evidence link')} the kept coding already had)` : ''}. Undo in the app (Ctrl+Z) puts them back.`;
}

export const duplicateCodingsCommands: CliCommand[] = [
  {
    name: 'merge-duplicates',
    usage: 'merge-duplicates <project.alens> [--apply] [--json]',
    summary: 'one coder\'s overlapping codings of a passage at a node: shows them; --apply joins each into one',
    async run(args) {
      const [project] = positionalWords(args, ['apply', 'json']);
      const apply = args.flags.has('apply');
      const json = args.flags.has('json');
      await withProject(need(project, 'the project file'), !apply, (store) => {
        const preview = previewDuplicateMerge(store);
        if (!apply) {
          args.out(json ? JSON.stringify(preview, null, 2) : [...previewLines(preview), ...(preview.groups > 0 ? ['', 'Nothing was changed. Run again with --apply to merge them.'] : [])].join('\n'));
          return;
        }
        const merged = mergeDuplicateCodings(store);
        args.out(json ? JSON.stringify(merged, null, 2) : [...previewLines(preview), '', mergedLine(merged)].join('\n'));
      });
      return 0;
    },
  },
];
