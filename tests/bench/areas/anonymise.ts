// Benchmarks of the anonymisation register and Word export: the coded
// extracts report of 5,000 extracts end to end (gather, anonymise, build, pack, leak
// check of every part, atomic write; target under 10 s), its preview, and the matcher.
import { createMatcher, findNames } from '../../../shared/anonymise/matcher.ts';
import type { MatchRule } from '../../../shared/model/anonymise.ts';
import { runSetup } from '../../../electron/db/undo-log.ts';
import { exportExtractsDocx, previewExtracts } from '../../../electron/documents/extracts-export.ts';
import { insertMissingRules } from '../../../electron/anonymise/register.ts';
import type { BenchArea } from '../bench-context.ts';
import { benchExportOptions, selectionOf, sourcesFor } from './extracts-export-setup.ts';
import { quantile, repeatMs, timeMs } from '../bench-context.ts';

const FIRST = ['Margaret', 'David', 'Rachel', 'Imran', 'Claire', 'Tom', 'Priya', 'Gareth', 'Joanne', 'Susan', 'Will', 'Grace', 'Aisha', 'Owen', 'Niamh', 'Kofi', 'Ewa', 'Liam', 'Sara', 'Tariq'];
const LAST = ['Okafor', 'Pryce', 'Ainsworth', 'Shah', 'Bennett', 'Whitlock', 'Desai', 'Lloyd', 'Fairclough', 'Hale'];

export const anonymiseBench: BenchArea = {
  name: 'anonymise',
  async run(ctx) {
    // a register of 200 people besides the cases and organisations
    runSetup(ctx.store, (rec) => {
      insertMissingRules(rec);
      for (let i = 0; i < 200; i++) {
        rec.insert('anonymisation_rules', {
          guid: ctx.store.newGuid(),
          kind: 'person',
          real_text: `${FIRST[i % FIRST.length]} ${LAST[Math.floor(i / FIRST.length) % LAST.length]}`,
          replacement: 'colleague',
          case_id: null,
          organisation_id: null,
          case_sensitive: 0,
          variants_json: '[]',
          pseudonym: '',
          auto_variants: 1,
          created_at: ctx.store.now().toISOString(),
        });
      }
    });
    const { ids, count } = sourcesFor(ctx, 5000);
    const selection = selectionOf(ids);

    const rules: MatchRule[] = FIRST.flatMap((f, i) => LAST.map((l, j) => ({ id: i * 100 + j, kind: 'person' as const, realText: `${f} ${l}`, replacement: 'x', caseSensitive: false, variants: [], autoVariants: true })));
    const matcher = createMatcher(rules);
    const text = 'Well, the mentors talked about the coaching log every fortnight, and Rachel said Okafor agreed. '.repeat(2000);
    const scanMs = quantile(repeatMs(5, () => findNames(matcher, text)), 0.5);
    ctx.add('anonymise: match 200 names in text', 'rate', text.length / 1000 / (scanMs / 1000), 'k chars/s');

    const previewMs = timeMs(() => previewExtracts(ctx.store, selection, { attribution: 'role-project', anonymiseMemos: false, includeMemos: false, limit: 200 }));
    ctx.add(`anonymise: preview of ${count} extracts (anonymise + leak scan)`, 'value', previewMs, 'ms');

    const started = performance.now();
    const outcome = await exportExtractsDocx(ctx.store, benchExportOptions(ctx, selection));
    const exportMs = performance.now() - started;
    if (!outcome.written) throw new Error(`the bench export was blocked: ${outcome.message}`);
    ctx.add(`anonymise: Word export of ${outcome.extracts} extracts (target < 10000 ms)`, 'value', exportMs, 'ms');
    ctx.add('anonymise: Word export file size', 'value', outcome.bytes / 1024, 'KiB');
  },
};
