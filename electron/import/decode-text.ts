// Turns the bytes of a plain-text file into a string: UTF-8 (with or without BOM),
// UTF-16 LE/BE with BOM, and Windows-1252 when the bytes are not valid UTF-8 (said so).

export interface DecodedText {
  text: string;
  encoding: 'utf-8' | 'utf-16le' | 'utf-16be' | 'windows-1252';
  // a note for the researcher when the guess may be wrong
  warning: string | null;
}

// Decodes a text file's bytes, reporting which encoding was used.
export function decodeTextBytes(bytes: Uint8Array): DecodedText {
  const bomless = sniffUtf16WithoutBom(bytes);
  if (bomless !== null) {
    return {
      text: new TextDecoder(bomless).decode(bytes),
      encoding: bomless,
      warning: `The file has no byte-order mark but looks like ${bomless === 'utf-16le' ? 'UTF-16 (little-endian)' : 'UTF-16 (big-endian)'}, so it was read as that. Check the text.`,
    };
  }
  if (bytes.length >= 2 && bytes[0] === 0xff && bytes[1] === 0xfe) {
    return { text: new TextDecoder('utf-16le').decode(bytes.subarray(2)), encoding: 'utf-16le', warning: null };
  }
  if (bytes.length >= 2 && bytes[0] === 0xfe && bytes[1] === 0xff) {
    return { text: new TextDecoder('utf-16be').decode(bytes.subarray(2)), encoding: 'utf-16be', warning: null };
  }
  const body = bytes.length >= 3 && bytes[0] === 0xef && bytes[1] === 0xbb && bytes[2] === 0xbf ? bytes.subarray(3) : bytes;
  try {
    return { text: new TextDecoder('utf-8', { fatal: true }).decode(body), encoding: 'utf-8', warning: null };
  } catch {
    return {
      text: decodeWindows1252(body),
      encoding: 'windows-1252',
      warning: 'The file is not valid UTF-8, so it was read as Windows-1252 (Western European). Check accented letters and quotation marks.',
    };
  }
}

// Windows-1252's characters for bytes 0x80-0x9F (the rest is ISO-8859-1); 0 = unassigned.
const CP1252_HIGH = [
  0x20ac, 0, 0x201a, 0x0192, 0x201e, 0x2026, 0x2020, 0x2021, 0x02c6, 0x2030, 0x0160, 0x2039, 0x0152, 0, 0x017d, 0,
  0, 0x2018, 0x2019, 0x201c, 0x201d, 0x2022, 0x2013, 0x2014, 0x02dc, 0x2122, 0x0161, 0x203a, 0x0153, 0, 0x017e, 0x0178,
];

// Decodes Windows-1252 bytes (Node's TextDecoder treats the label as ISO-8859-1, losing curly quotes and dashes).
export function decodeWindows1252(bytes: Uint8Array): string {
  const latin1 = new TextDecoder('latin1').decode(bytes);
  return latin1.replace(/[\u0080-\u009f]/gu, (c) => {
    const mapped = CP1252_HIGH[c.charCodeAt(0) - 0x80] ?? 0;
    return mapped === 0 ? c : String.fromCharCode(mapped);
  });
}

// Finds UTF-16 text saved without a byte-order mark: every other byte of ASCII-range text is zero.
export function sniffUtf16WithoutBom(bytes: Uint8Array): 'utf-16le' | 'utf-16be' | null {
  if (bytes.length < 4 || bytes.length % 2 !== 0) return null;
  if ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff)) return null;
  const sample = bytes.subarray(0, Math.min(bytes.length, 8192));
  let evenZero = 0;
  let oddZero = 0;
  for (let i = 0; i + 1 < sample.length; i += 2) {
    if (sample[i] === 0) evenZero++;
    if (sample[i + 1] === 0) oddZero++;
  }
  const pairs = Math.floor(sample.length / 2);
  if (oddZero > pairs * 0.6 && evenZero < pairs * 0.05) return 'utf-16le';
  if (evenZero > pairs * 0.6 && oddZero < pairs * 0.05) return 'utf-16be';
  return null;
}

// Tells whether bytes look like a binary file rather than text: NUL bytes (outside UTF-16) or many control characters.
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  if (sniffUtf16WithoutBom(bytes) !== null) return false;
  const sample = bytes.subarray(0, 65536);
  if (sample.includes(0)) return true;
  let control = 0;
  for (const b of sample) {
    // C0 controls other than tab, line feed, vertical tab, form feed, carriage return and escape
    if (b < 0x20 && b !== 0x09 && b !== 0x0a && b !== 0x0b && b !== 0x0c && b !== 0x0d && b !== 0x1b) control++;
  }
  return control > Math.max(8, sample.length * 0.02);
}
