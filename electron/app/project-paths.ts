// Pure helpers about project and import file paths for the Electron shell: the
// extensions the native dialogs offer and the project named on a command line.
import path from 'node:path';
import { PROJECT_EXTENSION } from '../db/project-file.ts';

// The project extension as file dialogs' filters spell it (no dot).
export const PROJECT_FILTER_EXTENSION = PROJECT_EXTENSION.slice(1);

// File types the "Import sources" dialog offers (the importers' formats).
export const IMPORT_EXTENSIONS = ['txt', 'md', 'docx', 'odt', 'pdf', 'vtt', 'srt', 'qdpx'] as const;

// Finds the *.alens path on a command line (Chromium switches and the app path are skipped).
export function findProjectArgument(argv: readonly string[], workingDirectory: string): string | null {
  // argv[0] is the executable; in development argv[1] is the app folder ('.')
  for (const arg of argv.slice(1)) {
    if (arg.startsWith('-')) continue;
    if (path.extname(arg).toLowerCase() !== PROJECT_EXTENSION) continue;
    return path.resolve(workingDirectory, arg);
  }
  return null;
}

// Adds .alens to a path chosen in a save dialog when the platform's dialog did not.
export function withProjectExtension(filePath: string): string {
  return path.extname(filePath).toLowerCase() === PROJECT_EXTENSION ? filePath : `${filePath}${PROJECT_EXTENSION}`;
}
