// The names an anonymised export of query results replaces: every case's real name, the
// speaker labels of turns that name a case, and the coders (whose initials identify them).
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { Store } from '../db/store.ts';
import type { CaseRow, CoderRow, SegmentRow } from '../db/table-rows.ts';

// A speaker label with the case its turns name.
type CaseSpeakerRow = { case_id: NonNullable<SegmentRow['case_id']>; speaker_label: NonNullable<SegmentRow['speaker_label']> };

const exportQueries = defineQueries({
  realNames: rows<Pick<CaseRow, 'id' | 'real_name'>>('SELECT id, real_name FROM cases'),
  speakerLabels: rows<CaseSpeakerRow>('SELECT DISTINCT case_id, speaker_label FROM segments WHERE case_id IS NOT NULL AND speaker_label IS NOT NULL'),
  coderInitials: values<CoderRow['initials']>('SELECT initials FROM coders ORDER BY id'),
});

// What an anonymised export must not show as it is.
export function namesToReplace(store: Store): { realNames: Pick<CaseRow, 'id' | 'real_name'>[]; speakerLabels: CaseSpeakerRow[]; coderInitials: string[] } {
  const q = exportQueries(store);
  return { realNames: q.realNames.all(), speakerLabels: q.speakerLabels.all(), coderInitials: q.coderInitials.all() };
}
