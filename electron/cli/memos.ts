// Command-line command of memos: finding the memos that hold some words.
import { searchMemos } from '../memos/memo-search.ts';
import { need, ON_OFF_SWITCHES, positionalWords } from './arguments.ts';
import type { CliCommand } from './command.ts';
import { withProject } from './with-project.ts';

export const memosCommands: CliCommand[] = [
  {
    name: 'memos',
    usage: 'memos <project.alens> <words> [--json]',
    summary: 'memos holding all the words, with what each is about',
    async run(args) {
      const [project, ...query] = positionalWords(args, ON_OFF_SWITCHES);
      await withProject(need(project, 'the project file'), true, (store) => {
        const hits = searchMemos(store, need(query.join(' ').trim(), 'the words to search for'), 500);
        if (args.flags.has('json')) args.out(JSON.stringify(hits, null, 2));
        else args.out(hits.map((h) => `${h.targetLabel}\t${h.snippet}`).join('\n') || 'No memos match.');
      });
      return 0;
    },
  },
];
