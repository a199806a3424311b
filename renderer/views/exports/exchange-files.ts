// Files crossing the window for REFI-QDA exchange: saving returned bytes as a download,
// and suggesting paths next to the open project.

// Turns base64 into bytes.
export function base64ToBytes(base64: string): Uint8Array<ArrayBuffer> {
  const binary = atob(base64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  return bytes;
}

// Offers bytes to the researcher as a file download (the browser or Electron asks where to save).
export function downloadBytes(base64: string, fileName: string, type: string): void {
  const url = URL.createObjectURL(new Blob([base64ToBytes(base64)], { type }));
  const link = document.createElement('a');
  link.href = url;
  link.download = fileName;
  link.style.display = 'none';
  document.body.append(link);
  link.click();
  link.remove();
  window.setTimeout(() => URL.revokeObjectURL(url), 10_000);
}

// The folder of a path, with its separator ("/home/you/Research/").
export function folderOf(path: string): string {
  const cut = Math.max(path.lastIndexOf('/'), path.lastIndexOf('\\'));
  return cut >= 0 ? path.slice(0, cut + 1) : '';
}

// A file name made safe on every system from a project or file name.
export function safeFileName(name: string): string {
  return name.replace(/[\\/:*?"<>|\u0000-\u001f]+/g, ' ').replace(/\s+/g, ' ').trim().slice(0, 120) || 'project';
}

// Tells whether a typed path is absolute (Linux, macOS or Windows).
export function isAbsolute(path: string): boolean {
  return path.startsWith('/') || /^[A-Za-z]:[\\/]/.test(path) || path.startsWith('\\\\');
}

// Why a typed host path for a file of this kind will not do, or null.
export function hostPathProblem(path: string, extension: string): string | null {
  const p = path.trim();
  if (p === '') return 'Enter the full path of the file.';
  if (!isAbsolute(p)) return 'Enter a full path, starting at the root of the disk.';
  if (!p.toLowerCase().endsWith(extension)) return `The file name must end in ${extension}.`;
  return null;
}
