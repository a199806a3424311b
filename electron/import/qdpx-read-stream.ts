// Reads a .qdpx's project file into the REFI model as it inflates: the XML is never held
// whole, and each source (with its hundreds of selections) is read into the model as
// soon as its element closes, so only one source's elements exist at a time. A file that
// is not UTF-8 (UTF-16, Windows-1252) is decoded whole first, as parseXml would. A file
// with more codes, notes, sources or selections than this version reads is refused as soon
// as it passes the limit.
import type { RefiProject, RefiSource } from '../../shared/exchange/refi-model.ts';
import { readProject, readSource } from './qdpx-read.ts';
import { decodeXmlBytes } from './qdpx-xml.ts';
import type { XmlElement } from './qdpx-xml.ts';
import { checkRefiCounts, countCodes, countSelections, elementCounter } from './refi-limits.ts';
import type { SafeZip, ZipEntry } from '../infra/zip-reader.ts';
import { NotUtf8Error } from './xml-tokenizer.ts';
import { buildXmlTree } from './xml-stream-tree.ts';

function readStreamed(fileName: string, archiveName: string, feed: (push: (chunk: Uint8Array) => void) => void): RefiProject {
  const sources: RefiSource[] = [];
  let selections = 0;
  // the first <Sources> under the root (readProject reads only that one)
  let sourcesElement: XmlElement | undefined;
  const count = elementCounter(archiveName);
  const root = buildXmlTree(fileName, feed, (el, depth, parent) => {
    count(el);
    if (depth !== 2 || parent?.name !== 'Sources') return false;
    sourcesElement ??= parent;
    if (parent !== sourcesElement) return false;
    const source = readSource(el);
    if (source) {
      sources.push(source);
      selections += countSelections(source);
      checkRefiCounts(archiveName, { sources: sources.length, selections });
    }
    return true;
  });
  const project = readProject(root, fileName, sources);
  checkRefiCounts(archiveName, { codes: countCodes(project.codes), sources: project.sources.length, selections: project.sources.reduce((n, s) => n + countSelections(s), 0) });
  return project;
}

// Reads the project file entry of an opened .qdpx into the REFI model (refusals of its size name the archive).
export function readProjectEntry(zip: SafeZip, entry: ZipEntry, fileName: string, archiveName: string = fileName): RefiProject {
  try {
    return readStreamed(fileName, archiveName, (push) => zip.stream(entry, push));
  } catch (error) {
    if (!(error instanceof NotUtf8Error)) throw error;
  }
  const bytes = Buffer.from(decodeXmlBytes(zip.read(entry)), 'utf8');
  return readStreamed(fileName, archiveName, (push) => push(bytes));
}
