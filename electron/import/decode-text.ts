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
      text: new TextDecoder('windows-1252').decode(body),
      encoding: 'windows-1252',
      warning: 'The file is not valid UTF-8, so it was read as Windows-1252 (Western European). Check accented letters and quotation marks.',
    };
  }
}

// Tells whether bytes look like a binary file rather than text (NUL bytes outside UTF-16).
export function looksBinary(bytes: Uint8Array): boolean {
  if (bytes.length >= 2 && ((bytes[0] === 0xff && bytes[1] === 0xfe) || (bytes[0] === 0xfe && bytes[1] === 0xff))) return false;
  const sample = bytes.subarray(0, 8192);
  return sample.includes(0);
}
