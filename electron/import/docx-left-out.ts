// What a Word document holds outside its visible body text: hidden runs (the "hidden" font
// effect, <w:vanish/>, set on a run or by its character style), which are taken out of
// word/document.xml before mammoth reads it, and the footnotes, endnotes, comments, headers
// and footers, counted from their own parts (mammoth leaves them out). Runs nest only in text
// boxes; a hidden run is removed whole, with anything inside it.
import type { LeftOut } from './left-out.ts';
import { noneLeftOut } from './left-out.ts';

// A tag of the XML text: its name, whether it closes, whether it is empty (<x/>), its attributes' text.
const TAG = /<(\/?)([A-Za-z_][\w.-]*(?::[\w.-]+)?)((?:[^>"']|"[^"]*"|'[^']*')*?)(\/?)>/gu;
// w:val of an on/off property: absent, or 1/true/on (Word writes w:val="0" or "false" to switch it off)
const OFF = /\bw:val\s*=\s*["'](?:0|false|off)["']/u;
const VAL = /\bw:val\s*=\s*["']([^"']*)["']/u;

function decode(bytes: Uint8Array | undefined): string {
  return bytes ? new TextDecoder('utf-8').decode(bytes) : '';
}

// The character styles whose run properties hide their text.
export function hiddenCharacterStyles(stylesXml: string): Set<string> {
  const hidden = new Set<string>();
  for (const m of stylesXml.matchAll(/<w:style\b([^>]*)>([\s\S]*?)<\/w:style>/gu)) {
    const attrs = m[1] ?? '';
    const id = /\bw:styleId\s*=\s*["']([^"']*)["']/u.exec(attrs)?.[1];
    if (!id || !/\bw:type\s*=\s*["']character["']/u.test(attrs)) continue;
    const vanish = /<w:rPr\b[^>]*>[\s\S]*?<w:vanish\b([^>]*)\/?>[\s\S]*?<\/w:rPr>/u.exec(m[2] ?? '');
    if (vanish && !OFF.test(vanish[1] ?? '')) hidden.add(id);
  }
  return hidden;
}

interface OpenRun {
  start: number;
  hidden: boolean;
  hasText: boolean;
}

// Takes the hidden runs out of a document part; says how many of them held text.
export function withoutHiddenRuns(xml: string, hiddenStyles: ReadonlySet<string>): { xml: string; hidden: number } {
  // nothing can be hidden without a vanish property or a hidden character style
  if (hiddenStyles.size === 0 && !xml.includes('anish')) return { xml, hidden: 0 };
  const names: string[] = [];
  const runs: OpenRun[] = [];
  const cuts: [number, number][] = [];
  let hidden = 0;
  for (const m of xml.matchAll(TAG)) {
    const [whole, closing, name = '', attrs = '', empty] = m;
    const at = m.index;
    if (closing) {
      names.pop();
      if (name === 'w:r') {
        const run = runs.pop();
        if (run?.hidden) {
          cuts.push([run.start, at + whole.length]);
          if (run.hasText) hidden++;
        } else if (run?.hasText && runs.length > 0) (runs[runs.length - 1] as OpenRun).hasText = true;
      }
      continue;
    }
    const inRunProperties = names[names.length - 1] === 'w:rPr' && names[names.length - 2] === 'w:r';
    const run = runs[runs.length - 1];
    if (run && inRunProperties && (name === 'w:vanish' || name === 'w:specVanish') && !OFF.test(attrs)) run.hidden = true;
    if (run && inRunProperties && name === 'w:rStyle' && hiddenStyles.has(VAL.exec(attrs)?.[1] ?? '')) run.hidden = true;
    if (run && (name === 'w:t' || name === 'w:delText' || name === 'w:sym')) run.hasText = true;
    if (name === 'w:r' && !empty) runs.push({ start: at, hidden: false, hasText: false });
    if (!empty) names.push(name);
  }
  if (cuts.length === 0) return { xml, hidden };
  // an inner run's cut lies inside its outer run's: keep the outermost of each
  cuts.sort((a, b) => a[0] - b[0]);
  const pieces: string[] = [];
  let from = 0;
  for (const [start, end] of cuts) {
    if (start < from) continue;
    pieces.push(xml.slice(from, start));
    from = end;
  }
  pieces.push(xml.slice(from));
  return { xml: pieces.join(''), hidden };
}

// How many notes of a notes part are real ones (not the separators Word writes first).
function countNotes(xml: string, element: 'w:footnote' | 'w:endnote'): number {
  let n = 0;
  for (const m of xml.matchAll(new RegExp(`<${element}\\b([^>]*)>`, 'gu'))) {
    if (!/\bw:type\s*=\s*["'](?:separator|continuationSeparator|continuationNotice)["']/u.test(m[1] ?? '')) n++;
  }
  return n;
}

// Tells whether a part holds any text.
function holdsText(xml: string): boolean {
  return /<w:t\b[^>]*>[^<]*\S[^<]*<\/w:t>/u.test(xml);
}

// Counts what the document's other parts hold, and takes the hidden runs out of its body;
// returns the parts to give mammoth.
export function leaveOutOfDocx(parts: Map<string, Uint8Array>): { parts: Map<string, Uint8Array>; left: LeftOut } {
  const left = noneLeftOut();
  left.footnotes = countNotes(decode(parts.get('word/footnotes.xml')), 'w:footnote');
  left.endnotes = countNotes(decode(parts.get('word/endnotes.xml')), 'w:endnote');
  left.comments = [...decode(parts.get('word/comments.xml')).matchAll(/<w:comment\b/gu)].length;
  for (const [name, bytes] of parts) {
    if (/^word\/header\d*\.xml$/u.test(name) && holdsText(decode(bytes))) left.headers++;
    if (/^word\/footer\d*\.xml$/u.test(name) && holdsText(decode(bytes))) left.footers++;
  }
  const body = parts.get('word/document.xml');
  if (!body) return { parts, left };
  const stripped = withoutHiddenRuns(decode(body), hiddenCharacterStyles(decode(parts.get('word/styles.xml'))));
  left.hidden = stripped.hidden;
  if (stripped.hidden === 0) return { parts, left };
  const out = new Map(parts);
  out.set('word/document.xml', new TextEncoder().encode(stripped.xml));
  return { parts: out, left };
}
