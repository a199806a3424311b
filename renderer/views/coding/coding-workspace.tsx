// The body of the coding view: the transcript with the selection bar under it, and the
// panel of codes and memos beside it.
import { useMemo } from 'react';
import type { ReactNode, RefObject } from 'react';
import type { ProjectInfo, SourceDetail } from '../../../shared/model/entities.ts';
import type { OffsetIndex } from '../../../shared/text/code-points.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { Splitter } from '../../components/splitter.tsx';
import { usePaneWidth } from '../../hooks/use-pane-width.ts';
import { CodingSidePanel } from './coding-side-panel.tsx';
import { openSource } from './open-source.ts';
import { SelectionBar } from './selection-bar.tsx';
import { useTranscriptMenu } from './transcript-menu.tsx';
import { FirstCodingHint } from './first-coding-hint.tsx';
import { Transcript } from './transcript.tsx';
import { TurnEditor } from './turn-editor.tsx';
import type { Passage } from './use-coding-actions.ts';
import type { CodingSelection } from './use-coding-selection.ts';
import type { Correction } from './use-correction.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import type { FindMarks } from './use-find-marks.ts';
import type { MediaPlayer } from './use-media-player.ts';
import type { PassageCoding } from './use-passage-coding.ts';
import type { TranscriptHandle } from './use-transcript-handle.ts';
import type { TranscriptModel } from './use-transcript-model.ts';

export interface CodingWorkspaceProps {
  project: ProjectInfo;
  // the source asked for (the loaded one may still be the one before)
  sourceId: number;
  source: SourceDetail;
  index: OffsetIndex;
  model: TranscriptModel;
  transcript: RefObject<TranscriptHandle | null>;
  selection: CodingSelection;
  // the text of the shown passage
  passageWords: string;
  coding: PassageCoding;
  correction: Correction;
  media: MediaPlayer;
  focused: number;
  onFocus(index: number): void;
  recent: readonly number[];
  // the find bar above the transcript (null while it is closed) and its marks in the text
  findBar: ReactNode;
  findMarks: FindMarks | null;
  notify(notice: Notice): void;
  // opens the editor of a new memo on a passage (an annotation, shown in the margin)
  memoOnPassage(passage: Passage): void;
}

// The turn editor of the turn being corrected, with its error.
function correctionEditor(correction: Correction, model: TranscriptModel, index: OffsetIndex) {
  const { editing } = correction;
  const block = editing ? model.blocks[editing.index] : undefined;
  if (!editing || !block) return null;
  return (
    <TurnEditor text={index.slice(block.start, block.end)} busy={editing.busy} onSave={(text) => void correction.save(text)} onCancel={correction.cancel}>
      {editing.error ? <ErrorMessage error={editing.error} /> : null}
    </TurnEditor>
  );
}

// The widths the codes and memos panel starts at and can be dragged to (CSS px).
const CODING_PANEL_WIDTH = { usual: 300, min: 220, max: 640 };

// The transcript, the selection bar and the side panel.
export function CodingWorkspace({ project, sourceId, source, index, model, transcript, selection, passageWords, coding, correction, media, focused, onFocus, recent, findBar, findMarks, notify, memoOnPassage }: CodingWorkspaceProps) {
  const readOnly = project.readOnly;
  const { passage, references } = selection;
  const selectedIds = useMemo(() => new Set(references?.ids ?? []), [references]);
  const referencesNode = references ? (model.nodeMap.get(references.nodeId) ?? null) : null;
  const [panelWidth, setPanelWidth] = usePaneWidth(project.guid, 'coding-panel', CODING_PANEL_WIDTH);
  const transcriptMenu = useTranscriptMenu({ project, model, selection, passageWords, coding, recent, memoOnPassage });
  const uncodeReferences = () => references && void coding.uncodeReferences(references.ids).then(selection.clearReferences);
  return (
    <div className="coding-body" style={{ '--coding-panel-width': `${panelWidth}px` }}>
      <div className="coding-main">
        {findBar}
        <FirstCodingHint readOnly={readOnly} />
        {model.blocks.length === 0 ? <p className="empty-state">This source has no text.</p> : null}
        {transcriptMenu.elements}
        <div className="coding-transcript-menu-area" style={{ display: 'contents' }} {...transcriptMenu.props}>
        <Transcript
          findMarks={findMarks}
          ref={transcript}
          sourceId={sourceId}
          index={index}
          blocks={model.blocks}
          blockCodings={model.perBlock}
          blockKeys={model.blockKeys}
          allCodings={model.allCodings}
          nodes={model.nodeMap}
          nodeOrder={model.nodeOrder}
          highlightNodeId={selection.highlight}
          selectedCodings={selectedIds}
          focusedIndex={focused}
          playingIndex={media.playingIndex}
          editingIndex={correction.editing?.index ?? null}
          editor={correctionEditor(correction, model, index)}
          canEdit={!readOnly}
          hasMedia={media.available}
          onFocusBlock={onFocus}
          onSelection={selection.onSelection}
          onStripe={selection.chooseReferences}
          onCodeTurn={coding.codeTurn}
          onEditTurn={correction.start}
          onPlayFrom={media.playFromBlock}
        />
        </div>
        <SelectionBar
          passage={passage ? { ...passage, words: passageWords } : null}
          selectedCount={references?.ids.length ?? 0}
          selectedNode={referencesNode}
          readOnly={readOnly}
          onCode={() => coding.pickNodeFor(passage)}
          onInVivo={() => coding.codeInVivo(passage, { clearAfter: false })}
          onUncode={() => passage && coding.pickUncodeFor(passage)}
          onUncodeReferences={uncodeReferences}
          onClear={selection.clearReferences}
        />
      </div>
      <Splitter label="Resize the codes and memos panel" pane="right" width={panelWidth} {...CODING_PANEL_WIDTH} onResize={setPanelWidth} />
      <CodingSidePanel
        project={project}
        notify={notify}
        source={source}
        nodes={model.nodeList}
        countsHere={model.countsHere}
        recent={recent}
        hasSelection={passage !== null}
        highlightNodeId={selection.highlight}
        onHighlight={selection.setHighlight}
        onCode={(nodeId) => coding.codeAt(nodeId, passage)}
        onDropPassage={(nodeId, dropped) => {
          if (dropped.sourceId === sourceId && !readOnly) coding.codeDropped(nodeId, dropped);
        }}
        passage={passage ? { sourceId, ...passage, words: passageWords } : null}
        selectedCodingId={references?.ids.length === 1 ? (references.ids[0] ?? null) : null}
        selectedCodingNode={referencesNode?.path ?? ''}
        caseId={model.blocks[focused]?.caseId ?? null}
        onOpenPassage={(p) => openSource(p.sourceId, p)}
      />
    </div>
  );
}
