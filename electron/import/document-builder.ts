// Assembles a reader's blocks into one canonical text (NFC, `\n`) with code-point ranges.
// Blocks are separated by a blank line; rows of one table by a single line break.
import { ApiError } from '../../shared/errors.ts';
import type { BlockKind, DocumentBlock, ImportedDocument, ImportFormat } from '../../shared/model/import.ts';
import { codePointLength } from '../../shared/text/code-points.ts';
import { tidySpeaker } from '../../shared/text/speaker-labels.ts';
import { LIMITS } from './limits.ts';

export interface BlockOptions {
  // the speaker of a 'turn' or 'label' block
  speaker?: string | null;
  // the label marker as it starts the block's text ("Jane Smith:", "[00:01:02] Jane:")
  labelText?: string | null;
  timestamp?: string | null;
  page?: number | null;
  // blocks with the same group (rows of one table) are joined by one line break
  group?: string | null;
}

// Control characters a document's text should not carry (tab and line feed stay).
const CONTROL = /[\u0000-\u0008\u000b\u000c\u000e-\u001f\u007f]/gu;

// Canonical form of one block's text: `\n` line ends, no stray controls, NFC, no blank lines at its ends.
export function cleanBlockText(raw: string): string {
  return raw
    .replace(/\r\n?/gu, '\n')
    .replace(/\u2028|\u2029/gu, '\n')
    .replace(CONTROL, '')
    .normalize('NFC')
    .replace(/^\s*\n/u, '')
    .replace(/\s+$/u, '')
    .replace(/^[ \t]+(?=\S)/u, '');
}

export class DocumentBuilder {
  private readonly parts: string[] = [];
  private readonly blocks: DocumentBlock[] = [];
  private length = 0;
  private lastGroup: string | null = null;
  private readonly format: ImportFormat;
  private readonly fileName: string;

  constructor(format: ImportFormat, fileName: string) {
    this.format = format;
    this.fileName = fileName;
  }

  // Number of blocks added so far.
  get size(): number {
    return this.blocks.length;
  }

  // Adds one block; empty text is skipped. A label that does not start the text is dropped.
  add(kind: BlockKind, rawText: string, options: BlockOptions = {}): void {
    const text = cleanBlockText(rawText);
    if (text.length === 0) return;
    let blockKind = kind;
    let labelLength: number | null = null;
    if (kind === 'turn' || kind === 'label') {
      const label = options.labelText ? cleanBlockText(options.labelText) : '';
      if (label.length > 0 && text.startsWith(label) && options.speaker) labelLength = codePointLength(label);
      else blockKind = 'text';
    }
    const group = options.group ?? null;
    if (this.parts.length > 0) {
      const joiner = group !== null && group === this.lastGroup ? '\n' : '\n\n';
      this.parts.push(joiner);
      this.length += joiner.length;
    }
    const start = this.length;
    const size = codePointLength(text);
    this.parts.push(text);
    this.length += size;
    if (this.length > LIMITS.maxTextLength) {
      throw new ApiError('TOO_LARGE', `${this.fileName} holds more than ${LIMITS.maxTextLength.toLocaleString('en-GB')} characters of text, the most one source may have. Split it into smaller files. Nothing was imported.`);
    }
    this.lastGroup = group;
    const labelled = labelLength !== null;
    this.blocks.push({
      kind: blockKind,
      start,
      end: start + size,
      speaker: labelled ? tidySpeaker((options.speaker ?? '').normalize('NFC')) : null,
      labelStart: labelled ? start : null,
      labelEnd: labelled ? start + (labelLength ?? 0) : null,
      timestamp: options.timestamp ?? null,
      page: options.page ?? null,
    });
  }

  // The finished document.
  build(extra: { warnings?: string[]; encoding?: string | null; pages?: number | null } = {}): ImportedDocument {
    return {
      format: this.format,
      text: this.parts.join(''),
      blocks: this.blocks,
      warnings: extra.warnings ?? [],
      encoding: extra.encoding ?? null,
      pages: extra.pages ?? null,
    };
  }
}
