// The File commands (menu button and Electron's native menu): new, open, demo, close,
// save a copy, snapshot, backups, and the project's encryption. Returns a runner and the
// dialogs it may show.
import { useState } from 'react';
import type { ReactNode } from 'react';
import type { ProjectInfo } from '../../../shared/model/entities.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { TextPromptDialog } from '../../components/text-prompt-dialog.tsx';
import { formatBytes } from '../../format.ts';
import { openProjectAsking, usePassphrasePrompt } from '../project/passphrase-prompt.tsx';
import type { AskPassphrase } from '../project/passphrase-prompt.tsx';
import { choosePath, createRequest, projectPathProblem } from '../project/project-paths.ts';
import { ProjectPathDialog } from '../project/project-path-dialog.tsx';
import { BackupsDialog } from './backups-dialog.tsx';
import { EncryptionDialog, encryptionNotice } from './encryption-dialog.tsx';
import type { EncryptionMode } from './encryption-dialog.tsx';
import type { Notice } from './notice-bar.tsx';

export const FILE_COMMANDS = ['new-project', 'open-project', 'open-demo', 'close-project', 'save-copy', 'snapshot', 'backups', 'encrypt-project', 'change-passphrase', 'decrypt-project'] as const;
export type FileCommand = (typeof FILE_COMMANDS)[number];

type FileDialog = { kind: 'new'; path: string } | { kind: 'open' | 'save-copy' | 'snapshot' | 'backups' } | { kind: 'encryption'; mode: EncryptionMode };

const ENCRYPTION_MODES: Partial<Record<FileCommand, EncryptionMode>> = { 'encrypt-project': 'encrypt', 'change-passphrase': 'change', 'decrypt-project': 'decrypt' };

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
  ask: AskPassphrase;
  onClose(): void;
}

// The dialog a File command opened (browser mode asks for paths in them).
function FileDialogs({ dialog, project, onProject, notify, ask, onClose }: FileDialogsProps) {
  if (dialog.kind === 'new' || dialog.kind === 'open') {
    return (
      <ProjectPathDialog
        mode={dialog.kind === 'new' ? 'create' : 'open'}
        initialPath={dialog.kind === 'new' ? dialog.path : ''}
        onClose={onClose}
        onSubmit={async (v) => {
          const opened = dialog.kind === 'new' ? await call('project.create', createRequest(v)) : await openProjectAsking(v.path, v.readOnly, ask);
          if (opened) onProject(opened);
        }}
      />
    );
  }
  if (dialog.kind === 'encryption') {
    return (
      <EncryptionDialog
        mode={dialog.mode}
        onChanged={(change, mode) => {
          onProject(change.project);
          notify({ kind: change.backupsNotChanged.length === 0 ? 'info' : 'error', text: encryptionNotice(change, mode) });
        }}
        onClose={onClose}
      />
    );
  }
  if (dialog.kind === 'save-copy') {
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
  if (dialog.kind === 'snapshot') {
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
  const passphrase = usePassphrasePrompt();

  function fail(error: unknown) {
    notify({ kind: 'error', text: toApiCallError(error).message });
  }

  async function runAsync(command: FileCommand) {
    switch (command) {
      case 'new-project': {
        // the dialog asks for a name and whether to encrypt, with the path chosen natively if it can be
        const choice = await choosePath('create-project');
        if (!choice.supported) setDialog({ kind: 'new', path: '' });
        else if (choice.path) setDialog({ kind: 'new', path: choice.path });
        return;
      }
      case 'open-project': {
        const choice = await choosePath('open-project');
        if (!choice.supported) setDialog({ kind: 'open' });
        else if (choice.path) {
          const opened = await openProjectAsking(choice.path, false, passphrase.ask);
          if (opened) onProject(opened);
        }
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
        if (!choice.supported) setDialog({ kind: 'save-copy' });
        else if (choice.path) await saveCopy(choice.path, notify);
        return;
      }
      case 'snapshot':
      case 'backups':
        setDialog({ kind: command });
        return;
      case 'encrypt-project':
      case 'change-passphrase':
      case 'decrypt-project': {
        const mode = ENCRYPTION_MODES[command];
        if (mode) setDialog({ kind: 'encryption', mode });
        return;
      }
    }
  }

  function run(command: FileCommand) {
    runAsync(command).catch(fail);
  }

  const dialogs = (
    <>
      {dialog ? <FileDialogs dialog={dialog} project={project} onProject={onProject} notify={notify} ask={passphrase.ask} onClose={() => setDialog(null)} /> : null}
      {passphrase.prompt}
    </>
  );
  return { run, dialogs };
}
