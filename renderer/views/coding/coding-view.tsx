// The source reading and coding view: a transcript turn by turn with speaker labels,
// timestamps, coding stripes and the density bar; codes beside it (drop a passage on a
// node, pick one with C, recent ones with 1-9, in vivo with V, a whole turn with T; see
// coding-keys.ts; phrases are selected with the mouse or the caret keys); uncoding,
// highlighting a node's codings, memos, correcting a turn in place (E), the find bar
// (Ctrl+F) and find and replace (Ctrl+H). Opened from the Sources screen or with
// openSource() (open-source.ts).
import { useCallback, useMemo, useRef, useState } from 'react';
import type { CodingRecord, ProjectInfo } from '../../../shared/model/entities.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import type { Notice } from '../frame/notice-bar.tsx';
import { blockAt } from './blocks.ts';
import { CodingDialogs } from './coding-dialogs.tsx';
import { CodingHeader } from './coding-header.tsx';
import type { CodingKeyTarget } from './coding-keys.ts';
import { coderColours, StripeColouringContext, visibleCodings } from './coder-colours.ts';
import { CoderViewBar } from './coder-view-bar.tsx';
import { codersShown, pushRecentNode, recentNodes, rememberCodersShown, rememberStripesByCoder, stripesByCoder } from './coding-prefs.ts';
import type { CodersShown } from './coding-prefs.ts';
import { CodingWorkspace } from './coding-workspace.tsx';
import { FindBar } from './find-bar.tsx';
import { MediaBar } from './media-bar.tsx';
import type { OpenSourceRequest } from './open-source.ts';
import { useCodingActions } from './use-coding-actions.ts';
import type { Passage } from './use-coding-actions.ts';
import { useCodingData } from './use-coding-data.ts';
import { useCodingKeys } from './use-coding-keys.ts';
import { useCodingSelection } from './use-coding-selection.ts';
import type { CodingSelection } from './use-coding-selection.ts';
import { useCorrection } from './use-correction.ts';
import { useCurrentCoder } from './use-current-coder.ts';
import { useFindInSource } from './use-find-bar.ts';
import type { FindInSource } from './use-find-bar.ts';
import type { CurrentCoder } from './use-current-coder.ts';
import { useMediaPlayer } from './use-media-player.ts';
import { usePassageCoding } from './use-passage-coding.ts';
import type { PassageCoding } from './use-passage-coding.ts';
import type { TranscriptHandle } from './use-transcript-handle.ts';
import type { TranscriptModel } from './use-transcript-model.ts';
import { useTranscriptModel } from './use-transcript-model.ts';
import { AnnotationsProvider, useSourceAnnotations } from './use-source-annotations.tsx';
import { nextReference, useFollowPlaying, useShowRequestedRange } from './use-transcript-navigation.ts';
import './coding.css';
import './coding-transcript.css';
import './coding-panels.css';

export interface CodingViewProps {
  project: ProjectInfo;
  request: OpenSourceRequest;
  onBack(): void;
  notify(notice: Notice): void;
}

// The screen shown for a source that is no longer in the project.
function MissingSource({ onBack }: { onBack(): void }) {
  return (
    <section className="screen coding-view" aria-labelledby="screen-heading">
      <h1 id="screen-heading">Source not found</h1>
      <p>This source is no longer in the project (it was deleted, or its import was undone).</p>
      <button type="button" onClick={onBack}>
        ← Back to sources
      </button>
    </section>
  );
}

interface KeyTargetParts {
  model: TranscriptModel;
  selection: CodingSelection;
  coding: PassageCoding;
  readOnly: boolean;
  editing: boolean;
  focused: number;
  recent: readonly number[];
  startEditing(index: number): void;
  find: FindInSource;
  jump(direction: 1 | -1): void;
  memoOnPassage(passage: Passage): void;
}

// What the view's keys act on (see coding-keys.ts): commands read the live selection.
function keyTarget(p: KeyTargetParts): CodingKeyTarget {
  const { selection, coding } = p;
  return {
    readOnly: p.readOnly,
    editing: p.editing,
    focused: p.focused,
    recent: p.recent,
    hasReferences: selection.references !== null,
    hasHighlight: selection.highlight !== null,
    passage: selection.livePassage,
    find: p.find.openBar,
    findNext: p.find.findNext,
    replace: p.find.openReplace,
    pickNodeFor: (passage) => coding.pickNodeFor(passage, p.focused),
    codeTurn: coding.codeTurn,
    codeInVivo: (passage) => coding.codeInVivo(passage, { clearAfter: true }),
    codeAt: coding.codeAt,
    uncodeReferences() {
      const chosen = selection.references;
      if (chosen) void coding.uncodeReferences(chosen.ids).then(selection.clearReferences);
    },
    pickUncodeFor: coding.pickUncodeFor,
    memoOnPassage: p.memoOnPassage,
    correctTurn: p.startEditing,
    clear: selection.clearAll,
    jump: p.jump,
  };
}

// Whose codings the view shows and how stripes are coloured, remembered per project here.
function useCoderFilter(projectGuid: string, current: CurrentCoder, codings: CodingRecord[] | null) {
  const [shown, setShownState] = useState<CodersShown>(() => codersShown(projectGuid));
  const [byCoder, setByCoderState] = useState(() => stripesByCoder(projectGuid));
  const colours = useMemo(() => coderColours(current.coders), [current.coders]);
  const initials = useMemo(() => new Map(current.coders.map((c) => [c.id, c.initials])), [current.coders]);
  const colouring = useMemo(() => ({ byCoder, colours, initials }), [byCoder, colours, initials]);
  const currentId = current.coder?.id ?? null;
  const visible = useMemo(() => (shown === 'all' ? codings : visibleCodings(codings, shown, currentId)), [codings, shown, currentId]);
  return {
    shown,
    colouring,
    visible,
    setShown(next: CodersShown) {
      rememberCodersShown(projectGuid, next);
      setShownState(next);
    },
    setByCoder(next: boolean) {
      rememberStripesByCoder(projectGuid, next);
      setByCoderState(next);
    },
  };
}

// The coding view of one source.
export function CodingView({ project, request, onBack, notify }: CodingViewProps) {
  const readOnly = project.readOnly;
  const data = useCodingData(request.sourceId);
  const { source } = data;
  const coder = useCurrentCoder(project.guid);
  const shownCoders = useCoderFilter(project.guid, coder, data.codings);
  const model = useTranscriptModel(source, shownCoders.visible, data.nodes);
  const { index, blocks } = model;
  const transcript = useRef<TranscriptHandle>(null);
  const selection = useCodingSelection(transcript, `${source?.id ?? ''}:${source?.revision ?? ''}`);
  const [focused, setFocused] = useState(0);
  const [recent, setRecent] = useState(() => recentNodes(project.guid));
  const [coderDialog, setCoderDialog] = useState<'auto' | 'open' | 'closed'>('auto');
  const media = useMediaPlayer(source, blocks);
  const used = useCallback((nodeId: number) => setRecent(pushRecentNode(project.guid, nodeId)), [project.guid]);
  const actions = useCodingActions({ sourceId: request.sourceId, coderId: coder.coder?.id ?? null, nodes: model.nodeMap, notify, used });
  const correction = useCorrection({ source, index, blocks, readOnly, actions, onFocus: setFocused });
  const coding = usePassageCoding({ index, blocks, readOnly, actions, notify, clearPassage: selection.clearPassage, onFocus: setFocused });
  useShowRequestedRange(request, index, blocks, transcript, setFocused);
  useFollowPlaying(media.playingIndex, correction.editing !== null, transcript);
  const annotations = useSourceAnnotations(request.sourceId, index, blocks, readOnly);

  // to the next or previous reference of the highlighted node
  const jump = (direction: 1 | -1) => {
    if (selection.highlight === null) return;
    const at = selection.livePassage()?.start ?? blocks[focused]?.start ?? 0;
    const next = nextReference(model.allCodings, selection.highlight, at, direction);
    if (!next) return;
    setFocused(blockAt(blocks, next.start));
    transcript.current?.showRange(next.start, next.end, true);
  };
  const find = useFindInSource({ index, blocks, transcript, passage: selection.livePassage, focused, setFocused });
  useCodingKeys(keyTarget({ model, selection, coding, readOnly, editing: correction.editing !== null, focused, recent, startEditing: correction.start, find, jump, memoOnPassage: annotations.startNew }));

  if (data.missing) return <MissingSource onBack={onBack} />;
  const highlight = selection.highlight;
  const passageWords = selection.passage && index ? index.slice(selection.passage.start, selection.passage.end) : '';
  return (
    <section className="screen coding-view" aria-labelledby="screen-heading">
      <CodingHeader
        source={source}
        codingCount={model.allCodings.length}
        highlightNode={highlight === null ? null : (model.nodeMap.get(highlight) ?? null)}
        highlightCount={highlight === null ? 0 : (model.countsHere.get(highlight) ?? 0)}
        readOnly={readOnly}
        coderInitials={coder.coder?.initials ?? null}
        onBack={onBack}
        onJump={jump}
        onStopHighlight={() => selection.setHighlight(null)}
        onChooseCoder={() => setCoderDialog('open')}
        onFind={find.openBar}
        onReplace={find.openReplace}
      />
      <ErrorMessage error={data.error} />
      <MediaBar media={media} readOnly={readOnly} sourceId={request.sourceId} notify={notify} />
      <CoderViewBar coders={coder.coders} current={coder.coder} shown={shownCoders.shown} byCoder={shownCoders.colouring.byCoder} colours={shownCoders.colouring.colours} onShown={shownCoders.setShown} onByCoder={shownCoders.setByCoder} />
      {!source || !index || data.codings === null ? (
        <p className="muted">Loading the transcript…</p>
      ) : (
        <StripeColouringContext value={shownCoders.colouring}>
          <AnnotationsProvider view={annotations}>
          <CodingWorkspace findBar={find.bar.open ? <FindBar bar={find.bar} onReplace={find.openReplace} /> : null} findMarks={find.marks} project={project} sourceId={request.sourceId} source={source} index={index} model={model} transcript={transcript} selection={selection} passageWords={passageWords} coding={coding} correction={correction} media={media} focused={focused} onFocus={setFocused} recent={recent} notify={notify} memoOnPassage={annotations.startNew} />
          </AnnotationsProvider>
        </StripeColouringContext>
      )}
      <CodingDialogs
        model={model}
        recent={recent}
        actions={actions}
        coding={coding}
        onCoded={selection.clearPassage}
        correction={correction}
        find={find.replace && source ? { source, initialQuery: find.replace.initialQuery } : null}
        onCloseFind={find.closeReplace}
        notify={notify}
        coder={coder}
        askForCoder={!readOnly && coder.loaded && ((coderDialog === 'auto' && coder.coder === null) || coderDialog === 'open')}
        onCoderDialogDone={() => setCoderDialog('closed')}
        readOnly={readOnly}
      />
    </section>
  );
}
