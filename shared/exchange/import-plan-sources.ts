// The sources of a REFI-QDA import plan: each text source with its text (read again when
// written), speakers, attribute values and codings; PDF, picture, audio and video sources
// as references with their texts; selections' comments as memos.
import { codePointLength, createOffsetIndex } from '../text/code-points.ts';
import type { OffsetIndex } from '../text/code-points.ts';
import { normaliseText } from '../text/normalise.ts';
import { detectSpeakers, isLikelyInterviewer } from '../text/speaker-turns.ts';
import type { PreviewSource } from '../model/exchange.ts';
import { attributeValues, sourceFields } from './import-plan-cases.ts';
import type { makeVariableBook } from './import-plan-cases.ts';
import type { planCodebook } from './import-plan-codebook.ts';
import type { Placement, PlanState, TextLookup } from './import-plan-state.ts';
import type { PlanCoding, PlanMemo, PlanReference, PlanSource } from './import-plan-types.ts';
import { canonicalGuid } from './refi-model.ts';
import type { RefiCoding, RefiMediaSource, RefiProject, RefiText, RefiTextSelection } from './refi-model.ts';
import { noteText } from './import-plan-notes.ts';
import { descriptionRepeatsNotes } from './selection-description.ts';
import { readSelectionPositions } from './selection-positions.ts';

const MEDIA_KIND = { PDFSource: 'pdf', PictureSource: 'picture', AudioSource: 'audio', VideoSource: 'video' } as const;

const MEDIA_FILES = { pdf: 'PDF files', picture: 'Pictures', audio: 'Audio files', video: 'Video files' } as const;

type TextFields = Pick<RefiText, 'plainTextContent' | 'plainTextPath' | 'richTextPath'>;
type TextRead = { ok: true; text: string; hadBom: boolean } | { ok: false; problem: string };

function readText(t: TextFields, lookup: TextLookup): TextRead {
  if (t.plainTextContent !== undefined && (t.plainTextPath === undefined || t.plainTextContent !== '')) return { ok: true, text: t.plainTextContent, hadBom: false };
  if (t.plainTextPath !== undefined) return lookup(t.plainTextPath);
  if (t.richTextPath !== undefined) return { ok: false, problem: 'only its formatted (Word) version is in the file, without the plain text the positions count in' };
  return { ok: false, problem: 'it has no text (neither PlainTextContent nor plainTextPath)' };
}

// Reads a text again when it is written: the canonical text the plan's positions count in (what
// readSelectionPositions makes of it, whichever reading won), keeping only where the text is, not the model.
function textLoader(t: RefiText, lookup: TextLookup, codePoints: number): () => string {
  const fields: TextFields = { plainTextContent: t.plainTextContent, plainTextPath: t.plainTextPath, richTextPath: t.richTextPath };
  return () => {
    const read = readText(fields, lookup);
    if (!read.ok) throw new Error(`a source's text could not be read again (${read.problem})`);
    const text = normaliseText(read.text);
    if (codePointLength(text) !== codePoints) throw new Error("a source's text read differently the second time");
    return text;
  };
}

function textsOf(s: RefiProject['sources'][number]): RefiText[] {
  return s.kind === 'TextSource' ? [s] : [...(s.representation ? [s.representation] : []), ...s.transcripts];
}

// GUIDs of the selections and codings something can name (notes on them or their codings, links):
// only these are placed, so a large project's hundreds of thousands of others need no lookup entries.
function pointableGuids(project: RefiProject): Set<string> {
  const out = new Set<string>();
  const add = (guid: string | undefined) => {
    const g = canonicalGuid(guid);
    if (g !== null) out.add(g);
  };
  for (const l of project.links) {
    add(l.originGuid);
    add(l.targetGuid);
  }
  for (const s of project.sources) {
    for (const t of textsOf(s)) {
      for (const sel of t.selections) {
        if (sel.noteRefs.length === 0 && !sel.codings.some((c) => c.noteRefs.length > 0)) continue;
        add(sel.guid);
        for (const c of sel.codings) add(c.guid);
      }
      for (const c of t.codings) if (c.noteRefs.length > 0) add(c.guid);
    }
  }
  return out;
}

// What the source steps need from the earlier ones (codebook, variables, cases, coders).
export interface SourceContext {
  codebook: ReturnType<typeof planCodebook>;
  book: ReturnType<typeof makeVariableBook>;
  caseGuids: ReadonlySet<string>;
  caseKeyOf: ReadonlyMap<string, string>;
  documentValues: ReadonlyMap<string, RefiProject['cases'][number]['values']>;
  coderKey: (guid: string | undefined) => string | null;
}

// The title of a comment on a passage: the passage's first words, so it can be found without its place shown.
function commentTitle(excerpt: string): string {
  const flat = excerpt.replace(/\s+/g, ' ').trim();
  const words = Array.from(flat);
  return flat === '' ? 'Comment on a passage' : `Comment on "${words.length > 60 ? `${words.slice(0, 60).join('')}…` : flat}"`;
}

// Plans every source of a project, in order.
export class SourcePlanner {
  readonly sources: PlanSource[] = [];
  readonly references: PlanReference[] = [];
  readonly previewSources: PreviewSource[] = [];
  readonly annotations: PlanMemo[] = [];
  // selections that cases name -> the key of their source
  readonly selectionSource = new Map<string, string>();
  emptyCodings = 0;
  private readonly pointable: Set<string>;
  private readonly caseSelections: Set<string>;
  private readonly preferCrlfOne: boolean;
  private readonly notesByGuid: Map<string, RefiText>;

  constructor(
    private readonly state: PlanState,
    private readonly project: RefiProject,
    private readonly lookup: TextLookup,
    private readonly context: SourceContext,
  ) {
    this.pointable = pointableGuids(project);
    this.caseSelections = new Set(project.cases.flatMap((c) => c.selectionRefs.map((g) => canonicalGuid(g) ?? '')));
    this.preferCrlfOne = /atlas/i.test(project.origin ?? '');
    this.notesByGuid = new Map(project.notes.map((n) => [canonicalGuid(n.guid) ?? '', n]));
  }

  // The text of a note of the file by its canonical GUID (undefined when there is no such note).
  private noteTextOf = (guid: string): string | undefined => {
    const note = guid === '' ? undefined : this.notesByGuid.get(guid);
    return note === undefined ? undefined : noteText(note, this.lookup);
  };

  // Plans all sources, reporting progress per source.
  planAll(onProgress?: (done: number, total: number, message: string) => void): void {
    const total = this.project.sources.length;
    this.project.sources.forEach((s, index) => {
      onProgress?.(index, total, `Reading ${s.name ?? 'a source'}`);
      if (s.kind === 'TextSource') this.addTextSource(s, s.name ?? 'Untitled source', 'transcript', 'TextSource', '');
      else this.addMedia(s);
    });
    onProgress?.(total, total, 'Sources read');
  }

  private placeNamed(refiGuid: string | undefined, placement: Placement & { kind: 'coding' | 'source' }): void {
    if (this.pointable.has(canonicalGuid(refiGuid) ?? '')) this.state.place(refiGuid, placement);
  }

  // The node a coding goes to; a code that is a case links the source to that case instead (NVivo).
  private codingTarget(coding: RefiCoding, source: PlanSource): string | null {
    const code = canonicalGuid(coding.codeGuid);
    if (code !== null && this.context.caseGuids.has(code)) {
      const caseKey = this.context.caseKeyOf.get(code);
      if (caseKey && !source.caseKeys.includes(caseKey)) source.caseKeys.push(caseKey);
      return null;
    }
    const nodeKey = code === null ? undefined : this.context.codebook.codeKeys.get(code);
    if (nodeKey === undefined) this.state.left.add('Codings at codes that are not in the codebook', 'The file codes text at a code it does not define.', source.name);
    return nodeKey ?? null;
  }

  private addCoding(source: PlanSource, coding: RefiCoding, start: number, end: number): PlanCoding | null {
    const nodeKey = this.codingTarget(coding, source);
    if (nodeKey === null) return null;
    const k = this.state.keys.take('coding', coding.guid);
    const planned: PlanCoding = { key: k.key, guid: k.guid, nodeKey, start, end, coderKey: this.context.coderKey(coding.creatingUser), createdAt: coding.creationDateTime ?? null };
    if (end === start) this.emptyCodings++;
    source.codings.push(planned);
    this.placeNamed(coding.guid, { kind: 'coding', key: k.key });
    return planned;
  }

  // The speakers of a source: as our own export wrote them, else the interviewer's label found in the text.
  private speakersOf(text: string, written: string | null): Record<string, string> {
    const speakers: Record<string, string> = {};
    if (written === null) {
      for (const s of detectSpeakers(text)) if (isLikelyInterviewer(s.label)) speakers[s.label] = 'interviewer';
      return speakers;
    }
    for (const part of written.split(';')) {
      const at = part.lastIndexOf('=');
      if (at <= 0) continue;
      const label = part.slice(0, at).trim();
      const who = part.slice(at + 1).trim();
      const caseKey = who === 'interviewer' ? 'interviewer' : this.context.caseKeyOf.get(canonicalGuid(who) ?? '');
      if (label && caseKey) speakers[label] = caseKey;
    }
    return speakers;
  }

  private missingText(t: RefiText, name: string, refiType: string, problem: string): null {
    const lost = t.selections.reduce((n, sel) => n + sel.codings.length, 0) + t.codings.length;
    this.state.left.add('Sources whose text is missing', 'Their text is not in the file, so they and their codings cannot be imported.', `${name} (${problem}${lost > 0 ? `; ${lost} coding${lost === 1 ? '' : 's'} lost with it` : ''})`);
    this.previewSources.push({ name, status: 'missing', type: refiType, codings: 0, positions: null });
    return null;
  }

  private addTextSource(t: RefiText, name: string, fallbackKind: PlanSource['kind'], refiType: string, extraDescription: string): PlanSource | null {
    const read = readText(t, this.lookup);
    if (!read.ok) return this.missingText(t, name, refiType, read.problem);
    const sourceGuid = canonicalGuid(t.guid);
    const values = [...t.values, ...(sourceGuid !== null ? (this.context.documentValues.get(sourceGuid) ?? []) : [])];
    const fields = sourceFields(this.context.book, values);
    const reading = readSelectionPositions(read.text, t.selections.map((s) => ({ start: s.start, end: s.end, hint: s.name })), { hadBom: read.hadBom, preferCrlfOne: this.preferCrlfOne });
    const { key, guid } = this.state.keys.take('source', t.guid);
    const length = codePointLength(reading.text);
    const source: PlanSource = {
      key,
      guid,
      name: name.slice(0, 480),
      kind: fields.kind ?? fallbackKind,
      loadText: textLoader(t, this.lookup, length),
      round: fields.round,
      mode: fields.mode,
      interviewDate: fields.interviewDate,
      description: [t.description ?? '', extraDescription].filter(Boolean).join('\n\n'),
      originFileName: t.plainTextPath?.replace(/^[a-z]+:\/\/\/?/i, '') ?? null,
      importedAt: t.creationDateTime ?? null,
      caseKeys: [],
      speakers: this.speakersOf(reading.text, fields.speakers),
      values: attributeValues(this.context.book, values, 'source'),
      codings: [],
    };
    this.state.place(t.guid, { kind: 'source', key });
    if (t.richTextPath !== undefined) {
      this.state.left.add('Formatted versions of sources (rich text)', 'The plain text is imported and coded; the formatted file the other program kept beside it (a Word or OpenDocument file) is not.', source.name);
    }
    let index: OffsetIndex | null = null;
    const textIndex = (): OffsetIndex => (index ??= createOffsetIndex(reading.text));
    t.selections.forEach((s, i) => this.addSelection(source, s, reading.selections[i], textIndex));
    for (const coding of t.codings) this.addCoding(source, coding, 0, length);
    // planned: from here on only the notes on selections are read (planNotes), so the rest are let go
    // (a large study's hundreds of thousands of selections are never all held beside the plan)
    t.selections = t.selections.filter((s) => s.noteRefs.length > 0 || s.codings.some((c) => c.noteRefs.length > 0));
    this.sources.push(source);
    this.previewSources.push({ name: source.name, status: 'text', type: refiType, codings: source.codings.length, positions: reading.note });
    return source;
  }

  private addSelection(source: PlanSource, s: RefiTextSelection, mapped: ReturnType<typeof readSelectionPositions>['selections'][number] | undefined, textIndex: () => OffsetIndex): void {
    const g = canonicalGuid(s.guid);
    if (g !== null && this.caseSelections.has(g)) this.selectionSource.set(g, source.key);
    if (!mapped?.ok) {
      this.state.left.add('Selections with positions outside their text', 'Their positions do not fit the text, so where they belong cannot be known.', `${source.name}: ${mapped?.problem ?? 'unreadable positions'}`, Math.max(1, s.codings.length));
      return;
    }
    let first: PlanCoding | null = null;
    for (const coding of s.codings) {
      const planned = this.addCoding(source, coding, mapped.start, mapped.end);
      first ??= planned;
    }
    // notes on the selection go on its first coding, else on its passage of the source
    const range = { start: mapped.start, end: mapped.end };
    this.placeNamed(s.guid, first ? { kind: 'coding', key: first.key } : { kind: 'source', key: source.key, range });
    // a Description that repeats the selection's notes is the same memo (our export writes both for QualCoder)
    if (s.description !== undefined && s.description.trim() !== '' && !descriptionRepeatsNotes(s, this.noteTextOf)) {
      this.annotations.push({
        guid: null,
        title: first ? 'Comment on a coding' : commentTitle(textIndex().slice(mapped.start, Math.min(mapped.end, mapped.start + 200))),
        plainText: s.description,
        targetKind: first ? 'coding' : 'source',
        targetKey: first ? first.key : source.key,
        createdAt: s.creationDateTime ?? null,
        updatedAt: s.creationDateTime ?? null,
        ...(first ? {} : { range }),
      });
    }
    if (s.codings.length === 0 && s.description === undefined && s.noteRefs.length === 0) {
      this.state.left.add('Selections without codes or notes', 'A marked passage with no code and no note has nothing Activity Lens can keep.', source.name);
    }
  }

  private addMedia(m: RefiMediaSource): void {
    const name = (m.name ?? 'Untitled').slice(0, 480);
    const kind = MEDIA_KIND[m.kind];
    const texts: RefiText[] = m.representation ? [m.representation] : m.transcripts;
    let textSources = 0;
    texts.forEach((t, i) => {
      const textName = m.representation ? name : `${name} - transcript${texts.length > 1 ? ` ${i + 1}` : ''}`;
      const planned = this.addTextSource({ ...t, guid: m.representation ? t.guid || m.guid : t.guid, values: [...t.values, ...m.values] }, textName, 'other', m.kind, `The text of the ${kind === 'pdf' ? 'PDF' : kind} file "${name}" from the imported project.`);
      if (planned) textSources++;
    });
    const { guid } = this.state.keys.take('reference', m.guid);
    const lost: string[] = [];
    if (m.regionSelections > 0) lost.push(`${m.regionSelections} ${kind === 'audio' || kind === 'video' ? 'time' : 'region'} selection${m.regionSelections === 1 ? '' : 's'} with ${m.regionCodings} coding${m.regionCodings === 1 ? '' : 's'}`);
    if (m.codings.length > 0) lost.push(`${m.codings.length} coding${m.codings.length === 1 ? '' : 's'} of the whole file`);
    this.references.push({ guid, kind, name, path: m.path ?? null, currentPath: m.currentPath ?? null, description: m.description ?? '', note: lost.length > 0 ? `Not imported: ${lost.join(', ')}.` : '' });
    this.state.place(m.guid, { kind: 'project', key: '' });
    this.state.left.add(MEDIA_FILES[kind], 'The file itself is not copied into the project: it is kept under References by name and path (a text the file carries, such as a PDF\'s text or a transcript, comes in as a source).', name);
    if (m.regionSelections > 0) this.state.left.add(`Coded regions of PDF, picture, audio and video sources`, 'Activity Lens codes text only; these sources are kept as references (name and path), without their region or time codings.', name, m.regionCodings || m.regionSelections);
    if (m.codings.length > 0) this.state.left.add('Codings of whole PDF, picture, audio or video files', 'Activity Lens codes text only.', name, m.codings.length);
    this.previewSources.push({ name, status: 'reference', type: m.kind, codings: 0, positions: textSources > 0 ? 'its text is imported as a separate source' : null });
  }
}
