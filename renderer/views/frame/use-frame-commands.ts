// The commands every screen of the frame answers: the native menu's (screens, undo, redo,
// import, File) and the window's keys (Ctrl+1..8, Ctrl+Z, Ctrl+Shift+Z / Ctrl+Y). A switch
// of screen this way goes to the Sources list (not the last source opened) and puts the
// focus on the new screen's heading.
import type { MenuCommand } from '../../../shared/api.ts';
import type { ProjectInfo } from '../../../shared/model/entities.ts';
import { useMenuCommand } from '../../hooks/use-api-event.ts';
import type { FileCommand } from './file-commands.tsx';
import { isFileCommand } from './file-commands.tsx';
import type { Notice } from './notice-bar.tsx';
import { SCREENS, screenForCommand } from './screens.ts';
import type { ScreenId } from './screens.ts';
import { useScreenFocus } from './use-screen-focus.ts';
import { useShortcuts } from './use-shortcuts.ts';

export interface FrameCommandDeps {
  project: ProjectInfo;
  setScreen(screen: ScreenId): void;
  // closes the coding view (back to the Sources list)
  closeSource(): void;
  undoRedo(redo: boolean, via: 'menu' | 'key'): void;
  openImport(): void;
  runFile(command: FileCommand): void;
  notify(notice: Notice): void;
}

// Listens for the menu's commands and the frame's keys while mounted.
export function useFrameCommands({ project, setScreen, closeSource, undoRedo, openImport, runFile, notify }: FrameCommandDeps): void {
  const focusScreen = useScreenFocus();
  function switchScreen(target: ScreenId) {
    if (target === 'sources') closeSource();
    setScreen(target);
    focusScreen();
  }

  useMenuCommand((command: MenuCommand) => {
    const target = screenForCommand(command);
    if (target) switchScreen(target);
    else if (command === 'undo' || command === 'redo') undoRedo(command === 'redo', 'menu');
    else if (command === 'import-sources') {
      setScreen('sources');
      if (project.readOnly) notify({ kind: 'error', text: 'This project is open read-only, so sources cannot be imported. Save a copy to make changes.' });
      else openImport();
    } else if (isFileCommand(command)) runFile(command);
  });
  useShortcuts({
    navigate: (index) => {
      const target = SCREENS[index];
      if (target) switchScreen(target.id);
    },
    undo: () => undoRedo(false, 'key'),
    redo: () => undoRedo(true, 'key'),
  });
}
