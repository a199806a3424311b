// The source texts of a .qdpx import while it is written: the reader process sends each
// text (UTF-8) as it reads it, they wait in a temporary file (readable by this user only)
// rather than in memory, and each is read back when the writer reaches its source.
import { closeSync, openSync, readSync, rmSync, writeSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { randomBytes } from 'node:crypto';

// A temporary file of texts, each kept by its index; remove() deletes it.
export class TextSpool {
  private readonly path = join(tmpdir(), `activity-lens-import-${process.pid}-${randomBytes(6).toString('hex')}.texts`);
  private readonly fd = openSync(this.path, 'wx+', 0o600);
  private size = 0;
  private readonly places = new Map<number, { at: number; length: number }>();
  private readonly decoder = new TextDecoder('utf-8');

  // Keeps the text at `index`.
  add(index: number, bytes: Uint8Array): void {
    let written = 0;
    while (written < bytes.length) written += writeSync(this.fd, bytes, written, bytes.length - written, this.size + written);
    this.places.set(index, { at: this.size, length: bytes.length });
    this.size += bytes.length;
  }

  // Reads the text at `index` back.
  read(index: number): string {
    const place = this.places.get(index);
    if (place === undefined) throw new Error(`the text of source ${index + 1} did not come from the reader`);
    const bytes = Buffer.alloc(place.length);
    let read = 0;
    while (read < place.length) {
      const n = readSync(this.fd, bytes, read, place.length - read, place.at + read);
      if (n === 0) throw new Error(`the text of source ${index + 1} was cut short on disk`);
      read += n;
    }
    return this.decoder.decode(bytes);
  }

  // Deletes the file.
  remove(): void {
    closeSync(this.fd);
    rmSync(this.path, { force: true });
  }
}
