// Whether a selection's Description only repeats the notes it refers to: QualCoder reads a
// coding's memo from PlainTextSelection/Description, so our export writes a coding memo both
// as a NoteRef'd note and as that Description; reading both back would give the memo twice.
import { canonicalGuid } from './refi-model.ts';
import type { RefiTextSelection } from './refi-model.ts';

const flat = (text: string) => text.replace(/^\uFEFF/, '').replace(/\s+/g, ' ').trim();

// True when the Description equals the text of the notes the selection or its codings refer to
// (one of them, or all of them joined as our export joins them); a different Description is kept.
export function descriptionRepeatsNotes(selection: RefiTextSelection, noteText: (guid: string) => string | undefined): boolean {
  const description = flat(selection.description ?? '');
  if (description === '') return false;
  const refs = [...selection.noteRefs, ...selection.codings.flatMap((c) => c.noteRefs)];
  const texts = refs.map((r) => noteText(canonicalGuid(r) ?? '')).filter((t): t is string => t !== undefined);
  if (texts.length === 0) return false;
  return texts.some((t) => flat(t) === description) || flat(texts.join(' ')) === description;
}
