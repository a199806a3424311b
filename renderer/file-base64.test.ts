// Base64 of picked files, including sizes over one chunk.
import { describe, expect, it } from 'vitest';
import { bytesToBase64 } from './file-base64.ts';

describe('bytesToBase64', () => {
  it.each([0, 1, 2, 3, 0x8000 - 1, 0x8000, 0x8000 * 3 + 7])('matches Buffer for %i bytes', (n) => {
    const bytes = new Uint8Array(n).map((_, i) => (i * 31 + 7) % 256);
    expect(bytesToBase64(bytes)).toBe(Buffer.from(bytes).toString('base64'));
  });
});
