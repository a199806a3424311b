// Reads a File chosen in the page as base64, the form sources.importFile takes bytes in.

const CHUNK = 0x8000;

// Encodes bytes as base64 without building one huge argument list.
export function bytesToBase64(bytes: Uint8Array): string {
  let binary = '';
  for (let i = 0; i < bytes.length; i += CHUNK) {
    binary += String.fromCharCode(...bytes.subarray(i, i + CHUNK));
  }
  return btoa(binary);
}

// Reads a file as an ArrayBuffer and returns its bytes as base64.
export async function fileToBase64(file: File): Promise<string> {
  return bytesToBase64(new Uint8Array(await file.arrayBuffer()));
}
