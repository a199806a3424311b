// Choosing project paths: the native dialog where the binding has one, else a typed path.
import { call } from '../../api.ts';
import type { ProjectPathValues } from './project-path-form.tsx';

export type PathPurpose = 'open-project' | 'create-project' | 'save-copy' | 'import-sources';

export type PathChoice = { supported: false } | { supported: true; path: string | null };

// Asks the host for a native file dialog; supported: false means "ask for a typed path".
export async function choosePath(purpose: PathPurpose): Promise<PathChoice> {
  const answer = await call('app.choosePath', { purpose });
  if (!answer.supported) return { supported: false };
  return { supported: true, path: answer.paths[0] ?? null };
}

// Tells whether a path is absolute on Linux, macOS or Windows.
export function isAbsolutePath(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

// Returns why a typed project path is not acceptable, or null when it is.
export function projectPathProblem(path: string, mustBeProjectFile: boolean): string | null {
  const p = path.trim();
  if (p === '') return 'Enter the full path of the project file.';
  if (!isAbsolutePath(p)) return 'Enter a full path, starting at the root of the disk (for example /home/you/Research/study.alens or C:\\Research\\study.alens).';
  if (mustBeProjectFile && !/\.alens$/i.test(p)) return 'A project file name ends in .alens (for example study.alens).';
  return null;
}

// The request that creates the project a form describes (named, encrypted, or neither).
export function createRequest(values: ProjectPathValues): { path: string; name?: string; passphrase?: string } {
  return { path: values.path, ...(values.name ? { name: values.name } : {}), ...(values.passphrase === null ? {} : { passphrase: values.passphrase }) };
}
