// A test's stand-in for QualCoder's .qdpx reader (QualCoder src/qualcoder/refi.py), as far as
// codes and codings go.
import { childrenNamed } from '../../import/qdpx-xml.ts';
import type { XmlElement } from '../../import/qdpx-xml.ts';

// How many codings QualCoder's reader (RefiImport.sub_codes and load_codings_for_text) leaves
// without a code: a category (isCodable="false") goes to code_cat and is not a code; a codable
// code goes to code_name, whose names are unique, and a second code of a name already there
// keeps no GUID, so codings naming it are written with no code (cid NULL).
export function codingsQualCoderLoses(root: XmlElement): number {
  const names = new Set<string>();
  const known = new Set<string>();
  const walk = (list: readonly XmlElement[]) => {
    for (const code of list) {
      if (code.attrs.isCodable !== 'false') {
        const name = code.attrs.name ?? '';
        if (!names.has(name)) known.add(code.attrs.guid ?? '');
        names.add(name);
      }
      walk(childrenNamed(code, 'Code'));
    }
  };
  for (const book of childrenNamed(root, 'CodeBook')) for (const codes of childrenNamed(book, 'Codes')) walk(childrenNamed(codes, 'Code'));
  let lost = 0;
  for (const sources of childrenNamed(root, 'Sources')) {
    for (const source of childrenNamed(sources, 'TextSource')) {
      for (const sel of childrenNamed(source, 'PlainTextSelection')) {
        for (const coding of childrenNamed(sel, 'Coding')) {
          if (!known.has(childrenNamed(coding, 'CodeRef')[0]?.attrs.targetGUID ?? '')) lost++;
        }
      }
    }
  }
  return lost;
}
