// Saves an exported file through the browser's download (Electron asks where to save it).
import type { ExportedFile } from '../../../shared/model/queries.ts';

// Starts the download of a file the host built (base64 bytes).
export function downloadFile(file: ExportedFile): void {
  const binary = atob(file.bytesBase64);
  const bytes = new Uint8Array(binary.length);
  for (let i = 0; i < binary.length; i++) bytes[i] = binary.charCodeAt(i);
  const url = URL.createObjectURL(new Blob([bytes], { type: file.mimeType }));
  const link = document.createElement('a');
  link.href = url;
  link.download = file.fileName;
  document.body.append(link);
  link.click();
  link.remove();
  setTimeout(() => URL.revokeObjectURL(url), 10_000);
}
