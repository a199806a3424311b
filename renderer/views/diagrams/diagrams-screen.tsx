// The Diagrams screen: choose or start a diagram; draw it with zoom, pan, selection and
// label nudging; edit component texts, tensions and their evidence in the side panel;
// compare two phases side by side; export PNG or SVG.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { specFromDetail } from '../../../shared/diagram/diagram-spec.ts';
import type { DiagramDetail } from '../../../shared/model/diagrams.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import type { DiagramTarget } from '../../diagram/diagram-canvas.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import type { ScreenProps } from '../frame/screen-props.ts';
import { useDiagramActions } from './diagram-actions.ts';
import { DiagramCanvases } from './diagram-canvases.tsx';
import { DiagramChooser, DiagramToolbar } from './diagram-toolbar.tsx';
import { DiagramsDialogs } from './diagrams-dialogs.tsx';
import { SelectionPanel } from './selection-panel.tsx';
import type { DiagramsDialog } from './diagrams-dialogs.tsx';
import { useDiagram } from './use-diagram.ts';
import { useDiagramSelection } from './use-diagram-selection.ts';
import './diagrams.css';

// the diagram last shown, so coming back from another screen (e.g. after Show in source) keeps it
let remembered: { projectPath: string; diagramId: number | null } = { projectPath: '', diagramId: null };

// What the screen says while the project has no diagrams.
function NoDiagrams({ readOnly }: { readOnly: boolean }) {
  return (
    <div className="empty-state">
      <p>This project has no diagrams yet.</p>
      <p className="muted">
        Draw one first-generation triangle per subject before the intervention, the second-generation system after it, or two systems meeting in a shared object.
        {readOnly ? ' The project is open read-only, so diagrams cannot be added here.' : ' Start with New diagram….'}
      </p>
    </div>
  );
}

// Shows the Diagrams screen of the open project.
export function DiagramsScreen({ project, notify }: ScreenProps) {
  const readOnly = project.readOnly;
  const list = useApiQuery('diagrams.list', {});
  const [chosen, setChosen] = useState<number | null>(remembered.projectPath === project.path ? remembered.diagramId : null);
  const [compareId, setCompareId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<DiagramsDialog>(null);
  const diagrams = list.data ?? [];
  const currentId = chosen !== null && diagrams.some((d) => d.id === chosen) ? chosen : (diagrams[0]?.id ?? null);
  useEffect(() => {
    if (list.data) remembered = { projectPath: project.path, diagramId: currentId };
  }, [list.data, currentId, project.path]);
  const diagram = useDiagram(currentId);
  const detail = diagram.data;
  const spec = useMemo(() => (detail ? specFromDetail(detail) : null), [detail]);
  const actions = useDiagramActions(diagram.replace, notify);
  const { selected, setSelected, component, tension } = useDiagramSelection(detail ?? null);

  const choose = useCallback(
    (id: number | null) => {
      setChosen(id);
      setSelected(null);
      setCompareId(null);
    },
    [setSelected],
  );

  const onNudge = useCallback(
    (target: DiagramTarget, x: number, y: number) => {
      const round = (v: number) => Math.max(-2000, Math.min(2000, Math.round(v * 10) / 10));
      void actions.run('diagrams.nudge', target.kind === 'component' ? { componentId: target.id, x: round(x), y: round(y) } : { tensionId: target.id, x: round(x), y: round(y) });
    },
    [actions],
  );

  const others = diagrams.filter((d) => d.id !== currentId);

  // shows a new tension selected once the diagram that holds it is loaded
  async function showTension(diagramId: number, tensionId: number) {
    try {
      diagram.replace(await call('diagrams.get', { id: diagramId }));
      setSelected({ kind: 'tension', id: tensionId });
    } catch (e) {
      notify({ kind: 'error', text: toApiCallError(e).message });
    }
  }

  function created(d: DiagramDetail) {
    void list.reload();
    choose(d.id);
    notify({ kind: 'info', text: `Created “${d.title}”.` });
  }

  return (
    <section className="screen diagrams-screen" aria-labelledby="screen-heading">
      <div className="screen-header">
        <h1 id="screen-heading">Diagrams</h1>
        {diagrams.length > 0 ? <DiagramChooser diagrams={diagrams} currentId={currentId} onChoose={choose} /> : null}
        <div className="screen-tools">
          <button type="button" className="primary" onClick={() => setDialog({ kind: 'new' })} disabled={readOnly} title={readOnly ? 'This project is open read-only.' : 'Start a first-, second- or third-generation diagram'}>
            New diagram…
          </button>
        </div>
      </div>
      <ErrorMessage error={list.error ?? diagram.error} />
      {list.data && diagrams.length === 0 ? <NoDiagrams readOnly={readOnly} /> : null}
      {detail && spec ? (
        <div className="diagrams-body">
          <div className="diagrams-main">
            <DiagramToolbar
              readOnly={readOnly}
              others={others}
              compareId={compareId}
              onCompare={setCompareId}
              onAddTension={() => setDialog({ kind: 'tension', fromId: selected?.kind === 'component' ? selected.id : null })}
              onDuplicate={() => setDialog({ kind: 'duplicate' })}
              onExport={() => setDialog({ kind: 'export' })}
              onDelete={() => setDialog({ kind: 'delete' })}
            />
            <DiagramCanvases detail={detail} spec={spec} compareId={compareId} selected={selected} onSelect={setSelected} onNudge={readOnly ? undefined : onNudge} />
          </div>
          <SelectionPanel detail={detail} spec={spec} selection={{ component, tension }} readOnly={readOnly} actions={actions} onSelect={setSelected} onAddTension={(fromId) => setDialog({ kind: 'tension', fromId })} />
        </div>
      ) : null}
      <DiagramsDialogs dialog={dialog} detail={detail ?? null} actions={actions} notify={notify} onCreated={created} onChoose={choose} onTensionAdded={(t) => void showTension(t.diagramId, t.id)} onClose={() => setDialog(null)} />
    </section>
  );
}
