// The frame of an open project: top bar with the File menu, navigator, work area,
// inspector and status bar; keyboard shortcuts and Electron menu commands.
import { useCallback, useEffect, useRef, useState } from 'react';
import type { MenuCommand } from '../../../shared/api.ts';
import type { IntegrityReport, ProjectInfo, SourceSummary } from '../../../shared/model/entities.ts';
import { announceChange, call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { useApiEvent, useMenuCommand } from '../../hooks/use-api-event.ts';
import { useApiQuery } from '../../hooks/use-api-query.ts';
import { applyProgress } from '../../jobs.ts';
import { useOpenedSource } from '../coding/open-source.ts';
import { WorkArea } from './work-area.tsx';
import { FileMenu } from './file-menu.tsx';
import type { MenuItemDef } from './file-menu.tsx';
import { isFileCommand, useFileCommands } from './file-commands.tsx';
import { Inspector } from './inspector.tsx';
import { IntegrityBanner } from './integrity-banner.tsx';
import { Navigator } from './navigator.tsx';
import { NoticeBar } from './notice-bar.tsx';
import type { Notice } from './notice-bar.tsx';
import { SCREENS, screenForCommand } from './screens.ts';
import type { ScreenId } from './screens.ts';
import { StatusBar } from './status-bar.tsx';
import { isTextEntry, useShortcuts } from './use-shortcuts.ts';

export interface AppFrameProps {
  project: ProjectInfo;
  onProject(project: ProjectInfo | null): void;
}

type UndoVia = 'key' | 'menu';

// Arranges the screens of an open project and runs the commands that apply to all of them.
export function AppFrame({ project, onProject }: AppFrameProps) {
  const [screen, setScreen] = useState<ScreenId>('sources');
  const [selected, setSelected] = useState<SourceSummary | null>(null);
  const [inspectorOpen, setInspectorOpen] = useState(true);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [integrity, setIntegrity] = useState<IntegrityReport | null>(null);
  const stats = useApiQuery('project.stats', {});
  const undoState = useApiQuery('undo.state', {});
  const backups = useApiQuery('backups.list', {}, ['backup-taken', 'project-changed']);
  const files = useFileCommands({ project, onProject, notify: setNotice });
  const checked = useRef(false);
  const lastUndo = useRef<{ redo: boolean; via: UndoVia; at: number } | null>(null);
  const dismissNotice = useCallback(() => setNotice(null), []);
  // the source shown in the coding view (opened from the Sources screen or with openSource())
  const coding = useOpenedSource(() => setScreen('sources'));

  useEffect(() => {
    document.title = `${project.name} - Activity Lens`;
    return () => {
      document.title = 'Activity Lens';
    };
  }, [project.name]);

  // the integrity check runs once, after the first screen is shown
  useEffect(() => {
    if (checked.current) return;
    checked.current = true;
    call('project.check', {}).then(
      (report) => {
        if (!report.ok) setIntegrity(report);
      },
      (e: unknown) => setNotice({ kind: 'error', text: toApiCallError(e).message }),
    );
  }, []);

  useApiEvent((event) => {
    if (event.type === 'progress') applyProgress(event);
  });

  function undoRedo(redo: boolean, via: UndoVia) {
    // one keystroke may arrive both as a key event and as a native-menu command
    const now = performance.now();
    const last = lastUndo.current;
    if (last && last.redo === redo && last.via !== via && now - last.at < 250) return;
    lastUndo.current = { redo, via, at: now };
    if (via === 'menu' && isTextEntry(document.activeElement)) {
      document.execCommand(redo ? 'redo' : 'undo');
      return;
    }
    if (project.readOnly) {
      setNotice({ kind: 'error', text: 'This project is open read-only, so there is nothing to undo or redo.' });
      return;
    }
    void (async () => {
      try {
        // ask first, so the message names what is undone (the status bar's copy may lag)
        const before = await call('undo.state', {});
        if (!(redo ? before.canRedo : before.canUndo)) {
          setNotice({ kind: 'info', text: redo ? 'Nothing to redo.' : 'Nothing to undo.' });
          return;
        }
        await call(redo ? 'undo.redo' : 'undo.undo', {});
        announceChange(redo ? 'redo' : 'undo');
        setNotice({ kind: 'info', text: redo ? `Redone: ${before.redoLabel ?? 'last change'}.` : `Undone: ${before.undoLabel ?? 'last change'}.` });
      } catch (e) {
        setNotice({ kind: 'error', text: toApiCallError(e).message });
      }
    })();
  }

  function restored(p: ProjectInfo) {
    onProject(p);
    setNotice({ kind: 'info', text: 'The backup was restored. The state before it is kept as a backup.' });
  }

  function runCommand(command: MenuCommand) {
    const target = screenForCommand(command);
    if (target) setScreen(target);
    else if (command === 'undo' || command === 'redo') undoRedo(command === 'redo', 'menu');
    else if (command === 'import-sources') {
      setScreen('sources');
      if (project.readOnly) setNotice({ kind: 'error', text: 'This project is open read-only, so sources cannot be imported. Save a copy to make changes.' });
      else setImportOpen(true);
    } else if (isFileCommand(command)) files.run(command);
  }

  useMenuCommand(runCommand);
  useShortcuts({
    navigate: (index) => {
      const target = SCREENS[index];
      if (target) setScreen(target.id);
    },
    undo: () => undoRedo(false, 'key'),
    redo: () => undoRedo(true, 'key'),
  });

  const menuItems: MenuItemDef[] = [
    { id: 'new-project', label: 'New project…' },
    { id: 'open-project', label: 'Open project…' },
    { id: 'open-demo', label: 'Open demo project' },
    { id: 'close-project', label: 'Close project' },
    { id: 'save-copy', label: 'Save a copy as…', separated: true },
    { id: 'snapshot', label: 'Take snapshot…', disabled: project.readOnly },
    { id: 'backups', label: 'Backups…' },
  ];
  const lastBackup = backups.data ? ([...backups.data].sort((a, b) => b.createdAt.localeCompare(a.createdAt))[0] ?? null) : undefined;

  return (
    <div className={inspectorOpen ? 'frame' : 'frame frame-inspector-collapsed'}>
      <header className="top-bar">
        <FileMenu items={menuItems} onChoose={(id) => (isFileCommand(id) ? files.run(id) : undefined)} />
        <span className="top-title">
          <span className="app-name">Activity Lens</span>
          <span className="project-name">{project.name}</span>
          {project.readOnly ? <span className="badge">read-only</span> : null}
        </span>
        <NoticeBar notice={notice} onDismiss={dismissNotice} />
      </header>
      <Navigator
        active={screen}
        onNavigate={(target) => {
          if (target === 'sources' && screen === 'sources') coding.close();
          setScreen(target);
        }}
      />
      <main className="work-area" aria-label={SCREENS.find((s) => s.id === screen)?.label}>
        {integrity ? <IntegrityBanner report={integrity} readOnly={project.readOnly} onRestored={restored} onDismiss={() => setIntegrity(null)} /> : null}
        <WorkArea
          screen={screen}
          project={project}
          selectedSourceId={selected?.id ?? null}
          onSelectSource={setSelected}
          onOpenSource={(source) => coding.open(source.id)}
          openedSource={coding.opened}
          onCloseSource={coding.close}
          importOpen={importOpen}
          onImportOpenChange={setImportOpen}
          notify={setNotice}
        />
      </main>
      <Inspector source={selected} open={inspectorOpen} onToggle={() => setInspectorOpen((o) => !o)} />
      <StatusBar project={project} stats={stats.data} undo={undoState.data} lastBackup={lastBackup} onError={(text) => setNotice({ kind: 'error', text })} />
      {files.dialogs}
    </div>
  );
}
