// Where a PDF draws its pictures, read from the page content streams: each image's box as
// placed and the part of it left visible by the clipping in force, in points. Enough of
// PDF for what LibreOffice writes (uncompressed object headers, Flate streams, images
// drawn directly or inside form XObjects); used to check no picture is clipped to a strip.
import { inflateSync } from 'node:zlib';

export interface Box {
  x: number;
  y: number;
  width: number;
  height: number;
}

export interface PlacedPicture {
  page: number;
  // the image's pixel size and its box on the page, and the part of that box that shows
  pixels: { width: number; height: number };
  drawn: Box;
  visible: Box | null;
}

interface PdfObject {
  dict: string;
  stream: Buffer | null;
}

type Matrix = [number, number, number, number, number, number];

function parseObjects(pdf: Buffer): Map<number, PdfObject> {
  const text = pdf.toString('latin1');
  const objects = new Map<number, PdfObject>();
  const header = /(\d+) 0 obj\b/g;
  for (let m = header.exec(text); m; m = header.exec(text)) {
    const start = m.index + m[0].length;
    const end = text.indexOf('endobj', start);
    if (end < 0) break;
    const body = text.slice(start, end);
    const streamAt = body.search(/stream\r?\n/);
    let stream: Buffer | null = null;
    let dict = body;
    if (streamAt >= 0 && body.lastIndexOf('endstream') > streamAt) {
      dict = body.slice(0, streamAt);
      const dataStart = start + streamAt + (body.slice(streamAt).startsWith('stream\r\n') ? 8 : 7);
      const dataEnd = text.lastIndexOf('endstream', end);
      const raw = pdf.subarray(dataStart, dataEnd);
      if (/\/FlateDecode/.test(dict) && !/\/DCTDecode/.test(dict)) {
        try {
          stream = inflateSync(raw);
        } catch {
          stream = raw;
        }
      } else stream = raw;
    }
    objects.set(Number(m[1]), { dict, stream });
    header.lastIndex = end;
  }
  return objects;
}

function ref(dict: string, key: string): number | null {
  const m = new RegExp(`/${key}\\s*(\\d+)\\s+0\\s+R`).exec(dict);
  return m ? Number(m[1]) : null;
}

function refs(text: string): number[] {
  return [...text.matchAll(/(\d+)\s+0\s+R/g)].map((m) => Number(m[1]));
}

// The XObject names of a resources dictionary (inline or referenced) and the objects they name.
function xobjects(objects: Map<number, PdfObject>, resources: string): Map<string, number> {
  const at = resources.indexOf('/XObject');
  if (at < 0) return new Map();
  let rest = resources.slice(at + 8).trimStart();
  const indirect = /^(\d+)\s+0\s+R/.exec(rest);
  if (indirect) rest = objects.get(Number(indirect[1]))?.dict ?? '';
  const inner = /<<([\s\S]*?)>>/.exec(rest)?.[1] ?? '';
  return new Map([...inner.matchAll(/\/([^\s/<>[\]()]+)\s*(\d+)\s+0\s+R/g)].map((m) => [m[1] ?? '', Number(m[2])]));
}

function resourcesOf(objects: Map<number, PdfObject>, dict: string): string {
  const id = ref(dict, 'Resources');
  if (id !== null) return objects.get(id)?.dict ?? '';
  const at = dict.indexOf('/Resources');
  return at < 0 ? '' : dict.slice(at);
}

// Splits a content stream into operands and operators, skipping strings, arrays and dictionaries.
function tokens(content: string): string[] {
  const out: string[] = [];
  let i = 0;
  while (i < content.length) {
    const ch = content[i] ?? '';
    if (/\s/.test(ch)) i++;
    else if (ch === '%') while (i < content.length && content[i] !== '\n') i++;
    else if (ch === '(') {
      let depth = 0;
      for (; i < content.length; i++) {
        if (content[i] === '\\') i++;
        else if (content[i] === '(') depth++;
        else if (content[i] === ')' && --depth === 0) break;
      }
      i++;
      out.push('(string)');
    } else if (ch === '<' || ch === '>' || ch === '[' || ch === ']' || ch === '{' || ch === '}') {
      out.push(ch);
      i++;
    } else {
      let j = i + 1;
      while (j < content.length && !/[\s()<>[\]{}/%]/.test(content[j] ?? '')) j++;
      out.push(content.slice(i, j));
      i = j;
    }
  }
  return out;
}

function multiply(m: Matrix, n: Matrix): Matrix {
  return [m[0] * n[0] + m[1] * n[2], m[0] * n[1] + m[1] * n[3], m[2] * n[0] + m[3] * n[2], m[2] * n[1] + m[3] * n[3], m[4] * n[0] + m[5] * n[2] + n[4], m[4] * n[1] + m[5] * n[3] + n[5]];
}

function boxOf(points: [number, number][], m: Matrix): Box {
  const mapped = points.map(([x, y]) => [m[0] * x + m[2] * y + m[4], m[1] * x + m[3] * y + m[5]] as const);
  const xs = mapped.map((p) => p[0]);
  const ys = mapped.map((p) => p[1]);
  return { x: Math.min(...xs), y: Math.min(...ys), width: Math.max(...xs) - Math.min(...xs), height: Math.max(...ys) - Math.min(...ys) };
}

function intersect(a: Box | null, b: Box | null): Box | null {
  if (!a) return b;
  if (!b) return a;
  const x = Math.max(a.x, b.x);
  const y = Math.max(a.y, b.y);
  const right = Math.min(a.x + a.width, b.x + b.width);
  const top = Math.min(a.y + a.height, b.y + b.height);
  return right > x && top > y ? { x, y, width: right - x, height: top - y } : { x, y, width: 0, height: 0 };
}

function union(a: Box | null, b: Box): Box {
  if (!a) return b;
  const x = Math.min(a.x, b.x);
  const y = Math.min(a.y, b.y);
  return { x, y, width: Math.max(a.x + a.width, b.x + b.width) - x, height: Math.max(a.y + a.height, b.y + b.height) - y };
}

interface RunContext {
  objects: Map<number, PdfObject>;
  page: number;
  out: PlacedPicture[];
  depth: number;
}

function run(ctx: RunContext, content: string, resources: string, start: Matrix, startClip: Box | null): void {
  const names = xobjects(ctx.objects, resources);
  const stack: { ctm: Matrix; clip: Box | null }[] = [];
  let ctm = start;
  let clip = startClip;
  let path: Box | null = null;
  let clipping = false;
  const operands: string[] = [];
  const num = (k: number) => Number(operands[operands.length - k]);
  for (const token of tokens(content)) {
    if (/^[-+.\d]/.test(token) || token.startsWith('/') || token === '(string)' || /^[<>[\]{}]$/.test(token)) {
      operands.push(token);
      continue;
    }
    if (token === 'q') stack.push({ ctm, clip });
    else if (token === 'Q') ({ ctm, clip } = stack.pop() ?? { ctm, clip });
    else if (token === 'cm') ctm = multiply([num(6), num(5), num(4), num(3), num(2), num(1)], ctm);
    else if (token === 're') {
      const [x, y, w, h] = [num(4), num(3), num(2), num(1)];
      path = union(path, boxOf([[x, y], [x + w, y], [x, y + h], [x + w, y + h]], ctm));
    } else if (token === 'm' || token === 'l') path = union(path, boxOf([[num(2), num(1)]], ctm));
    else if (token === 'c') path = union(path, boxOf([[num(6), num(5)], [num(4), num(3)], [num(2), num(1)]], ctm));
    else if (token === 'W' || token === 'W*') clipping = true;
    else if (['n', 'f', 'f*', 'F', 'S', 's', 'B', 'B*', 'b', 'b*'].includes(token)) {
      if (clipping) clip = intersect(clip, path);
      clipping = false;
      path = null;
    } else if (token === 'Do') {
      const id = names.get((operands[operands.length - 1] ?? '').slice(1));
      const object = id === undefined ? undefined : ctx.objects.get(id);
      if (object && /\/Subtype\s*\/Image/.test(object.dict)) {
        const drawn = boxOf([[0, 0], [1, 0], [0, 1], [1, 1]], ctm);
        const pixels = { width: Number(/\/Width\s+(\d+)/.exec(object.dict)?.[1] ?? 0), height: Number(/\/Height\s+(\d+)/.exec(object.dict)?.[1] ?? 0) };
        ctx.out.push({ page: ctx.page, pixels, drawn, visible: intersect(clip, drawn) });
      } else if (object && /\/Subtype\s*\/Form/.test(object.dict) && object.stream && ctx.depth < 8) {
        const matrix = /\/Matrix\s*\[([^\]]*)\]/.exec(object.dict)?.[1]?.trim().split(/\s+/).map(Number);
        const form: Matrix = matrix && matrix.length === 6 ? [matrix[0] ?? 1, matrix[1] ?? 0, matrix[2] ?? 0, matrix[3] ?? 1, matrix[4] ?? 0, matrix[5] ?? 0] : [1, 0, 0, 1, 0, 0];
        run({ ...ctx, depth: ctx.depth + 1 }, object.stream.toString('latin1'), resourcesOf(ctx.objects, object.dict) || resources, multiply(form, ctm), clip);
      }
    }
    operands.length = 0;
  }
}

function pageIds(objects: Map<number, PdfObject>): number[] {
  const root = [...objects.entries()].find(([, o]) => /\/Type\s*\/Pages\b/.test(o.dict) && !/\/Parent\b/.test(o.dict));
  const walk = (id: number): number[] => {
    const dict = objects.get(id)?.dict ?? '';
    if (/\/Type\s*\/Pages\b/.test(dict)) return refs(/\/Kids\s*\[([^\]]*)\]/.exec(dict)?.[1] ?? '').flatMap(walk);
    return /\/Type\s*\/Page\b/.test(dict) ? [id] : [];
  };
  return root ? walk(root[0]) : [];
}

// Every picture the PDF draws, page by page (pages from 1), in drawing order.
export function placedPictures(pdf: Buffer): PlacedPicture[] {
  const objects = parseObjects(pdf);
  const out: PlacedPicture[] = [];
  pageIds(objects).forEach((id, index) => {
    const dict = objects.get(id)?.dict ?? '';
    const contents = /\/Contents\s*\[([^\]]*)\]/.exec(dict)?.[1];
    const streams = contents ? refs(contents) : [ref(dict, 'Contents')].filter((r): r is number => r !== null);
    const content = streams.map((s) => objects.get(s)?.stream?.toString('latin1') ?? '').join('\n');
    run({ objects, page: index + 1, out, depth: 0 }, content, resourcesOf(objects, dict), [1, 0, 0, 1, 0, 0], null);
  });
  return out;
}
