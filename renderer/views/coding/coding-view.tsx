// The source reading and coding view: a transcript turn by turn with speaker labels,
// timestamps, coding stripes and the density bar; codes beside it (drop a passage on a
// node, pick one with C, recent ones with 1-9, in vivo with V, a whole turn with T);
// uncoding, highlighting a node's codings, memos, correcting a turn in place (E) and
// find and replace. Opened from the Sources screen or with openSource() (open-source.ts).
import { useCallback, useEffect, useMemo, useRef, useState } from 'react';
import type { CodingRecord, ProjectInfo } from '../../../shared/model/entities.ts';
import { createOffsetIndex } from '../../../shared/text/code-points.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { formatCount } from '../../format.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { isTextEntry } from '../frame/use-shortcuts.ts';
import { blockAt, blockBody, buildBlocks, codingsByBlock, trimRange } from './blocks.ts';
import { CoderDialog } from './coder-dialog.tsx';
import { CodingSidePanel } from './coding-side-panel.tsx';
import { pushRecentNode, recentNodes } from './coding-prefs.ts';
import { EmptiedCodingsDialog } from './emptied-codings-dialog.tsx';
import { FindReplaceDialog } from './find-replace-dialog.tsx';
import { NodePicker } from './node-picker.tsx';
import { openSource } from './open-source.ts';
import type { OpenSourceRequest } from './open-source.ts';
import { SelectionBar } from './selection-bar.tsx';
import { Transcript } from './transcript.tsx';
import type { TranscriptHandle } from './transcript.tsx';
import { TurnEditor } from './turn-editor.tsx';
import { useCodingActions } from './use-coding-actions.ts';
import type { CorrectionPlan, Passage } from './use-coding-actions.ts';
import { useCodingData } from './use-coding-data.ts';
import { useCurrentCoder } from './use-current-coder.ts';
import { useMediaPlayer } from './use-media-player.ts';
import { MediaBar } from './media-bar.tsx';
import './coding.css';

export interface CodingViewProps {
  project: ProjectInfo;
  request: OpenSourceRequest;
  onBack(): void;
  notify(notice: Notice): void;
}

interface EditingState {
  index: number;
  busy: boolean;
  error: string | null;
}

type PickerState = { mode: 'code'; passage: Passage } | { mode: 'uncode'; passage: Passage } | null;

const EMPTY: readonly CodingRecord[] = [];

// The coding view of one source.
export function CodingView({ project, request, onBack, notify }: CodingViewProps) {
  const readOnly = project.readOnly;
  const { source, codings, nodes, error, missing } = useCodingData(request.sourceId);
  const index = useMemo(() => (source ? createOffsetIndex(source.text) : null), [source]);
  const blocks = useMemo(() => (index && source ? buildBlocks(index, source.segments) : []), [index, source]);
  const nodeList = useMemo(() => nodes ?? [], [nodes]);
  const nodeMap = useMemo(() => new Map(nodeList.map((n) => [n.id, n])), [nodeList]);
  const nodeOrder = useMemo(() => new Map(nodeList.map((n, i) => [n.id, i])), [nodeList]);
  const allCodings = codings ?? EMPTY;
  const perBlock = useMemo(() => codingsByBlock(blocks, allCodings), [blocks, allCodings]);
  const blockKeys = useMemo(() => perBlock.map((list) => list.map((c) => `${c.id}:${c.nodeId}:${c.start}:${c.end}`).join(',')), [perBlock]);
  const countsHere = useMemo(() => {
    const counts = new Map<number, number>();
    for (const c of allCodings) counts.set(c.nodeId, (counts.get(c.nodeId) ?? 0) + 1);
    return counts;
  }, [allCodings]);

  const transcript = useRef<TranscriptHandle>(null);
  const [passage, setPassage] = useState<Passage | null>(null);
  const [focused, setFocused] = useState(0);
  const [highlight, setHighlight] = useState<number | null>(null);
  const [selectedRefs, setSelectedRefs] = useState<{ nodeId: number; ids: number[] } | null>(null);
  const [editing, setEditing] = useState<EditingState | null>(null);
  const [picker, setPicker] = useState<PickerState>(null);
  const [confirmPlan, setConfirmPlan] = useState<CorrectionPlan | null>(null);
  const [findOpen, setFindOpen] = useState(false);
  const [recent, setRecent] = useState(() => recentNodes(project.guid));
  const coder = useCurrentCoder(project.guid);
  const [coderDialog, setCoderDialog] = useState<'auto' | 'open' | 'closed'>('auto');
  const media = useMediaPlayer(source, blocks);

  const used = useCallback((nodeId: number) => setRecent(pushRecentNode(project.guid, nodeId)), [project.guid]);
  const actions = useCodingActions({ sourceId: request.sourceId, coderId: coder.coder?.id ?? null, nodes: nodeMap, notify, used });
  const selectedIds = useMemo(() => new Set(selectedRefs?.ids ?? []), [selectedRefs]);
  const passageWords = passage && index ? index.slice(passage.start, passage.end) : '';

  // show the passage the view was opened at (once per request)
  const shown = useRef(0);
  useEffect(() => {
    if (!index || blocks.length === 0 || shown.current === request.nonce) return;
    shown.current = request.nonce;
    if (request.range) {
      const end = Math.min(request.range.end, index.codePointLength);
      const start = Math.min(request.range.start, end);
      setFocused(blockAt(blocks, start));
      requestAnimationFrame(() => transcript.current?.showRange(start, end, true));
    }
  }, [request, index, blocks]);

  // keep the turn playing now in view (not while a turn is being corrected)
  useEffect(() => {
    if (media.playingIndex !== null && !editing) transcript.current?.revealBlock(media.playingIndex);
  }, [media.playingIndex]);

  // a new source, or text changed under us: drop what pointed into the old text
  useEffect(() => {
    setSelectedRefs(null);
    setPassage(null);
  }, [source?.id, source?.revision]);

  const clearDomSelection = () => {
    document.getSelection()?.removeAllRanges();
    setPassage(null);
  };

  async function run(action: () => Promise<void>) {
    try {
      await action();
    } catch (e) {
      notify({ kind: 'error', text: toApiCallError(e).message });
    }
  }

  const trimmed = (p: Passage | null): Passage | null => (p && index ? trimRange(index, p.start, p.end) : null);
  const turnPassage = (i: number): Passage | null => {
    const block = blocks[i];
    return block && index ? blockBody(block, index) : null;
  };

  const codeSelectionAt = (nodeId: number) => {
    const p = trimmed(passage);
    if (!p) return;
    void run(async () => {
      await actions.code(nodeId, p);
      clearDomSelection();
    });
  };

  const openCodePicker = (p: Passage | null) => {
    const t = trimmed(p);
    if (t && !readOnly) setPicker({ mode: 'code', passage: t });
  };

  const startEditing = (i: number) => {
    if (readOnly || !blocks[i]) return;
    setFocused(i);
    setEditing({ index: i, busy: false, error: null });
  };

  async function saveCorrection(text: string) {
    if (!editing || !source || !index) return;
    const block = blocks[editing.index];
    if (!block) return;
    setEditing({ ...editing, busy: true, error: null });
    try {
      const plan = await actions.planCorrection(index.slice(block.start, block.end), text, block.start, source.revision);
      if (!plan) {
        setEditing(null);
        return;
      }
      if (plan.emptied.length > 0) {
        setConfirmPlan(plan);
        setEditing((e) => e && { ...e, busy: false });
        return;
      }
      await actions.saveCorrection(plan, []);
      setEditing(null);
    } catch (e) {
      setEditing((s) => s && { ...s, busy: false, error: toApiCallError(e).message });
    }
  }

  const onStripe = useCallback((nodeId: number, ids: number[]) => {
    setSelectedRefs({ nodeId, ids });
    setHighlight(nodeId);
  }, []);
  const onCodeTurn = useCallback((i: number) => {
    setFocused(i);
    const block = blocks[i];
    if (block && index && !readOnly) setPicker({ mode: 'code', passage: blockBody(block, index) });
  }, [blocks, index, readOnly]);
  const onEditTurn = useCallback((i: number) => startEditing(i), [blocks, readOnly]);
  const onPlayFrom = useCallback((i: number) => media.playFromBlock(i), [media]);

  // jumps to the next or previous reference of the highlighted node
  const jump = (direction: 1 | -1) => {
    if (highlight === null) return;
    const refs = allCodings.filter((c) => c.nodeId === highlight && c.end > c.start);
    if (refs.length === 0) return;
    const at = passage?.start ?? blocks[focused]?.start ?? 0;
    const next = direction === 1 ? (refs.find((c) => c.start > at) ?? refs[0]) : ([...refs].reverse().find((c) => c.start < at) ?? refs[refs.length - 1]);
    if (!next) return;
    setFocused(blockAt(blocks, next.start));
    transcript.current?.showRange(next.start, next.end, true);
  };

  // the view's keys (outside text fields and dialogs)
  const keys = useRef<(e: KeyboardEvent) => void>(() => undefined);
  keys.current = (e: KeyboardEvent) => {
    if (e.defaultPrevented || document.querySelector('dialog[open]')) return;
    if ((e.ctrlKey || e.metaKey) && !e.altKey && !e.shiftKey && e.key.toLowerCase() === 'f') {
      e.preventDefault();
      setFindOpen(true);
      return;
    }
    if (isTextEntry(e.target) || e.ctrlKey || e.metaKey || e.altKey || editing) return;
    const key = e.key;
    const lower = key.toLowerCase();
    const handled = () => e.preventDefault();
    if (lower === 'c') {
      handled();
      openCodePicker(passage ?? turnPassage(focused));
    } else if (lower === 't') {
      handled();
      onCodeTurn(focused);
    } else if (lower === 'v' && passage && !readOnly) {
      handled();
      const p = trimmed(passage);
      if (p) void run(async () => {
        await actions.codeInVivo(p);
        clearDomSelection();
      });
    } else if (/^[1-9]$/.test(key) && passage && !readOnly) {
      const nodeId = recent[Number(key) - 1];
      if (nodeId !== undefined) {
        handled();
        codeSelectionAt(nodeId);
      }
    } else if (lower === 'u' && !readOnly) {
      handled();
      if (selectedRefs) void run(() => actions.uncodeReferences(selectedRefs.ids)).then(() => setSelectedRefs(null));
      else if (passage) setPicker({ mode: 'uncode', passage });
    } else if ((lower === 'e' || key === 'F2') && !readOnly) {
      handled();
      startEditing(focused);
    } else if (key === 'ArrowDown' || key === 'ArrowUp') {
      handled();
      const next = Math.max(0, Math.min(blocks.length - 1, focused + (key === 'ArrowDown' ? 1 : -1)));
      setFocused(next);
      transcript.current?.focusBlock(next);
    } else if (key === 'Escape') {
      if (selectedRefs || highlight !== null || passage) {
        handled();
        setSelectedRefs(null);
        setHighlight(null);
        clearDomSelection();
      }
    } else if (key === ']' || key === '[') {
      handled();
      jump(key === ']' ? 1 : -1);
    }
  };
  useEffect(() => {
    const listener = (e: KeyboardEvent) => keys.current(e);
    window.addEventListener('keydown', listener);
    return () => window.removeEventListener('keydown', listener);
  }, []);

  if (missing) {
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

  const editingBlock = editing ? blocks[editing.index] : undefined;
  const editor =
    editing && editingBlock && index ? (
      <TurnEditor text={index.slice(editingBlock.start, editingBlock.end)} busy={editing.busy} onSave={(text) => void saveCorrection(text)} onCancel={() => setEditing(null)}>
        {editing.error ? <ErrorMessage error={editing.error} /> : null}
      </TurnEditor>
    ) : null;
  const highlightNode = highlight === null ? null : (nodeMap.get(highlight) ?? null);
  const highlightCount = highlight === null ? 0 : (countsHere.get(highlight) ?? 0);
  const focusedCase = blocks[focused]?.caseId ?? null;
  const uncodeNodes = picker?.mode === 'uncode' ? nodeList.filter((n) => allCodings.some((c) => c.nodeId === n.id && c.start < picker.passage.end && c.end > picker.passage.start)) : [];

  return (
    <section className="screen coding-view" aria-labelledby="screen-heading">
      <div className="screen-header coding-header">
        <button type="button" className="small" onClick={onBack} title="Back to the list of sources">
          ← Sources
        </button>
        <h1 id="screen-heading" className="coding-title">
          {source?.name ?? 'Opening…'}
        </h1>
        {source ? (
          <span className="muted">
            {formatCount(source.words, 'word')} · {formatCount(allCodings.length, 'coding')}
          </span>
        ) : null}
        <div className="screen-tools">
          {highlightNode ? (
            <span className="coding-highlight-nav" role="group" aria-label="Highlighted node">
              <span className="swatch" style={{ backgroundColor: highlightNode.color }} aria-hidden="true" />
              <span className="coding-highlight-name" title={highlightNode.path}>
                {highlightNode.name}: {formatCount(highlightCount, 'reference')}
              </span>
              <button type="button" className="small" onClick={() => jump(-1)} title="Previous reference ([)" aria-label="Previous reference">
                ◀
              </button>
              <button type="button" className="small" onClick={() => jump(1)} title="Next reference (])" aria-label="Next reference">
                ▶
              </button>
              <button type="button" className="small" onClick={() => setHighlight(null)} aria-label="Stop highlighting">
                ✕
              </button>
            </span>
          ) : null}
          {readOnly ? null : (
            <button type="button" className="small coding-coder" onClick={() => setCoderDialog('open')} title="Every coding records its coder">
              {coder.coder ? `Coding as ${coder.coder.initials}` : 'Choose coder'}
            </button>
          )}
          <button type="button" className="small" onClick={() => setFindOpen(true)} aria-keyshortcuts="Control+F">
            Find and replace…
          </button>
        </div>
      </div>
      <ErrorMessage error={error} />
      <MediaBar media={media} readOnly={readOnly} sourceId={request.sourceId} notify={notify} />
      {!source || !index || codings === null ? (
        <p className="muted">Loading the transcript…</p>
      ) : (
        <div className="coding-body">
          <div className="coding-main">
            {blocks.length === 0 ? <p className="empty-state">This source has no text.</p> : null}
            <Transcript
              ref={transcript}
              sourceId={request.sourceId}
              index={index}
              blocks={blocks}
              blockCodings={perBlock}
              blockKeys={blockKeys}
              allCodings={allCodings}
              nodes={nodeMap}
              nodeOrder={nodeOrder}
              highlightNodeId={highlight}
              selectedCodings={selectedIds}
              focusedIndex={focused}
              playingIndex={media.playingIndex}
              editingIndex={editing?.index ?? null}
              editor={editor}
              canEdit={!readOnly}
              hasMedia={media.available}
              onFocusBlock={setFocused}
              onSelection={(r) => {
                setPassage(r);
                if (r) setSelectedRefs(null);
              }}
              onStripe={onStripe}
              onCodeTurn={onCodeTurn}
              onEditTurn={onEditTurn}
              onPlayFrom={onPlayFrom}
            />
            <SelectionBar
              passage={passage ? { ...passage, words: passageWords } : null}
              selectedCount={selectedRefs?.ids.length ?? 0}
              selectedNode={selectedRefs ? (nodeMap.get(selectedRefs.nodeId) ?? null) : null}
              readOnly={readOnly}
              onCode={() => openCodePicker(passage)}
              onInVivo={() => {
                const p = trimmed(passage);
                if (p) void run(() => actions.codeInVivo(p));
              }}
              onUncode={() => passage && setPicker({ mode: 'uncode', passage })}
              onUncodeReferences={() => selectedRefs && void run(() => actions.uncodeReferences(selectedRefs.ids)).then(() => setSelectedRefs(null))}
              onClear={() => setSelectedRefs(null)}
            />
          </div>
          <CodingSidePanel
            project={project}
            source={source}
            nodes={nodeList}
            countsHere={countsHere}
            recent={recent}
            hasSelection={passage !== null}
            highlightNodeId={highlight}
            onHighlight={setHighlight}
            onCode={codeSelectionAt}
            onDropPassage={(nodeId, dropped) => {
              if (dropped.sourceId !== request.sourceId || readOnly) return;
              const p = trimmed(dropped);
              if (p) void run(() => actions.code(nodeId, p)).then(clearDomSelection);
            }}
            passage={passage ? { sourceId: request.sourceId, ...passage, words: passageWords } : null}
            selectedCodingId={selectedRefs?.ids.length === 1 ? (selectedRefs.ids[0] ?? null) : null}
            selectedCodingNode={selectedRefs ? (nodeMap.get(selectedRefs.nodeId)?.path ?? '') : ''}
            caseId={focusedCase}
            onOpenPassage={(p) => openSource(p.sourceId, p)}
          />
        </div>
      )}
      {picker?.mode === 'code' && index ? (
        <NodePicker
          title="Code at node"
          nodes={nodeList}
          recent={recent}
          passage={index.slice(picker.passage.start, picker.passage.end)}
          allowCreate
          onChoose={(nodeId) => actions.code(nodeId, picker.passage).then(clearDomSelection)}
          onCreate={(name) => actions.codeAtNewNode(name, picker.passage).then(clearDomSelection)}
          onClose={() => setPicker(null)}
        />
      ) : null}
      {picker?.mode === 'uncode' && index ? (
        <NodePicker
          title="Uncode the selection at"
          nodes={uncodeNodes}
          recent={[]}
          passage={index.slice(picker.passage.start, picker.passage.end)}
          allowCreate={false}
          extra={uncodeNodes.length > 1 ? { label: 'Every node coded here', onChoose: () => actions.uncode(picker.passage) } : null}
          onChoose={(nodeId) => actions.uncode(picker.passage, nodeId)}
          onCreate={async () => undefined}
          onClose={() => setPicker(null)}
        />
      ) : null}
      {confirmPlan ? (
        <EmptiedCodingsDialog
          emptied={confirmPlan.emptied}
          action="This correction"
          onConfirm={async () => {
            await actions.saveCorrection(
              confirmPlan,
              confirmPlan.emptied.map((c) => c.id),
            );
            setEditing(null);
          }}
          onClose={() => setConfirmPlan(null)}
        />
      ) : null}
      {findOpen && source ? (
        <FindReplaceDialog
          sourceId={source.id}
          sourceName={source.name}
          readOnly={readOnly}
          initialQuery={passageWords.length > 0 && passageWords.length < 100 ? passageWords : ''}
          onGoTo={(sourceId, start, end) => {
            setFindOpen(false);
            openSource(sourceId, { start, end });
          }}
          onReplaced={(text) => {
            setFindOpen(false);
            notify({ kind: 'info', text });
          }}
          onClose={() => setFindOpen(false)}
        />
      ) : null}
      {!readOnly && coder.loaded && ((coderDialog === 'auto' && coder.coder === null) || coderDialog === 'open') ? (
        <CoderDialog
          coders={coder.coders}
          current={coder.coder?.id ?? null}
          readOnly={readOnly}
          onChosen={(c) => {
            coder.choose(c);
            setCoderDialog('closed');
            notify({ kind: 'info', text: `Coding as ${c.name} (${c.initials}).` });
          }}
          onClose={() => setCoderDialog('closed')}
        />
      ) : null}
    </section>
  );
}
