// Handlers of the contract's methods that work on the open project's data.
import { extname } from 'node:path';
import { ApiError } from '../../shared/errors.ts';
import type { Handlers } from '../app/dispatch.ts';
import type { Store } from '../db/store.ts';
import { redo, undo, undoState } from '../db/undo-log.ts';
import { decodeTextBytes, looksBinary } from '../import/decode-text.ts';
import { createCase, deleteCase, listCases, updateCase } from '../cases/cases.ts';
import { createNode, deleteNode, listNodes, updateNode } from '../codebook/codebook.ts';
import { createCoding, deleteCoding, listCodings } from '../codings/codings.ts';
import { deleteMemo, listMemos, saveMemo } from '../memos/memos.ts';
import { listCoders, projectStats } from './project-info.ts';
import { editSourceText } from '../sources/source-edits.ts';
import { deleteSource, getSource, importTextSource, listSources, updateSource } from '../sources/sources.ts';
import { detectSpeakers, isLikelyInterviewer } from '../../shared/text/speaker-turns.ts';
import type { SpeakerAssignment } from '../sources/sources.ts';

type ProjectMethods =
  | 'project.stats'
  | 'sources.list'
  | 'sources.get'
  | 'sources.importFile'
  | 'sources.update'
  | 'sources.delete'
  | 'sources.edit'
  | 'cases.list'
  | 'cases.create'
  | 'cases.update'
  | 'cases.delete'
  | 'nodes.list'
  | 'nodes.create'
  | 'nodes.update'
  | 'nodes.delete'
  | 'codings.list'
  | 'codings.create'
  | 'codings.delete'
  | 'memos.list'
  | 'memos.save'
  | 'memos.delete'
  | 'coders.list'
  | 'undo.undo'
  | 'undo.redo';

const TEXT_EXTENSIONS = new Set(['.txt', '.md', '.text']);
const MAX_TEXT_BYTES = 50 * 1024 * 1024;

// Imports one plain-text file's bytes as a source (other formats come with their readers).
export function importFileBytes(store: Store, fileName: string, bytes: Uint8Array, fields: Parameters<Handlers['sources.importFile']>[0]) {
  const ext = extname(fileName).toLowerCase();
  if (!TEXT_EXTENSIONS.has(ext)) {
    throw new ApiError('BAD_INPUT', `${fileName}: this version imports plain text (.txt, .md) only. Save the transcript as plain text and import that.`);
  }
  if (bytes.length > MAX_TEXT_BYTES) throw new ApiError('TOO_LARGE', `${fileName} is larger than 50 MB; split it into smaller files.`);
  if (looksBinary(bytes)) throw new ApiError('BAD_INPUT', `${fileName} does not look like a text file (it holds binary data). Nothing was imported.`);
  const decoded = decodeTextBytes(bytes);
  const speakers: Record<string, SpeakerAssignment> = {};
  for (const s of detectSpeakers(decoded.text)) if (isLikelyInterviewer(s.label)) speakers[s.label] = { caseId: 'interviewer' };
  return importTextSource(store, {
    name: fields.name ?? fileName.replace(/\.[^.]+$/, ''),
    kind: fields.kind ?? 'transcript',
    text: decoded.text,
    originFormat: ext.slice(1),
    originFileName: fileName,
    originBytes: bytes,
    round: fields.round ?? null,
    mode: fields.mode ?? null,
    interviewDate: fields.interviewDate ?? null,
    description: fields.description ?? (decoded.warning ?? ''),
    speakers: Object.keys(speakers).length > 0 ? speakers : undefined,
  });
}

// Builds the core handlers that need an open project (requireStore throws NO_PROJECT otherwise).
export function createCoreProjectHandlers(requireStore: () => Store): Pick<Handlers, ProjectMethods> {
  return {
    'project.stats': () => projectStats(requireStore()),
    'sources.list': () => listSources(requireStore()),
    'sources.get': ({ id }) => getSource(requireStore(), id),
    'sources.importFile': (input, ctx) => {
      const store = requireStore();
      ctx.progress(0, 1, `Reading ${input.fileName}`);
      const bytes = Buffer.from(input.bytesBase64, 'base64');
      const summary = importFileBytes(store, input.fileName, bytes, input);
      ctx.progress(1, 1, `Imported ${input.fileName}`);
      return summary;
    },
    'sources.update': ({ id, ...update }) => updateSource(requireStore(), id, update),
    'sources.delete': ({ id }) => {
      deleteSource(requireStore(), id);
      return null;
    },
    'sources.edit': ({ id, ...edit }) => editSourceText(requireStore(), id, edit),
    'cases.list': () => listCases(requireStore()),
    'cases.create': (input) => createCase(requireStore(), input),
    'cases.update': ({ id, ...update }) => updateCase(requireStore(), id, update),
    'cases.delete': ({ id }) => {
      deleteCase(requireStore(), id);
      return null;
    },
    'nodes.list': () => listNodes(requireStore()),
    'nodes.create': (input) => createNode(requireStore(), input),
    'nodes.update': ({ id, ...update }) => updateNode(requireStore(), id, update),
    'nodes.delete': ({ id }) => deleteNode(requireStore(), id),
    'codings.list': (filter) => listCodings(requireStore(), filter),
    'codings.create': (input) => createCoding(requireStore(), input),
    'codings.delete': ({ id }) => {
      deleteCoding(requireStore(), id);
      return null;
    },
    'memos.list': (filter) => listMemos(requireStore(), filter),
    'memos.save': (input) => saveMemo(requireStore(), input),
    'memos.delete': ({ id }) => {
      deleteMemo(requireStore(), id);
      return null;
    },
    'coders.list': () => listCoders(requireStore()),
    'undo.undo': () => {
      const store = requireStore();
      undo(store);
      return undoState(store);
    },
    'undo.redo': () => {
      const store = requireStore();
      redo(store);
      return undoState(store);
    },
  };
}
