// The Diagrams screen: choose or start a diagram; draw it with zoom, pan, selection and
// label nudging; edit component texts, tensions and their evidence in the side panel;
// compare two phases side by side; export PNG or SVG.
import { useCallback, useEffect, useMemo, useState } from 'react';
import { specFromDetail } from '../../../shared/diagram/diagram-spec.ts';
import type { DiagramDetail } from '../../../shared/model/diagrams.ts';
import { ConfirmDialog } from '../../components/confirm-dialog.tsx';
import { ErrorMessage } from '../../components/error-message.tsx';
import { call, announceChange } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { DiagramCanvas } from '../../diagram/diagram-canvas.tsx';
import type { DiagramTarget } from '../../diagram/diagram-canvas.tsx';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import type { ScreenProps } from '../frame/screen-props.ts';
import { AddTensionDialog } from './add-tension-dialog.tsx';
import { ComponentPanel } from './component-panel.tsx';
import { useDiagramActions } from './diagram-actions.ts';
import { describeTarget, diagramChoiceLabel } from './diagram-names.ts';
import { DiagramPanel } from './diagram-panel.tsx';
import { DuplicateDialog } from './duplicate-dialog.tsx';
import { ExportDialog } from './export-dialog.tsx';
import { NewDiagramDialog } from './new-diagram-dialog.tsx';
import { TensionPanel } from './tension-panel.tsx';
import { useDiagram } from './use-diagram.ts';
import './diagrams.css';

// the diagram last shown, so coming back from another screen (e.g. after Show in source) keeps it
let remembered: { projectPath: string; diagramId: number | null } = { projectPath: '', diagramId: null };

type Dialog = { kind: 'new' } | { kind: 'export' } | { kind: 'duplicate' } | { kind: 'delete' } | { kind: 'tension'; fromId: number | null } | null;

function CompareCanvas({ id }: { id: number }) {
  const other = useDiagram(id);
  const spec = useMemo(() => (other.data ? specFromDetail(other.data) : null), [other.data]);
  if (other.error) return <ErrorMessage error={other.error} />;
  if (!other.data || !spec) return <p className="muted">Loading the other diagram…</p>;
  const detail = other.data;
  return (
    <div className="diagrams-canvas-cell">
      <p className="diagrams-canvas-caption">
        {detail.title}
        {detail.phase ? ` — ${detail.phase}` : ''}
      </p>
      <DiagramCanvas key={detail.id} spec={spec} label={`Diagram for comparison: ${detail.title}`} selected={null} describe={(t) => describeTarget(detail, spec, t)} />
    </div>
  );
}

// Shows the Diagrams screen of the open project.
export function DiagramsScreen({ project, notify }: ScreenProps) {
  const readOnly = project.readOnly;
  const list = useApiQuery('diagrams.list', {});
  const [chosen, setChosen] = useState<number | null>(remembered.projectPath === project.path ? remembered.diagramId : null);
  const [selected, setSelected] = useState<DiagramTarget | null>(null);
  const [compareId, setCompareId] = useState<number | null>(null);
  const [dialog, setDialog] = useState<Dialog>(null);
  const diagrams = list.data ?? [];
  const currentId = chosen !== null && diagrams.some((d) => d.id === chosen) ? chosen : (diagrams[0]?.id ?? null);
  useEffect(() => {
    if (list.data) remembered = { projectPath: project.path, diagramId: currentId };
  }, [list.data, currentId, project.path]);
  const diagram = useDiagram(currentId);
  const detail = diagram.data;
  const spec = useMemo(() => (detail ? specFromDetail(detail) : null), [detail]);
  const actions = useDiagramActions(diagram.replace, notify);

  // a selection that no longer exists (undone, deleted) is dropped
  useEffect(() => {
    if (!detail || !selected) return;
    const exists =
      selected.kind === 'tension'
        ? detail.tensions.some((t) => t.id === selected.id)
        : [...detail.systems.flatMap((s) => s.components), ...(detail.sharedObject ? [detail.sharedObject] : [])].some((c) => c.id === selected.id);
    if (!exists) setSelected(null);
  }, [detail, selected]);

  const choose = useCallback((id: number | null) => {
    setChosen(id);
    setSelected(null);
    setCompareId(null);
  }, []);

  const onNudge = useCallback(
    (target: DiagramTarget, x: number, y: number) => {
      const round = (v: number) => Math.max(-2000, Math.min(2000, Math.round(v * 10) / 10));
      void actions.run('diagrams.nudge', target.kind === 'component' ? { componentId: target.id, x: round(x), y: round(y) } : { tensionId: target.id, x: round(x), y: round(y) });
    },
    [actions],
  );

  const component = detail && selected?.kind === 'component' ? [...detail.systems.flatMap((s) => s.components), ...(detail.sharedObject ? [detail.sharedObject] : [])].find((c) => c.id === selected.id) : undefined;
  const tension = detail && selected?.kind === 'tension' ? detail.tensions.find((t) => t.id === selected.id) : undefined;
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
        {diagrams.length > 0 ? (
          <label className="diagrams-chooser">
            <span className="field-label">Diagram</span>
            <select value={currentId ?? ''} onChange={(e) => choose(Number(e.target.value))}>
              {diagrams.map((d) => (
                <option key={d.id} value={d.id}>
                  {diagramChoiceLabel(d)}
                </option>
              ))}
            </select>
          </label>
        ) : null}
        <div className="screen-tools">
          <button type="button" className="primary" onClick={() => setDialog({ kind: 'new' })} disabled={readOnly} title={readOnly ? 'This project is open read-only.' : 'Start a first-, second- or third-generation diagram'}>
            New diagram…
          </button>
        </div>
      </div>
      <ErrorMessage error={list.error ?? diagram.error} />
      {list.data && diagrams.length === 0 ? (
        <div className="empty-state">
          <p>This project has no diagrams yet.</p>
          <p className="muted">
            Draw one first-generation triangle per subject before the intervention, the second-generation system after it, or two systems meeting in a shared object.
            {readOnly ? ' The project is open read-only, so diagrams cannot be added here.' : ' Start with New diagram….'}
          </p>
        </div>
      ) : null}
      {detail && spec ? (
        <div className="diagrams-body">
          <div className="diagrams-main">
            <div className="diagrams-toolbar" role="toolbar" aria-label="Diagram actions">
              {readOnly ? null : (
                <>
                  <button type="button" onClick={() => setDialog({ kind: 'tension', fromId: selected?.kind === 'component' ? selected.id : null })}>
                    Add tension…
                  </button>
                  <button type="button" onClick={() => setDialog({ kind: 'duplicate' })}>
                    Copy for another phase…
                  </button>
                </>
              )}
              <label className="diagrams-compare">
                <span>Compare with</span>
                <select value={compareId ?? ''} onChange={(e) => setCompareId(e.target.value === '' ? null : Number(e.target.value))} disabled={others.length === 0}>
                  <option value="">— nothing</option>
                  {others.map((d) => (
                    <option key={d.id} value={d.id}>
                      {diagramChoiceLabel(d)}
                    </option>
                  ))}
                </select>
              </label>
              <button type="button" onClick={() => setDialog({ kind: 'export' })}>
                Export…
              </button>
              {readOnly ? null : (
                <button type="button" className="diagrams-danger" onClick={() => setDialog({ kind: 'delete' })}>
                  Delete…
                </button>
              )}
            </div>
            <div className={compareId !== null ? 'diagrams-canvases diagrams-canvases-two' : 'diagrams-canvases'}>
              <div className="diagrams-canvas-cell">
                {compareId !== null ? (
                  <p className="diagrams-canvas-caption">
                    {detail.title}
                    {detail.phase ? ` — ${detail.phase}` : ''}
                  </p>
                ) : null}
                <DiagramCanvas
                  key={detail.id}
                  spec={spec}
                  label={`Diagram: ${detail.title}`}
                  selected={selected}
                  onSelect={setSelected}
                  onNudge={readOnly ? undefined : onNudge}
                  describe={(t) => describeTarget(detail, spec, t)}
                />
              </div>
              {compareId !== null ? <CompareCanvas id={compareId} /> : null}
            </div>
          </div>
          <aside className="diagrams-panel" aria-label="Selection">
            {component ? (
              <ComponentPanel component={component} spec={spec} readOnly={readOnly} actions={actions} onAddTension={(fromId) => setDialog({ kind: 'tension', fromId })} onClose={() => setSelected(null)} />
            ) : tension ? (
              <TensionPanel tension={tension} detail={detail} spec={spec} readOnly={readOnly} actions={actions} onClose={() => setSelected(null)} />
            ) : (
              <DiagramPanel detail={detail} spec={spec} readOnly={readOnly} actions={actions} onSelect={setSelected} />
            )}
          </aside>
        </div>
      ) : null}
      {dialog?.kind === 'new' ? <NewDiagramDialog onCreated={created} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'export' && detail ? (
        <ExportDialog
          diagramId={detail.id}
          title={detail.title}
          onExported={(r) => notify({ kind: 'info', text: r.mimeType === 'image/png' ? `Exported ${r.fileName} (${r.widthPx} × ${r.heightPx} pixels).` : `Exported ${r.fileName}.` })}
          onClose={() => setDialog(null)}
        />
      ) : null}
      {dialog?.kind === 'duplicate' && detail ? <DuplicateDialog detail={detail} actions={actions} onCopied={(copy) => choose(copy.id)} onClose={() => setDialog(null)} /> : null}
      {dialog?.kind === 'tension' && detail ? (
        <AddTensionDialog detail={detail} fromId={dialog.fromId} actions={actions} onAdded={(t) => void showTension(t.diagramId, t.id)} onClose={() => setDialog(null)} />
      ) : null}
      {dialog?.kind === 'delete' && detail ? (
        <ConfirmDialog
          title="Delete diagram"
          message={`Delete “${detail.title}” with its texts, tensions and evidence links? The codings themselves stay. Undo (Ctrl+Z) brings the diagram back.`}
          confirmLabel="Delete diagram"
          onConfirm={async () => {
            await call('diagrams.delete', { id: detail.id });
            announceChange('diagrams.delete');
            choose(null);
            notify({ kind: 'info', text: `Deleted “${detail.title}”.` });
          }}
          onClose={() => setDialog(null)}
        />
      ) : null}
    </section>
  );
}
