// Works out everything an import of a REFI-QDA project will write and everything it
// cannot, before anything is written (the preview and the data-loss warning come from
// the same plan the writer then writes).
import { codePointLength, createOffsetIndex } from '../text/code-points.ts';
import { normaliseText } from '../text/normalise.ts';
import type { OffsetIndex } from '../text/code-points.ts';
import { isLikelyInterviewer, detectSpeakers } from '../text/speaker-turns.ts';
import type { PreviewSource } from '../model/exchange.ts';
import type { MemoTarget } from '../model/entities.ts';
import { attributeValues, makeVariableBook, planCase, sourceFields } from './import-plan-cases.ts';
import { KeyMaker, planCodebook } from './import-plan-codebook.ts';
import { planNotes } from './import-plan-notes.ts';
import { LeftOut } from './left-out.ts';
import type { ImportPlan, PlanCase, PlanCoder, PlanCoding, PlanMemo, PlanReference, PlanSource } from './import-plan-types.ts';
import { canonicalGuid } from './refi-model.ts';
import type { RefiCoding, RefiMediaSource, RefiProject, RefiText } from './refi-model.ts';
import { readSelectionPositions } from './selection-positions.ts';

export type TextLookup = (path: string) => { ok: true; text: string; hadBom: boolean } | { ok: false; problem: string };

// Where a REFI element ended up, so notes and case links can find it.
export interface Placement {
  kind: MemoTarget;
  key: string;
}

const MEDIA_KIND = { PDFSource: 'pdf', PictureSource: 'picture', AudioSource: 'audio', VideoSource: 'video' } as const;

function initialsOf(name: string): string {
  return name
    .split(/\s+/)
    .filter(Boolean)
    .map((w) => Array.from(w)[0] ?? '')
    .join('')
    .toUpperCase()
    .slice(0, 6);
}

type TextFields = Pick<RefiText, 'plainTextContent' | 'plainTextPath' | 'richTextPath'>;

function readText(t: TextFields, lookup: TextLookup): { ok: true; text: string; hadBom: boolean } | { ok: false; problem: string } {
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
    const texts: RefiText[] = s.kind === 'TextSource' ? [s] : [...(s.representation ? [s.representation] : []), ...s.transcripts];
    for (const t of texts) {
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

// Builds the import plan of a REFI project; `lookup` reads a source's text file from the archive.
// It consumes the project: each text source keeps only its selections that carry notes once planned.
export function planProjectImport(project: RefiProject, lookup: TextLookup, onProgress?: (done: number, total: number, message: string) => void): ImportPlan {
  const keys = new KeyMaker();
  const left = new LeftOut();
  const notes: string[] = [];
  const preferCrlfOne = /atlas/i.test(project.origin ?? '');
  const placements = new Map<string, Placement>();
  const place = (refiGuid: string | undefined, placement: Placement) => {
    const g = canonicalGuid(refiGuid);
    if (g !== null && !placements.has(g)) placements.set(g, placement);
  };

  // coders
  const coders: PlanCoder[] = project.users.map((u) => {
    const { key, guid } = keys.take('coder', u.guid);
    const name = (u.name ?? u.id ?? 'Coder').trim().slice(0, 200) || 'Coder';
    return { key, guid, name, initials: (u.id ?? initialsOf(name)).slice(0, 20) };
  });
  const coderOf = new Map<string, string>();
  project.users.forEach((u, i) => {
    const g = canonicalGuid(u.guid);
    if (g !== null && coders[i]) coderOf.set(g, coders[i].key);
  });
  const coderKey = (guid: string | undefined) => coderOf.get(canonicalGuid(guid) ?? '') ?? null;

  // cases first: codes that share a case's GUID are the case itself (NVivo), not a node
  const caseGuids = new Set(project.cases.map((c) => canonicalGuid(c.guid)).filter((g): g is string => g !== null));
  const codebook = planCodebook(project.codes, project.sets, keys, caseGuids);
  notes.push(...codebook.notes);
  for (const item of codebook.leftOut) {
    left.add(item.what, item.reason, undefined, item.count);
    for (const e of item.examples) left.add(item.what, item.reason, e, 0);
  }
  for (const n of codebook.nodes) place(n.guid ?? undefined, { kind: 'node', key: n.key });

  const book = makeVariableBook(project.variables, keys);
  const cases: PlanCase[] = [];
  const caseKeyOf = new Map<string, string>();
  const documentValues = new Map<string, RefiProject['cases'][number]['values']>();
  for (const c of project.cases) {
    if ((c.name ?? '').trim() === '' && c.sourceRefs.length === 1 && c.selectionRefs.length === 0) {
      const target = canonicalGuid(c.sourceRefs[0]);
      if (target !== null) documentValues.set(target, [...(documentValues.get(target) ?? []), ...c.values]);
      continue;
    }
    const { key, guid } = keys.take('case', c.guid);
    cases.push(planCase(book, c, key, guid));
    const g = canonicalGuid(c.guid);
    if (g !== null) caseKeyOf.set(g, key);
    place(c.guid, { kind: 'case', key });
    if (c.codeRefs.length > 0) left.add('Codes applied to whole cases', 'Activity Lens codes passages of sources, not whole cases.', c.name, c.codeRefs.length);
  }

  // sources
  const sources: PlanSource[] = [];
  const references: PlanReference[] = [];
  const previewSources: PreviewSource[] = [];
  const selectionSource = new Map<string, string>();
  const pointable = pointableGuids(project);
  const placeNamed = (refiGuid: string | undefined, placement: Placement) => {
    if (pointable.has(canonicalGuid(refiGuid) ?? '')) place(refiGuid, placement);
  };
  // selections cases name (the only ones selectionSource is asked about)
  const caseSelections = new Set(project.cases.flatMap((c) => c.selectionRefs.map((g) => canonicalGuid(g) ?? '')));
  const annotations: PlanMemo[] = [];
  let emptyCodings = 0;
  const total = project.sources.length;

  const codingTarget = (coding: RefiCoding, source: PlanSource, sourceName: string): string | null => {
    const code = canonicalGuid(coding.codeGuid);
    if (code !== null && caseGuids.has(code)) {
      const caseKey = caseKeyOf.get(code);
      if (caseKey && !source.caseKeys.includes(caseKey)) source.caseKeys.push(caseKey);
      return null;
    }
    const nodeKey = code === null ? undefined : codebook.codeKeys.get(code);
    if (nodeKey === undefined) left.add('Codings at codes that are not in the codebook', 'The file codes text at a code it does not define.', sourceName);
    return nodeKey ?? null;
  };

  const addTextSource = (t: RefiText, name: string, fallbackKind: PlanSource['kind'], refiType: string, extraDescription: string): PlanSource | null => {
    const read = readText(t, lookup);
    if (!read.ok) {
      const lost = t.selections.reduce((n, sel) => n + sel.codings.length, 0) + t.codings.length;
      left.add('Sources whose text is missing', 'Their text is not in the file, so they and their codings cannot be imported.', `${name} (${read.problem}${lost > 0 ? `; ${lost} coding${lost === 1 ? '' : 's'} lost with it` : ''})`);
      previewSources.push({ name, status: 'missing', type: refiType, codings: 0, positions: null });
      return null;
    }
    const sourceGuid = canonicalGuid(t.guid);
    const fields = sourceFields(book, [...t.values, ...(sourceGuid !== null ? (documentValues.get(sourceGuid) ?? []) : [])]);
    const reading = readSelectionPositions(
      read.text,
      t.selections.map((s) => ({ start: s.start, end: s.end, hint: s.name })),
      { hadBom: read.hadBom, preferCrlfOne },
    );
    const { key, guid } = keys.take('source', t.guid);
    const length = codePointLength(reading.text);
    const source: PlanSource = {
      key,
      guid,
      name: name.slice(0, 480),
      kind: fields.kind ?? fallbackKind,
      loadText: textLoader(t, lookup, length),
      round: fields.round,
      mode: fields.mode,
      interviewDate: fields.interviewDate,
      description: [t.description ?? '', extraDescription].filter(Boolean).join('\n\n'),
      originFileName: t.plainTextPath?.replace(/^[a-z]+:\/\/\/?/i, '') ?? null,
      importedAt: t.creationDateTime ?? null,
      caseKeys: [],
      speakers: {},
      values: attributeValues(book, [...t.values, ...(sourceGuid !== null ? (documentValues.get(sourceGuid) ?? []) : [])], 'source'),
      codings: [],
    };
    if (fields.speakers !== null) {
      for (const part of fields.speakers.split(';')) {
        const at = part.lastIndexOf('=');
        if (at <= 0) continue;
        const label = part.slice(0, at).trim();
        const who = part.slice(at + 1).trim();
        const caseKey = who === 'interviewer' ? 'interviewer' : caseKeyOf.get(canonicalGuid(who) ?? '');
        if (label && caseKey) source.speakers[label] = caseKey;
      }
    } else {
      for (const s of detectSpeakers(reading.text)) if (isLikelyInterviewer(s.label)) source.speakers[s.label] = 'interviewer';
    }
    place(t.guid, { kind: 'source', key });
    let index: OffsetIndex | null = null;
    const textIndex = (): OffsetIndex => (index ??= createOffsetIndex(reading.text));
    const addCoding = (coding: RefiCoding, start: number, end: number): PlanCoding | null => {
      const nodeKey = codingTarget(coding, source, source.name);
      if (nodeKey === null) return null;
      const k = keys.take('coding', coding.guid);
      const planned: PlanCoding = { key: k.key, guid: k.guid, nodeKey, start, end, coderKey: coderKey(coding.creatingUser), createdAt: coding.creationDateTime ?? null };
      if (end === start) emptyCodings++;
      source.codings.push(planned);
      placeNamed(coding.guid, { kind: 'coding', key: k.key });
      return planned;
    };
    t.selections.forEach((s, i) => {
      const mapped = reading.selections[i];
      const g = canonicalGuid(s.guid);
      if (g !== null && caseSelections.has(g)) selectionSource.set(g, key);
      if (!mapped?.ok) {
        left.add('Selections with positions outside their text', 'Their positions do not fit the text, so where they belong cannot be known.', `${source.name}: ${mapped?.problem ?? 'unreadable positions'}`, Math.max(1, s.codings.length));
        return;
      }
      let first: PlanCoding | null = null;
      for (const coding of s.codings) {
        const planned = addCoding(coding, mapped.start, mapped.end);
        first ??= planned;
      }
      // notes on the selection go on its first coding, else on the source
      placeNamed(s.guid, first ? { kind: 'coding', key: first.key } : { kind: 'source', key });
      if (s.description !== undefined && s.description.trim() !== '') {
        const excerpt = textIndex().slice(mapped.start, Math.min(mapped.end, mapped.start + 200));
        annotations.push({
          guid: null,
          title: first ? 'Comment on a coding' : 'Comment on a passage',
          plainText: first ? s.description : `"${excerpt}" (characters ${mapped.start}-${mapped.end})\n\n${s.description}`,
          targetKind: first ? 'coding' : 'source',
          targetKey: first ? first.key : key,
          createdAt: s.creationDateTime ?? null,
          updatedAt: s.creationDateTime ?? null,
        });
      }
      if (s.codings.length === 0 && s.description === undefined && s.noteRefs.length === 0) {
        left.add('Selections without codes or notes', 'A marked passage with no code and no note has nothing Activity Lens can keep.', source.name);
      }
    });
    for (const coding of t.codings) addCoding(coding, 0, length);
    // planned: from here on only the notes on selections are read (planNotes), so the rest are let go
    // (a large study's hundreds of thousands of selections are never all held beside the plan)
    t.selections = t.selections.filter((s) => s.noteRefs.length > 0 || s.codings.some((c) => c.noteRefs.length > 0));
    sources.push(source);
    previewSources.push({ name: source.name, status: 'text', type: refiType, codings: source.codings.length, positions: reading.note });
    return source;
  };

  project.sources.forEach((s, index) => {
    onProgress?.(index, total, `Reading ${s.name ?? 'a source'}`);
    if (s.kind === 'TextSource') {
      addTextSource(s, s.name ?? 'Untitled source', 'transcript', 'TextSource', '');
      return;
    }
    addMedia(s);
  });

  function addMedia(m: RefiMediaSource): void {
    const name = (m.name ?? 'Untitled').slice(0, 480);
    const kind = MEDIA_KIND[m.kind];
    const texts: RefiText[] = m.representation ? [m.representation] : m.transcripts;
    let textSources = 0;
    texts.forEach((t, i) => {
      const textName = m.representation ? name : `${name} - transcript${texts.length > 1 ? ` ${i + 1}` : ''}`;
      const planned = addTextSource({ ...t, guid: m.representation ? (t.guid || m.guid) : t.guid, values: [...t.values, ...m.values] }, textName, 'other', m.kind, `The text of the ${kind === 'pdf' ? 'PDF' : kind} file "${name}" from the imported project.`);
      if (planned) textSources++;
    });
    const { guid } = keys.take('reference', m.guid);
    const lost: string[] = [];
    if (m.regionSelections > 0) lost.push(`${m.regionSelections} ${kind === 'audio' || kind === 'video' ? 'time' : 'region'} selection${m.regionSelections === 1 ? '' : 's'} with ${m.regionCodings} coding${m.regionCodings === 1 ? '' : 's'}`);
    if (m.codings.length > 0) lost.push(`${m.codings.length} coding${m.codings.length === 1 ? '' : 's'} of the whole file`);
    references.push({
      guid,
      kind,
      name,
      path: m.path ?? null,
      currentPath: m.currentPath ?? null,
      description: m.description ?? '',
      note: lost.length > 0 ? `Not imported: ${lost.join(', ')}.` : '',
    });
    place(m.guid, { kind: 'project', key: '' });
    if (m.regionSelections > 0) left.add(`Coded regions of PDF, picture, audio and video sources`, 'Activity Lens codes text only; these sources are kept as references (name and path), without their region or time codings.', name, m.regionCodings || m.regionSelections);
    if (m.codings.length > 0) left.add('Codings of whole PDF, picture, audio or video files', 'Activity Lens codes text only.', name, m.codings.length);
    previewSources.push({ name, status: 'reference', type: m.kind, codings: 0, positions: textSources > 0 ? 'its text is imported as a separate source' : null });
  }
  onProgress?.(total, total, 'Sources read');

  // case links: sources and selections named by a case
  for (const c of project.cases) {
    const caseKey = caseKeyOf.get(canonicalGuid(c.guid) ?? '');
    if (!caseKey) continue;
    const linked = [...c.sourceRefs.map((g) => placements.get(canonicalGuid(g) ?? '')).filter((p) => p?.kind === 'source').map((p) => p?.key ?? ''), ...c.selectionRefs.map((g) => selectionSource.get(canonicalGuid(g) ?? '') ?? '')];
    for (const sourceKey of linked) {
      const source = sources.find((s) => s.key === sourceKey);
      if (source && !source.caseKeys.includes(caseKey)) source.caseKeys.push(caseKey);
    }
  }
  if (emptyCodings > 0) notes.push(emptyCodings === 1 ? '1 zero-length selection is kept as an empty coding at its place in the text.' : `${emptyCodings} zero-length selections are kept as empty codings at their place in the text.`);
  const crlfNotes = previewSources.filter((p) => p.status === 'text' && p.positions !== null);
  if (crlfNotes.length > 0) notes.push(`Positions were re-read for ${crlfNotes.length} source${crlfNotes.length === 1 ? '' : 's'} (${[...new Set(crlfNotes.map((p) => p.positions))].join('; ')}).`);

  const noted = planNotes(project, lookup, placements, keys, left);
  notes.push(...noted.notes);

  const nodeOrCaseOrSource = new Set([...codebook.usedSets]);
  const sourceSets = project.sets.filter((s) => !nodeOrCaseOrSource.has(s.guid) && s.memberCodes.length === 0 && (s.memberSources.length > 0 || s.memberNotes.length > 0));
  if (sourceSets.length > 0) left.add('Source and note sets', 'Activity Lens has no sets of sources; the sources themselves are imported.', sourceSets.map((s) => s.name).slice(0, 5).join(', '), sourceSets.length);

  return {
    projectName: project.name,
    projectDescription: project.description ?? '',
    origin: project.origin ?? null,
    coders,
    nodes: codebook.nodes,
    attributes: book.attributes,
    cases,
    sources,
    memos: [...noted.memos, ...annotations],
    references,
    diagrams: noted.diagrams,
    leftOut: left.list(),
    notes,
    previewSources,
    elementGuids: { ...codebook.elementGuids, ...book.elementGuids },
  };
}

