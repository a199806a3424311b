// The File commands (menu button and Electron's native menu): new, open, demo, close,
// save a copy, snapshot, backups. Returns a runner and the dialogs it may show.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { ProjectInfo } from '../../../shared/model/entities.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { TextPromptDialog } from '../../components/text-prompt-dialog.tsx';
import { formatBytes } from '../../format.ts';
import { choosePath, projectPathProblem } from '../project/project-paths.ts';
import { ProjectPathDialog } from '../project/project-path-dialog.tsx';
import { BackupsDialog } from './backups-dialog.tsx';
import type { Notice } from './notice-bar.tsx';

export const FILE_COMMANDS = ['new-project', 'open-project', 'open-demo', 'close-project', 'save-copy', 'snapshot', 'backups'] as const;
export type FileCommand = (typeof FILE_COMMANDS)[number];

type FileDialog = 'new' | 'open' | 'save-copy' | 'snapshot' | 'backups';

export interface FileCommandsOptions {
  project: ProjectInfo;
  // a project was opened, created or restored (null: the project was closed)
  onProject(project: ProjectInfo | null): void;
  notify(notice: Notice): void;
}

// Tells whether a string is one of the File commands.
export function isFileCommand(value: string): value is FileCommand {
  return (FILE_COMMANDS as readonly string[]).includes(value);
}

// Saves a copy of the open project at a path, and says so.
async function saveCopy(path: string, notify: (notice: Notice) => void): Promise<void> {
  const copy = await call('project.saveCopyAs', { path });
  notify({ kind: 'info', text: `Saved a copy (${formatBytes(copy.bytes)}) as ${copy.path}.` });
}

interface FileDialogsProps extends FileCommandsOptions {
  dialog: FileDialog;
  onClose(): void;
}

// The dialog a File command opened (browser mode asks for paths in them).
function FileDialogs({ dialog, project, onProject, notify, onClose }: FileDialogsProps) {
  if (dialog === 'new' || dialog === 'open') {
    return (
      <ProjectPathDialog
        mode={dialog === 'new' ? 'create' : 'open'}
        onClose={onClose}
        onSubmit={async (v) => {
          const opened = dialog === 'new' ? await call('project.create', v.name ? { path: v.path, name: v.name } : { path: v.path }) : await call('project.open', { path: v.path, readOnly: v.readOnly });
          onProject(opened);
        }}
      />
    );
  }
  if (dialog === 'save-copy') {
    return (
      <TextPromptDialog
        title="Save a copy as"
        label="Full path of the copy"
        hint="For example /home/you/Research/study-copy.alens. The copy is a complete project file; this project stays open."
        submitLabel="Save copy"
        validate={(p) => projectPathProblem(p, true)}
        onSubmit={(path) => saveCopy(path, notify)}
        onClose={onClose}
      />
    );
  }
  if (dialog === 'snapshot') {
    return (
      <TextPromptDialog
        title="Take snapshot"
        label="Snapshot label"
        hint={'A name to find it by later, for example "before recoding question 4".'}
        submitLabel="Take snapshot"
        onSubmit={async (label) => {
          await call('backups.snapshot', { label });
          notify({ kind: 'info', text: `Snapshot "${label}" taken.` });
        }}
        onClose={onClose}
      />
    );
  }
  return (
    <BackupsDialog
      readOnly={project.readOnly}
      onRestored={(p) => {
        onProject(p);
        notify({ kind: 'info', text: 'The backup was restored. The state before it is kept as a backup.' });
      }}
      onClose={onClose}
    />
  );
}

// Runs File commands; native dialogs in Electron, typed paths in browser mode.
export function useFileCommands({ project, onProject, notify }: FileCommandsOptions): { run(command: FileCommand): void; dialogs: ReactNode } {
  const [dialog, setDialog] = useState<FileDialog | null>(null);

  function fail(error: unknown) {
    notify({ kind: 'error', text: toApiCallError(error).message });
  }

  async function runAsync(command: FileCommand) {
    switch (command) {
      case 'new-project': {
        const choice = await choosePath('create-project');
        if (!choice.supported) setDialog('new');
        else if (choice.path) onProject(await call('project.create', { path: choice.path }));
        return;
      }
      case 'open-project': {
        const choice = await choosePath('open-project');
        if (!choice.supported) setDialog('open');
        else if (choice.path) onProject(await call('project.open', { path: choice.path }));
        return;
      }
      case 'open-demo':
        onProject(await call('project.openDemo', {}));
        return;
      case 'close-project':
        await call('project.close', {});
        onProject(null);
        return;
      case 'save-copy': {
        const choice = await choosePath('save-copy');
        if (!choice.supported) setDialog('save-copy');
        else if (choice.path) await saveCopy(choice.path, notify);
        return;
      }
      case 'snapshot':
      case 'backups':
        setDialog(command);
        return;
    }
  }

  function run(command: FileCommand) {
    runAsync(command).catch(fail);
  }

  const dialogs = dialog ? <FileDialogs dialog={dialog} project={project} onProject={onProject} notify={notify} onClose={() => setDialog(null)} /> : null;
  return { run, dialogs };
}
