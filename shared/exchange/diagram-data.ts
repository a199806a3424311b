// What our .qdpx export keeps of a diagram beyond its REFI graph (in a note linked to the
// graph), and reading it back from an untrusted file: every field checked and bounded.
import { z } from 'zod';

const text = (max: number) => z.string().max(max);
const guid = z.string().min(1).max(100);
const nudge = z.number().finite().min(-100_000).max(100_000);

const diagramDataSchema = z.object({
  v: z.literal(1),
  guid,
  generation: z.number().int().min(1).max(3),
  title: text(500),
  perspective: text(500),
  phase: text(500),
  caption: text(100_000),
  createdAt: text(40),
  updatedAt: text(40),
  systems: z.array(z.object({ guid, name: text(500) })).max(20),
  components: z
    .array(
      z.object({
        guid,
        // index into systems; null for the shared object
        system: z.number().int().min(0).max(19).nullable(),
        component: z.enum(['subject', 'object', 'outcome', 'tools', 'rules', 'community', 'division-of-labour', 'shared-object']),
        text: text(10_000),
        nudgeX: nudge,
        nudgeY: nudge,
        // exported coding GUIDs
        evidence: z.array(guid).max(10_000),
      }),
    )
    .max(200),
  tensions: z
    .array(
      z.object({
        guid,
        // component GUIDs
        from: guid,
        to: guid.nullable(),
        level: z.enum(['primary', 'secondary', 'tertiary', 'quaternary']),
        label: text(1000),
        memo: text(100_000),
        labelNudgeX: nudge,
        labelNudgeY: nudge,
        createdAt: text(40),
        evidence: z.array(guid).max(10_000),
      }),
    )
    .max(500),
});

export type DiagramData = z.infer<typeof diagramDataSchema>;

// Reads a diagram's data from its JSON text; null when it is not data our exporter wrote.
export function parseDiagramData(json: string): DiagramData | null {
  let value: unknown;
  try {
    value = JSON.parse(json);
  } catch {
    return null;
  }
  const parsed = diagramDataSchema.safeParse(value);
  return parsed.success ? parsed.data : null;
}

const ALPHABET = 'ABCDEFGHIJKLMNOPQRSTUVWXYZabcdefghijklmnopqrstuvwxyz0123456789-_';

// JSON with every non-ASCII character escaped, so it travels as ASCII.
function asciiJson(value: unknown): string {
  return JSON.stringify(value).replace(/[\u007f-\uffff]/g, (c) => `\\u${c.charCodeAt(0).toString(16).padStart(4, '0')}`);
}

// A diagram's data as the value of its marker line (ASCII JSON in base64url).
export function encodeDiagramData(data: DiagramData): string {
  const ascii = asciiJson(data);
  let out = '';
  for (let i = 0; i < ascii.length; i += 3) {
    const a = ascii.charCodeAt(i);
    const b = i + 1 < ascii.length ? ascii.charCodeAt(i + 1) : 0;
    const c = i + 2 < ascii.length ? ascii.charCodeAt(i + 2) : 0;
    const n = (a << 16) | (b << 8) | c;
    out += (ALPHABET[(n >> 18) & 63] ?? '') + (ALPHABET[(n >> 12) & 63] ?? '');
    if (i + 1 < ascii.length) out += ALPHABET[(n >> 6) & 63] ?? '';
    if (i + 2 < ascii.length) out += ALPHABET[n & 63] ?? '';
  }
  return out;
}

// Reads a diagram marker's value back; null when it is not data our exporter wrote.
export function decodeDiagramData(value: string): DiagramData | null {
  if (value.length > 20_000_000 || !/^[A-Za-z0-9_-]*$/.test(value)) return null;
  let ascii = '';
  for (let i = 0; i < value.length; i += 4) {
    const chunk = value.slice(i, i + 4);
    let n = 0;
    for (let j = 0; j < 4; j++) n = (n << 6) | (j < chunk.length ? ALPHABET.indexOf(chunk[j] ?? 'A') : 0);
    ascii += String.fromCharCode((n >> 16) & 255);
    if (chunk.length > 2) ascii += String.fromCharCode((n >> 8) & 255);
    if (chunk.length > 3) ascii += String.fromCharCode(n & 255);
  }
  return parseDiagramData(ascii);
}
