// The files of one import being prepared: each read file as a draft (its details and
// speakers, edited in the dialog) and the files that could not be read. Drafts left
// behind are discarded on the host (their staged copies removed).
import { useState } from 'react';
import type { InterviewMode, SourceKind } from '../../../shared/model/entities.ts';
import type { FailedFile, StageOutcome } from '../../../shared/model/import.ts';
import { call } from '../../api.ts';
import { draftFromStaged, isDuplicateDraft } from './import-model.ts';
import type { FileDraft } from './import-model.ts';

export interface ImportDrafts {
  drafts: FileDraft[];
  failures: FailedFile[];
  // the drafts that will be imported (not duplicates of a source already in the project)
  toImport: FileDraft[];
  // some file to import has speakers to confirm
  needsSpeakers: boolean;
  add(outcomes: readonly StageOutcome[]): void;
  update(index: number, draft: FileDraft): void;
  applyToAll(values: { kind?: SourceKind; round?: string; mode?: InterviewMode | '' }): void;
  remove(index: number): void;
  // tells the host to drop every staged file (the import was cancelled)
  discardAll(): void;
}

// Discards staged files on the host; a failure only leaves them for the host's own clean-up.
export function discardStaged(drafts: readonly FileDraft[]): void {
  const tokens = drafts.map((d) => d.staged.token);
  if (tokens.length > 0) void call('import.discard', { tokens }).catch(() => undefined);
}

// The drafts and failures of the Import dialog.
export function useImportDrafts(): ImportDrafts {
  const [drafts, setDrafts] = useState<FileDraft[]>([]);
  const [failures, setFailures] = useState<FailedFile[]>([]);
  const toImport = drafts.filter((d) => !isDuplicateDraft(d));
  return {
    drafts,
    failures,
    toImport,
    needsSpeakers: toImport.some((d) => d.staged.speakers.length > 0),
    add(outcomes) {
      setDrafts((d) => [...d, ...outcomes.flatMap((o) => (o.ok ? [draftFromStaged(o.file)] : []))]);
      setFailures((f) => [...f, ...outcomes.flatMap((o) => (o.ok ? [] : [o.failure]))]);
    },
    update(index, draft) {
      setDrafts((list) => list.map((d, i) => (i === index ? draft : d)));
    },
    applyToAll(values) {
      setDrafts((list) => list.map((d) => ({ ...d, ...values })));
    },
    remove(index) {
      const removed = drafts[index];
      if (removed) discardStaged([removed]);
      setDrafts((list) => list.filter((_, k) => k !== index));
    },
    discardAll: () => discardStaged(drafts),
  };
}
