// The panel beside the transcript: Codes (recent nodes and the codebook as drop targets)
// and Memos (on this source, the selected reference, the speaker's case, the project
// journal, and a search over every memo).
import { useState } from 'react';
import type { NodeRecord, ProjectInfo, SourceDetail } from '../../../shared/model/entities.ts';
import { MemoPanel } from '../memos/memo-panel.tsx';
import type { LinkablePassage } from '../memos/memo-editor.tsx';
import { MemoSearch } from '../memos/memo-search.tsx';
import type { PassageRef } from '../memos/passage-links.ts';
import type { Notice } from '../frame/notice-bar.tsx';
import { useCodesPanelMenu } from './codes-panel-menu.tsx';
import { NodePanel } from './node-panel.tsx';
import type { DraggedPassage } from './passage-drag.ts';
import { openSource } from './open-source.ts';

export interface CodingSidePanelProps {
  project: ProjectInfo;
  source: SourceDetail;
  nodes: readonly NodeRecord[];
  countsHere: ReadonlyMap<number, number>;
  recent: readonly number[];
  hasSelection: boolean;
  highlightNodeId: number | null;
  onHighlight(nodeId: number | null): void;
  onCode(nodeId: number): void;
  onDropPassage(nodeId: number, passage: DraggedPassage): void;
  passage: LinkablePassage | null;
  selectedCodingId: number | null;
  selectedCodingNode: string;
  caseId: number | null;
  onOpenPassage(passage: PassageRef): void;
  notify(notice: Notice): void;
}

// Tabs of codes and memos.
export function CodingSidePanel(props: CodingSidePanelProps) {
  const [tab, setTab] = useState<'codes' | 'memos'>('codes');
  const readOnly = props.project.readOnly;
  const nodeMenu = useCodesPanelMenu({ project: props.project, nodes: props.nodes, hasSelection: props.hasSelection, onCode: props.onCode, onDeleted: () => props.onHighlight(null), notify: props.notify });
  return (
    <aside className="coding-side" aria-label="Codes and memos">
      <div
        className="coding-tabs"
        role="tablist"
        aria-label="Side panel"
        onKeyDown={(e) => {
          // Left and Right move between the two tabs (the tab pattern); only the chosen one is in the Tab order
          if (e.key !== 'ArrowLeft' && e.key !== 'ArrowRight') return;
          e.preventDefault();
          const next = tab === 'codes' ? 'memos' : 'codes';
          setTab(next);
          document.getElementById(`coding-tab-${next}`)?.focus();
        }}
      >
        <button type="button" role="tab" id="coding-tab-codes" aria-selected={tab === 'codes'} aria-controls="coding-tabpanel" tabIndex={tab === 'codes' ? 0 : -1} onClick={() => setTab('codes')}>
          Codes
        </button>
        <button type="button" role="tab" id="coding-tab-memos" aria-selected={tab === 'memos'} aria-controls="coding-tabpanel" tabIndex={tab === 'memos' ? 0 : -1} onClick={() => setTab('memos')}>
          Memos
        </button>
      </div>
      <div className="coding-tabpanel" id="coding-tabpanel" role="tabpanel" aria-labelledby={tab === 'codes' ? 'coding-tab-codes' : 'coding-tab-memos'}>
        {tab === 'codes' ? (
          <NodePanel
            nodes={props.nodes}
            countsHere={props.countsHere}
            recent={props.recent}
            hasSelection={props.hasSelection}
            readOnly={readOnly}
            highlightNodeId={props.highlightNodeId}
            onHighlight={props.onHighlight}
            onCode={props.onCode}
            onDropPassage={props.onDropPassage}
            menuProps={nodeMenu.menuProps}
          />
        ) : (
          <div className="coding-memos">
            <details open>
              <summary>This source</summary>
              <MemoPanel targetKind="source" targetId={props.source.id} subject={props.source.name} readOnly={readOnly} passage={props.passage} onOpenPassage={props.onOpenPassage} />
            </details>
            {props.selectedCodingId !== null ? (
              <details open>
                <summary>Selected reference</summary>
                <MemoPanel
                  targetKind="coding"
                  targetId={props.selectedCodingId}
                  subject={`the reference at ${props.selectedCodingNode}`}
                  readOnly={readOnly}
                  passage={props.passage}
                  onOpenPassage={props.onOpenPassage}
                />
              </details>
            ) : null}
            {props.caseId !== null ? (
              <details>
                <summary>Speaker of the focused turn</summary>
                <MemoPanel targetKind="case" targetId={props.caseId} subject="this speaker" readOnly={readOnly} passage={props.passage} onOpenPassage={props.onOpenPassage} />
              </details>
            ) : null}
            <details>
              <summary>Project journal</summary>
              <MemoPanel targetKind="project" targetId={null} subject="the project" readOnly={readOnly} passage={props.passage} onOpenPassage={props.onOpenPassage} />
            </details>
            <details>
              <summary>Search memos</summary>
              <MemoSearch readOnly={readOnly} onOpenPassage={props.onOpenPassage} onOpenSource={(id) => openSource(id)} />
            </details>
          </div>
        )}
      </div>
      {nodeMenu.elements}
    </aside>
  );
}
