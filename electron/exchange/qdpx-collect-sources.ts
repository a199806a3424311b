// The text sources of a .qdpx export, made one at a time while project.qde is written:
// each source's codings (one PlainTextSelection per coding, positions in code points,
// end exclusive) are read when the writer reaches it and dropped after, and each text is
// read from the project file only when its sources/<guid>.txt is zipped. So an export of
// thousands of transcripts never holds every coding or every text at once.
import type { RefiProject, RefiSource, RefiTextSelection } from '../../shared/exchange/refi-model.ts';
import { createOffsetIndex } from '../../shared/text/code-points.ts';
import type { Store } from '../db/store.ts';
import { sourceQueries } from '../sources/queries.ts';
import { derivedGuid } from './qdpx-guids.ts';
import { exchangeQueries } from './queries.ts';

type Progress = (done: number, total: number, message: string) => void;

export interface ExportSource {
  id: number;
  // the GUID the export gives the source
  exportGuid: string;
  name: string;
  description: string;
  imported_at: string;
}

export interface SourceContext {
  rows: readonly ExportSource[];
  codingGuid: (stored: string) => string;
  nodeGuids: ReadonlyMap<number, string>;
  coderGuids: ReadonlyMap<number, string>;
  memosOn: (kind: string, id: number | null) => string[];
  // the plain text of the memos on a coding, written as its selection's Description too
  codingMemoText: (codingId: number) => string | undefined;
  // the memos anchored to a passage of each source
  annotationsOn: (sourceId: number) => Annotation[];
  sourceValues: ReadonlyMap<number, RefiProject['cases'][number]['values']>;
  // sources kept as references (PDF, pictures, media), written after the text sources
  references: readonly RefiSource[];
}

// A memo on a passage of a source: written as a selection without codings, with the memo's text as
// its Description (QualCoder reads that as an annotation) and a NoteRef to the memo's note.
export interface Annotation {
  guid: string;
  start: number;
  end: number;
  text: string;
  createdAt: string;
}

// A text file of the export: its path in the zip and its text, read when it is zipped.
export interface ExportFile {
  path: string;
  text: () => string;
}

// A short excerpt of coded text, the way other programs name a selection.
export function selectionName(text: string): string {
  const flat = text.replace(/\s+/g, ' ').trim();
  // the first 80 code points (a surrogate pair is one)
  let end = 0;
  for (let n = 0; n < 80 && end < flat.length; n++) {
    const unit = flat.charCodeAt(end);
    end += unit >= 0xd800 && unit <= 0xdbff && (flat.charCodeAt(end + 1) & 0xfc00) === 0xdc00 ? 2 : 1;
  }
  return end < flat.length ? `${flat.slice(0, end)}…` : flat;
}

// The REFI sources of a project, made as they are iterated (any number of times).
export function lazySources(store: Store, context: SourceContext, onProgress?: Progress): Iterable<RefiSource> {
  const { rows } = context;
  return {
    *[Symbol.iterator]() {
      for (const [index, s] of rows.entries()) {
        onProgress?.(index, rows.length, `Writing ${s.name}`);
        yield textSource(store, context, s);
      }
      onProgress?.(rows.length, rows.length, 'Project read');
      yield* context.references;
    },
  };
}

function textSource(store: Store, context: SourceContext, s: ExportSource): RefiSource {
  const codings = exchangeQueries(store).codingsOfSource.all(s.id);
  const annotations = context.annotationsOn(s.id);
  // the text once per source (SQLite's substr would walk it from the start for every coding)
  const text = createOffsetIndex(codings.length > 0 || annotations.length > 0 ? sourceText(store, s.id) : '');
  const clip = (start: number, end: number) => {
    const from = Math.min(Math.max(0, start), text.codePointLength);
    return text.slice(from, Math.max(from, Math.min(end, start + 400, text.codePointLength)));
  };
  const excerpt = (c: (typeof codings)[number]) => clip(c.start, c.end);
  const selections: RefiTextSelection[] = codings.map((c) => {
    const codingGuid = context.codingGuid(c.guid);
    const creatingUser = c.coder_id === null ? undefined : context.coderGuids.get(c.coder_id);
    return {
      guid: derivedGuid(`${codingGuid}:selection`),
      name: selectionName(excerpt(c)),
      start: c.start,
      end: c.end,
      description: context.codingMemoText(c.id),
      codings: [{ guid: codingGuid, codeGuid: context.nodeGuids.get(c.node_id) ?? '', noteRefs: [], creatingUser, creationDateTime: c.created_at }],
      noteRefs: context.memosOn('coding', c.id),
      creatingUser,
      creationDateTime: c.created_at,
    };
  });
  for (const a of annotations) {
    selections.push({ guid: derivedGuid(`${a.guid}:selection`), name: selectionName(clip(a.start, a.end)), start: a.start, end: a.end, description: a.text.trim() === '' ? undefined : a.text, codings: [], noteRefs: [a.guid], creationDateTime: a.createdAt });
  }
  return {
    kind: 'TextSource',
    guid: s.exportGuid,
    name: s.name,
    description: s.description || undefined,
    plainTextPath: `internal://${s.exportGuid}.txt`,
    creationDateTime: s.imported_at,
    selections,
    codings: [],
    noteRefs: context.memosOn('source', s.id),
    values: context.sourceValues.get(s.id) ?? [],
  };
}

function sourceText(store: Store, id: number): string {
  return sourceQueries(store).text.get(id)?.text ?? '';
}

// The sources/<guid>.txt files of the export, each text read from the project file when asked for.
export function exportFiles(store: Store, rows: readonly ExportSource[]): ExportFile[] {
  return rows.map((s) => ({ path: `sources/${s.exportGuid}.txt`, text: () => sourceText(store, s.id) }));
}
