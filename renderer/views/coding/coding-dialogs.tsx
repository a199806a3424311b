// The dialogs of the coding view: the node picker on a passage, the codings a correction
// would empty, find and replace, and "Who is coding?".
import type { SourceDetail } from '../../../shared/model/entities.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { CoderDialog } from './coder-dialog.tsx';
import { EmptiedCodingsDialog } from './emptied-codings-dialog.tsx';
import { FindReplaceDialog } from './find-replace-dialog.tsx';
import { openSource } from './open-source.ts';
import { PassagePicker } from './passage-picker.tsx';
import type { CodingActions } from './use-coding-actions.ts';
import type { Correction } from './use-correction.ts';
import type { CurrentCoder } from './use-current-coder.ts';
import type { PassageCoding } from './use-passage-coding.ts';
import type { TranscriptModel } from './use-transcript-model.ts';

export interface CodingDialogsProps {
  model: TranscriptModel;
  recent: readonly number[];
  actions: CodingActions;
  coding: PassageCoding;
  // a passage was coded from the picker
  onCoded(): void;
  correction: Correction;
  // find and replace is open (on this source, starting with this text), or null
  find: { source: SourceDetail; initialQuery: string } | null;
  onCloseFind(): void;
  notify(notice: Notice): void;
  coder: CurrentCoder;
  askForCoder: boolean;
  onCoderDialogDone(): void;
  readOnly: boolean;
}

// Whichever of the view's dialogs are open.
export function CodingDialogs({ model, recent, actions, coding, onCoded, correction, find, onCloseFind, notify, coder, askForCoder, onCoderDialogDone, readOnly }: CodingDialogsProps) {
  return (
    <>
      {coding.picker && model.index ? (
        <PassagePicker picker={coding.picker} index={model.index} nodes={model.nodeList} recent={recent} codings={model.allCodings} actions={actions} onCoded={onCoded} onClose={coding.closePicker} />
      ) : null}
      {correction.emptying ? <EmptiedCodingsDialog emptied={correction.emptying.emptied} action="This correction" onConfirm={correction.confirmEmptying} onClose={correction.closeEmptying} /> : null}
      {find ? (
        <FindReplaceDialog
          sourceId={find.source.id}
          sourceName={find.source.name}
          readOnly={readOnly}
          initialQuery={find.initialQuery}
          onGoTo={(sourceId, start, end) => {
            onCloseFind();
            openSource(sourceId, { start, end });
          }}
          onReplaced={(text) => {
            onCloseFind();
            notify({ kind: 'info', text });
          }}
          onClose={onCloseFind}
        />
      ) : null}
      {askForCoder ? (
        <CoderDialog
          coders={coder.coders}
          current={coder.coder?.id ?? null}
          readOnly={readOnly}
          onChosen={(c) => {
            coder.choose(c);
            onCoderDialogDone();
            notify({ kind: 'info', text: `Coding as ${c.name} (${c.initials}).` });
          }}
          onClose={onCoderDialogDone}
        />
      ) : null}
    </>
  );
}
