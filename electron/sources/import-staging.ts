// Staging: a file is read (in the reader process) and held by the host with what the
// researcher needs to confirm it - detected speakers with suggestions, a preview, the
// counts of turns/paragraphs/headings/table rows, and whether its content is already in
// the project. Nothing is written to the project until the staged file is committed.
import { createHash, randomUUID } from 'node:crypto';
import { ApiError } from '../../shared/errors.ts';
import type { FailedFile, ImportedDocument, StagedFile, StageOutcome } from '../../shared/model/import.ts';
import { codePointLength } from '../../shared/text/code-points.ts';
import { passphraseOf } from '../db/connection.ts';
import { damagedProjectError } from '../db/integrity.ts';
import type { Store } from '../db/store.ts';
import type { ParseRunner } from '../infra/reader-runner.ts';
import { analyseDocument } from '../import/segment-document.ts';
import { speakerIndexOf } from './speaker-cases.ts';
import { suggestSource } from './import-suggest.ts';
import { sourceQueries } from './queries.ts';

export interface StagedEntry {
  file: StagedFile;
  doc: ImportedDocument;
  textHash: string;
  bytesHash: string;
  stagedAt: number;
}

// What the host holds between staging and commit; old entries are dropped.
export class StagingArea {
  private readonly entries = new Map<string, StagedEntry>();
  private readonly maxAgeMs: number;
  private readonly maxCharacters: number;

  constructor(maxAgeMs = 6 * 60 * 60 * 1000, maxCharacters = 400_000_000) {
    this.maxAgeMs = maxAgeMs;
    this.maxCharacters = maxCharacters;
  }

  // Holds an entry, dropping the oldest ones when too much text is held.
  put(entry: StagedEntry): void {
    this.sweep(entry.stagedAt);
    this.entries.set(entry.file.token, entry);
    let held = [...this.entries.values()].reduce((sum, e) => sum + e.doc.text.length, 0);
    for (const [token, e] of this.entries) {
      if (held <= this.maxCharacters || token === entry.file.token) break;
      this.entries.delete(token);
      held -= e.doc.text.length;
    }
  }

  get(token: string): StagedEntry | undefined {
    return this.entries.get(token);
  }

  // Forgets staged files (imported, or the dialog was closed).
  discard(tokens: readonly string[]): void {
    for (const token of tokens) this.entries.delete(token);
  }

  get size(): number {
    return this.entries.size;
  }

  private sweep(now: number): void {
    for (const [token, e] of this.entries) if (now - e.stagedAt > this.maxAgeMs) this.entries.delete(token);
  }
}

// SHA-256 of text or bytes, hex.
export function sha256(data: string | Uint8Array): string {
  return createHash('sha256').update(data).digest('hex');
}

// The source that already holds this content (same text, or same original bytes), if any.
export function findDuplicate(store: Store, textHash: string, bytesHash: string): { id: number; name: string } | null {
  return sourceQueries(store).withContentHash.get(textHash, bytesHash) ?? null;
}

export interface StageInput {
  fileName: string;
  path: string | null;
  bytes: Uint8Array;
}

// Describes a document read from a file for confirmation (no project writes); uses the reader process's analysis when present.
export function describeStaged(store: Store, input: StageInput, doc: ImportedDocument, token: string = randomUUID()): StagedEntry {
  const { speakers, counts, words } = doc.analysis ?? analyseDocument(doc);
  const speakerIndex = speakerIndexOf(store);
  const textHash = sha256(doc.text);
  const bytesHash = sha256(input.bytes);
  const file: StagedFile = {
    token,
    fileName: input.fileName,
    path: input.path,
    format: doc.format,
    bytes: input.bytes.length,
    characters: codePointLength(doc.text),
    words,
    pages: doc.pages,
    warnings: doc.warnings,
    speakers: speakers.map((s) => ({ label: s.label, turns: s.turns, sample: s.sample, suggestion: speakerIndex.suggest(s.label) })),
    counts,
    preview: doc.text.slice(0, 600),
    duplicateOf: findDuplicate(store, textHash, bytesHash),
    suggested: suggestSource(input.fileName, doc.format, speakers.length, doc.text),
  };
  return { file, doc, textHash, bytesHash, stagedAt: Date.now() };
}

// Throws the damaged-project refusal (naming the project and its newest good backup) when an
// error came from the project file itself, so that it is never blamed on the imported file.
export function refuseIfProjectDamaged(store: Store, error: unknown): void {
  const code = (error as { code?: unknown } | null)?.code;
  if (typeof code !== 'string' || !(code.startsWith('SQLITE_CORRUPT') || code === 'SQLITE_NOTADB')) return;
  throw damagedProjectError(store.path, [error instanceof Error ? error.message : code], passphraseOf(store.db));
}

// Turns any error into the reason a file failed.
export function failureOf(input: { fileName: string; path: string | null }, error: unknown): FailedFile {
  if (error instanceof ApiError) return { fileName: input.fileName, path: input.path, code: error.code, message: error.message };
  const detail = error instanceof Error ? error.message.slice(0, 200) : 'unknown error';
  return { fileName: input.fileName, path: input.path, code: 'INTERNAL', message: `${input.fileName} could not be read (${detail}). Nothing was imported.` };
}

// Reads one file in the reader process and stages it; a failure is returned, not thrown.
export async function stageFile(store: Store, runner: ParseRunner, staging: StagingArea, input: StageInput, signal?: AbortSignal): Promise<StageOutcome> {
  try {
    const doc = await runner.readDocument(input.fileName, input.bytes, signal);
    const entry = describeStaged(store, input, doc);
    staging.put(entry);
    return { ok: true, file: entry.file };
  } catch (error) {
    refuseIfProjectDamaged(store, error);
    return { ok: false, failure: failureOf(input, error) };
  }
}
