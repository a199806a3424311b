// File paths the export forms suggest: a name in the project's folder, with the folder's
// own separator (Windows or POSIX).

// Joins a folder and a file name with the folder's separator (just the name when there is no folder).
export function joinPath(folder: string, name: string): string {
  if (!folder) return name;
  const sep = folder.includes('\\') && !folder.includes('/') ? '\\' : '/';
  return folder.endsWith(sep) ? `${folder}${name}` : `${folder}${sep}${name}`;
}

// A file name safe on every system from a free text ("Q4: extracts" -> "Q4 extracts").
export function safeFileName(text: string, fallback: string): string {
  const cleaned = text.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120);
  return cleaned || fallback;
}
