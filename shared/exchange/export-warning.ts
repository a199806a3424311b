// What a full .qdpx project export holds, said before it is written (with the real-names
// warning of electron/anonymise/key-file.ts), and what a .qdc holds.
import type { ExchangeCounts } from '../model/exchange.ts';

// The sentence listing what a .qdpx of the project will hold.
export function qdpxContents(counts: Pick<ExchangeCounts, 'sources' | 'cases' | 'memos'>): string {
  const parts = [
    `${counts.sources} source${counts.sources === 1 ? '' : 's'}`,
    `${counts.cases} case${counts.cases === 1 ? '' : 's'} with job titles and organisations`,
  ];
  if (counts.memos > 0) parts.push(`${counts.memos} memo${counts.memos === 1 ? '' : 's'}`);
  return `The file will hold ${parts.join(', ')}. The anonymisation register itself is never put in it.`;
}

// The short note shown before exporting the codebook (no participant data).
export const QDC_EXPORT_NOTE = 'A .qdc codebook holds the codes with their colours, descriptions, nesting and question and component sets; it holds no sources, cases or coded text.';
