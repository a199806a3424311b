// Native open/save dialogs for the host's app.choosePath (Electron binding only).
import path from 'node:path';
import { app, dialog } from 'electron';
import type { BrowserWindow, FileFilter, OpenDialogOptions, SaveDialogOptions } from 'electron';
import type { NativeDialogs } from './app-host.ts';
import { IMPORT_EXTENSIONS, PROJECT_FILTER_EXTENSION, withProjectExtension } from './project-paths.ts';

const PROJECT_FILTERS: FileFilter[] = [{ name: 'Activity Lens projects', extensions: [PROJECT_FILTER_EXTENSION] }];
const IMPORT_FILTERS: FileFilter[] = [
  { name: 'Transcripts, reports and QDA projects', extensions: [...IMPORT_EXTENSIONS] },
  { name: 'Text (.txt, .md)', extensions: ['txt', 'md'] },
  { name: 'Documents (.docx, .odt, .pdf)', extensions: ['docx', 'odt', 'pdf'] },
  { name: 'Subtitles (.vtt, .srt)', extensions: ['vtt', 'srt'] },
  { name: 'REFI-QDA projects (.qdpx)', extensions: ['qdpx'] },
];

async function openPaths(win: BrowserWindow | null, options: OpenDialogOptions): Promise<string[]> {
  const result = win ? await dialog.showOpenDialog(win, options) : await dialog.showOpenDialog(options);
  return result.canceled ? [] : result.filePaths;
}

async function savePath(win: BrowserWindow | null, options: SaveDialogOptions): Promise<string[]> {
  const result = win ? await dialog.showSaveDialog(win, options) : await dialog.showSaveDialog(options);
  return result.canceled || !result.filePath ? [] : [withProjectExtension(result.filePath)];
}

// Builds the NativeDialogs the host uses, attached to whichever window is current.
export function createNativeDialogs(getWindow: () => BrowserWindow | null): NativeDialogs {
  return {
    choosePath(purpose) {
      const win = getWindow();
      const documents = app.getPath('documents');
      switch (purpose) {
        case 'open-project':
          return openPaths(win, { title: 'Open project', properties: ['openFile'], filters: PROJECT_FILTERS });
        case 'create-project':
          return savePath(win, {
            title: 'New project',
            buttonLabel: 'Create',
            defaultPath: path.join(documents, `Untitled.${PROJECT_FILTER_EXTENSION}`),
            filters: PROJECT_FILTERS,
            properties: ['createDirectory', 'showOverwriteConfirmation'],
          });
        case 'save-copy':
          return savePath(win, {
            title: 'Save a copy as',
            defaultPath: path.join(documents, `Copy.${PROJECT_FILTER_EXTENSION}`),
            filters: PROJECT_FILTERS,
            properties: ['createDirectory', 'showOverwriteConfirmation'],
          });
        case 'import-sources':
          return openPaths(win, { title: 'Import sources', properties: ['openFile', 'multiSelections'], filters: IMPORT_FILTERS });
      }
    },
  };
}
