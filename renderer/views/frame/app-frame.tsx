// The frame of an open project: top bar with the File menu, navigator, work area,
// inspector and status bar; keyboard shortcuts and Electron menu commands.
import { useCallback, useEffect, useEffectEvent, useRef, useState } from 'react';
import type { ReactNode } from 'react';
import type { IntegrityReport, ProjectInfo, SourceSummary } from '../../../shared/model/entities.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { useApiEvent } from '../../hooks/use-api-event.ts';
import { usePaneWidth } from '../../hooks/use-pane-width.ts';
import { useNarrowLayout } from '../../hooks/use-narrow-layout.ts';
import { useRememberedFlag } from '../../hooks/use-remembered-flag.ts';
import { applyProgress } from '../../jobs.ts';
import { useOpenedSource } from '../coding/open-source.ts';
import { WorkArea } from './work-area.tsx';
import { FileMenu } from './file-menu.tsx';
import type { MenuItemDef } from './file-menu.tsx';
import { isFileCommand, useFileCommands } from './file-commands.tsx';
import { FrameSides, DETAILS_WIDTH, NAVIGATOR_WIDTH } from './frame-sides.tsx';
import { KeyboardSettingsDialog } from './keyboard-settings-dialog.tsx';
import { IntegrityBanner } from './integrity-banner.tsx';
import { overlayToggles, useFrameOverlays } from './narrow-layout.tsx';
import { NoticeBar } from './notice-bar.tsx';
import type { Notice } from './notice-bar.tsx';
import { SCREENS } from './screens.ts';
import type { ScreenId } from './screens.ts';
import { FrameStatusBar } from './frame-status-bar.tsx';
import { useScreenFocus } from './use-screen-focus.ts';
import { useFrameCommands } from './use-frame-commands.ts';
import { useScreenRequests } from './screen-requests.ts';
import { useShortcutList } from './shortcut-list-dialog.tsx';
import { useUndoRedo } from './use-undo-redo.ts';

export interface AppFrameProps {
  project: ProjectInfo;
  onProject(project: ProjectInfo | null): void;
}

// The File menu's items (snapshots and encryption need a writable project; an encrypted one
// can be given another passphrase or decrypted, a plain one encrypted).
function fileMenuItems(project: ProjectInfo): MenuItemDef[] {
  const { readOnly, encrypted } = project;
  return [
    { id: 'new-project', label: 'New project…' },
    { id: 'open-project', label: 'Open project…' },
    { id: 'open-demo', label: 'Open demo project' },
    { id: 'close-project', label: 'Close project' },
    { id: 'save-copy', label: 'Save a copy as…', separated: true },
    { id: 'snapshot', label: 'Take snapshot…', disabled: readOnly },
    { id: 'backups', label: 'Backups…' },
    encrypted ? { id: 'change-passphrase', label: 'Change passphrase…', disabled: readOnly, separated: true } : { id: 'encrypt-project', label: 'Encrypt project…', disabled: readOnly, separated: true },
    ...(encrypted ? [{ id: 'decrypt-project', label: 'Remove encryption…', disabled: readOnly }] : []),
    { id: 'keyboard-settings', label: 'Keyboard shortcuts…', separated: true },
  ];
}

// The Help menu's items.
const HELP_ITEMS: MenuItemDef[] = [{ id: 'shortcut-list', label: 'Keyboard shortcut list (?)' }];

// The project file check, run once after the first screen is shown: its report when it found a problem.
function useIntegrityCheck(notify: (notice: Notice) => void): [IntegrityReport | null, () => void] {
  const [integrity, setIntegrity] = useState<IntegrityReport | null>(null);
  const checked = useRef(false);
  const onFailure = useEffectEvent((e: unknown) => notify({ kind: 'error', text: toApiCallError(e).message }));
  useEffect(() => {
    if (checked.current) return;
    checked.current = true;
    call('project.check', {}).then((report) => {
      if (!report.ok) setIntegrity(report);
    }, onFailure);
  }, []);
  return [integrity, () => setIntegrity(null)];
}

// The window's title names the open project.
function useDocumentTitle(projectName: string): void {
  useEffect(() => {
    document.title = `${projectName} - Activity Lens`;
    return () => {
      document.title = 'Activity Lens';
    };
  }, [projectName]);
}

interface TopBarProps {
  project: ProjectInfo;
  menuItems: MenuItemDef[];
  onMenu(id: string): void;
  notice: Notice | null;
  onDismissNotice(): void;
  // in a narrow window: the buttons that show the navigator (before the File menu) and the Details panel (at the end)
  leading?: ReactNode;
  trailing?: ReactNode;
}

// The File menu, the project's name (and read-only badge), and the latest notice.
function TopBar({ project, menuItems, onMenu, notice, onDismissNotice, leading, trailing }: TopBarProps) {
  return (
    <header className="top-bar">
      {leading}
      <FileMenu items={menuItems} onChoose={onMenu} />
      <FileMenu label="Help" items={HELP_ITEMS} onChoose={onMenu} />
      <span className="top-title">
        <span className="app-name">Activity Lens</span>
        <span className="project-name">{project.name}</span>
        {project.readOnly ? <span className="badge">read-only</span> : null}
      </span>
      <NoticeBar notice={notice} onDismiss={onDismissNotice} />
      {trailing}
    </header>
  );
}

// The Details panel belongs to the Sources screen and the coding view; the other screens
// have their own panes and get its width.
function frameClass(screen: ScreenId, inspectorOpen: boolean, narrow: boolean): string {
  if (narrow) return 'frame frame-narrow';
  if (screen !== 'sources') return 'frame frame-no-inspector';
  return inspectorOpen ? 'frame' : 'frame frame-inspector-collapsed';
}

// Arranges the screens of an open project and runs the commands that apply to all of them.
export function AppFrame({ project, onProject }: AppFrameProps) {
  const [screen, setScreen] = useState<ScreenId>('sources');
  const [selected, setSelected] = useState<SourceSummary | null>(null);
  const [inspectorOpen, setInspectorOpen] = useRememberedFlag('inspector-open', true);
  const [navWidth, setNavWidth] = usePaneWidth(project.guid, 'navigator', NAVIGATOR_WIDTH);
  const [inspectorWidth, setInspectorWidth] = usePaneWidth(project.guid, 'details', DETAILS_WIDTH);
  const narrow = useNarrowLayout();
  const overlays = useFrameOverlays(narrow);
  const [notice, setNotice] = useState<Notice | null>(null);
  const [importOpen, setImportOpen] = useState(false);
  const [keyboardOpen, setKeyboardOpen] = useState(false);
  const shortcutList = useShortcutList(() => setKeyboardOpen(true));
  const files = useFileCommands({ project, onProject, notify: setNotice });
  const dismissNotice = useCallback(() => setNotice(null), []);
  // the source shown in the coding view (opened from the Sources screen or with openSource())
  const coding = useOpenedSource(() => setScreen('sources'));

  useDocumentTitle(project.name);
  const [integrity, dismissIntegrity] = useIntegrityCheck(setNotice);
  const undoRedo = useUndoRedo(project.readOnly, setNotice);

  useApiEvent((event) => {
    if (event.type === 'progress') applyProgress(event);
  });

  function restored(p: ProjectInfo) {
    onProject(p);
    setNotice({ kind: 'info', text: 'The backup was restored. The state before it is kept as a backup.' });
  }

  useFrameCommands({ project, setScreen, closeSource: coding.close, undoRedo, openImport: () => setImportOpen(true), runFile: files.run, notify: setNotice });
  useScreenRequests(setScreen);
  const focusScreen = useScreenFocus();

  return (
    <div className={frameClass(screen, inspectorOpen, narrow)} style={{ '--nav-width': `${navWidth}px`, '--inspector-width': `${inspectorWidth}px` }}>
      <TopBar
        project={project}
        menuItems={fileMenuItems(project)}
        onMenu={(id) => (isFileCommand(id) ? files.run(id) : id === 'keyboard-settings' ? setKeyboardOpen(true) : id === 'shortcut-list' ? shortcutList.show() : undefined)}
        notice={notice}
        onDismissNotice={dismissNotice}
        {...(narrow ? overlayToggles(overlays, screen === 'sources') : {})}
      />
      <main className="work-area" aria-label={SCREENS.find((s) => s.id === screen)?.label}>
        {integrity ? <IntegrityBanner report={integrity} readOnly={project.readOnly} onRestored={restored} onDismiss={dismissIntegrity} /> : null}
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
      <FrameSides
        screen={screen}
        onNavigate={(target) => {
          if (target === 'sources' && screen === 'sources') coding.close();
          setScreen(target);
          if (narrow) focusScreen();
        }}
        navigator={{ width: navWidth, onResize: setNavWidth }}
        details={{ width: inspectorWidth, onResize: setInspectorWidth, open: inspectorOpen, onToggle: () => setInspectorOpen(!inspectorOpen), sourceId: coding.opened?.sourceId ?? selected?.id ?? null }}
        overlays={narrow ? overlays : null}
      />
      <FrameStatusBar project={project} onError={(text) => setNotice({ kind: 'error', text })} />
      {files.dialogs}
      {shortcutList.dialog}
      {keyboardOpen ? <KeyboardSettingsDialog onSaved={() => setNotice({ kind: 'info', text: 'Keyboard shortcuts saved.' })} onClose={() => setKeyboardOpen(false)} /> : null}
    </div>
  );
}
