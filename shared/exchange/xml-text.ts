// Writing XML text safely: escaping for attributes and element content, and removing
// the characters XML 1.0 cannot carry at all (they would make the file unreadable).

// Characters XML 1.0 forbids: C0 controls other than tab/LF/CR, lone surrogates, U+FFFE/U+FFFF.
const FORBIDDEN = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\uFFFE\uFFFF]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;

// Replaces characters XML cannot carry with U+FFFD; returns the text and how many were replaced.
export function xmlSafe(text: string): { text: string; replaced: number } {
  let replaced = 0;
  const out = text.replace(FORBIDDEN, () => {
    replaced++;
    return '\uFFFD';
  });
  return { text: out, replaced };
}

// Escapes text for element content.
export function escapeText(text: string): string {
  return xmlSafe(text).text.replace(/&/g, '&amp;').replace(/</g, '&lt;').replace(/>/g, '&gt;').replace(/\r/g, '&#13;');
}

// Escapes text for a double-quoted attribute value (line breaks and tabs kept as character references).
export function escapeAttribute(text: string): string {
  return xmlSafe(text)
    .text.replace(/&/g, '&amp;')
    .replace(/</g, '&lt;')
    .replace(/>/g, '&gt;')
    .replace(/"/g, '&quot;')
    .replace(/\n/g, '&#10;')
    .replace(/\r/g, '&#13;')
    .replace(/\t/g, '&#9;');
}

export type XmlAttributes = Record<string, string | number | boolean | undefined | null>;

const FLUSH_CHARS = 64 * 1024;

// Collects XML text in pieces (a project can hold millions of elements); with a sink, hands
// the text on about 64 KB at a time instead of holding it all.
export class XmlWriter {
  private parts: string[] = ['<?xml version="1.0" encoding="UTF-8"?>\n'];
  private buffered = 0;
  private depth = 0;

  constructor(private readonly sink?: (chunk: string) => void) {}

  private push(part: string): void {
    this.parts.push(part);
    if (this.sink === undefined) return;
    this.buffered += part.length;
    if (this.buffered >= FLUSH_CHARS) this.flush();
  }

  // Hands what is buffered to the sink.
  flush(): void {
    if (this.sink === undefined || this.parts.length === 0) return;
    this.sink(this.parts.join(''));
    this.parts = [];
    this.buffered = 0;
  }

  private attrs(attributes: XmlAttributes): string {
    let out = '';
    for (const [name, value] of Object.entries(attributes)) {
      if (value === undefined || value === null) continue;
      out += ` ${name}="${escapeAttribute(String(value))}"`;
    }
    return out;
  }

  private indent(): string {
    return '  '.repeat(this.depth);
  }

  // Opens an element with children.
  open(name: string, attributes: XmlAttributes = {}): void {
    this.push(`${this.indent()}<${name}${this.attrs(attributes)}>\n`);
    this.depth++;
  }

  // Closes the element opened last.
  close(name: string): void {
    this.depth--;
    this.push(`${this.indent()}</${name}>\n`);
  }

  // Writes an element without children.
  empty(name: string, attributes: XmlAttributes = {}): void {
    this.push(`${this.indent()}<${name}${this.attrs(attributes)}/>\n`);
  }

  // Writes an element holding only text (kept exactly: no indentation inside).
  text(name: string, text: string, attributes: XmlAttributes = {}): void {
    this.push(`${this.indent()}<${name}${this.attrs(attributes)}>${escapeText(text)}</${name}>\n`);
  }

  // The document written so far (what has not gone to the sink).
  toString(): string {
    return this.parts.join('');
  }
}
