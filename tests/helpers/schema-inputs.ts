// Inputs generated from a zod 4 schema for fuzzing the API contract: one valid input,
// and from it "mutants" that each break exactly one thing (a wrong type, a missing or
// extra key, a huge string, a negative or fractional number, a value outside an enum, a
// broken refinement), recursively through nested objects, arrays, records and unions.
// The caller keeps the mutants the schema refuses; ALWAYS_REFUSED kinds must all be refused.
import { z } from 'zod';

type Schema = z.core.$ZodType;
type JsonKind = 'number' | 'string' | 'boolean' | 'object' | 'array' | 'null';

// One shared huge string (over every text limit but the base64 one); sent directly, never over HTTP.
export const HUGE_STRING = 'x'.repeat(60_000_001);

export type MutantKind =
  | 'wrong-type'
  | 'missing-key'
  | 'extra-key'
  | 'out-of-enum'
  | 'huge-string'
  | 'too-long'
  | 'too-short'
  | 'pattern'
  | 'negative'
  | 'fractional'
  | 'out-of-range'
  | 'not-finite'
  | 'reversed-range'
  | 'refinement'
  | 'drop-optional'
  | 'add-optional';

// Kinds a strict schema must refuse every time (the others may be fine for some fields, e.g. -1 for a nudge).
export const ALWAYS_REFUSED: ReadonlySet<MutantKind> = new Set<MutantKind>(['wrong-type', 'missing-key', 'extra-key', 'out-of-enum', 'reversed-range']);

// An input with one thing broken: where (a dotted path), how, and whether to send it only directly
// (NaN and Infinity have no JSON; the huge string is too big for an HTTP test).
export interface Mutant {
  path: string;
  kind: MutantKind;
  value: unknown;
  directOnly: boolean;
}

const MAX_BUILT_STRING = 1_000_000;
const MAX_BUILT_ARRAY = 200_000;
const WRONG_TYPE_SAMPLES: readonly (readonly [JsonKind, unknown])[] = [
  ['number', 12],
  ['string', '12'],
  ['boolean', true],
  ['object', {}],
  ['array', []],
  ['null', null],
];

function accepts(schema: Schema, value: unknown): boolean {
  return z.safeParse(schema, value).success;
}

function isRecord(value: unknown): value is Record<string, unknown> {
  return typeof value === 'object' && value !== null && !Array.isArray(value);
}

function checkDefs(schema: Schema): z.core.$ZodCheckDef[] {
  return (schema._zod.def.checks ?? []).map((check) => check._zod.def);
}

function hasRefinement(schema: Schema): boolean {
  return checkDefs(schema).some((def) => def.check === 'custom');
}

function numberAt(def: z.core.$ZodCheckDef, key: 'minimum' | 'maximum'): number | null {
  const found: unknown = key in def ? Reflect.get(def, key) : undefined;
  return typeof found === 'number' ? found : null;
}

function lengthLimits(schema: Schema): { min: number; max: number | null } {
  let min = 0;
  let max: number | null = null;
  for (const def of checkDefs(schema)) {
    if (def.check === 'min_length') min = Math.max(min, numberAt(def, 'minimum') ?? 0);
    if (def.check === 'max_length') {
      const limit = numberAt(def, 'maximum');
      if (limit !== null) max = max === null ? limit : Math.min(max, limit);
    }
  }
  return { min, max };
}

function pick(schema: Schema, candidates: readonly unknown[]): unknown {
  for (const candidate of candidates) if (accepts(schema, candidate)) return candidate;
  throw new Error(`no generic valid value for a ${schema._zod.def.type} schema; add a hand-written base`);
}

// Builds a value the schema accepts: every optional key present, one element per array, the first union option.
export function validInput(schema: Schema): unknown {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) return validInput(schema.def.innerType);
  if (schema instanceof z.ZodUnion) {
    const first = schema.def.options[0];
    if (!first) throw new Error('empty union');
    return validInput(first);
  }
  if (schema instanceof z.ZodObject) return Object.fromEntries(Object.entries(schema.shape).map(([key, child]) => [key, validInput(child)]));
  if (schema instanceof z.ZodArray) return Array.from({ length: Math.max(lengthLimits(schema).min, 1) }, () => validInput(schema.element));
  if (schema instanceof z.ZodRecord) return { [String(validInput(schema.keyType))]: validInput(schema.valueType) };
  if (schema instanceof z.ZodTemplateLiteral) return templateParts(schema).join('');
  if (schema instanceof z.ZodString) return pick(schema, ['a', 'x'.repeat(schema.minLength ?? 0), '2024-05-01', '#336699']);
  if (schema instanceof z.ZodNumber) return pick(schema, [1, 0, 2, schema.minValue, schema.maxValue]);
  if (schema instanceof z.ZodBoolean) return true;
  if (schema instanceof z.ZodEnum) return schema.options[0];
  if (schema instanceof z.ZodLiteral) return [...schema.values][0];
  throw new Error(`cannot generate a value for a ${schema._zod.def.type} schema`);
}

function templateParts(schema: z.ZodTemplateLiteral): string[] {
  return schema.def.parts.map((part) => (part instanceof z.ZodType ? String(validInput(part)) : String(part)));
}

// The JSON kinds of value a schema position accepts (to choose wrong types it must refuse).
function kindsOf(schema: Schema): Set<JsonKind> {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodDefault) return kindsOf(schema.def.innerType);
  if (schema instanceof z.ZodNullable) return new Set([...kindsOf(schema.def.innerType), 'null']);
  if (schema instanceof z.ZodUnion) return new Set(schema.def.options.flatMap((option) => [...kindsOf(option)]));
  if (schema instanceof z.ZodObject || schema instanceof z.ZodRecord) return new Set(['object']);
  if (schema instanceof z.ZodArray) return new Set(['array']);
  if (schema instanceof z.ZodString || schema instanceof z.ZodTemplateLiteral) return new Set(['string']);
  if (schema instanceof z.ZodNumber) return new Set(['number']);
  if (schema instanceof z.ZodBoolean) return new Set(['boolean']);
  const values = schema instanceof z.ZodEnum ? schema.options : schema instanceof z.ZodLiteral ? [...schema.values] : null;
  if (values) return new Set(values.map((v): JsonKind => (v === null ? 'null' : typeof v === 'number' ? 'number' : typeof v === 'boolean' ? 'boolean' : 'string')));
  return new Set(WRONG_TYPE_SAMPLES.map(([kind]) => kind)); // unknown kinds: no wrong type to offer (schema-audit flags them)
}

function mutant(path: string, kind: MutantKind, value: unknown, directOnly = false): Mutant {
  return { path, kind, value, directOnly };
}

// Every one-thing-broken variant of a valid value at this schema position, including wrong types for the position.
export function schemaMutants(schema: Schema, value: unknown, path = 'input'): Mutant[] {
  const kinds = kindsOf(schema);
  const wrong = WRONG_TYPE_SAMPLES.filter(([kind]) => !kinds.has(kind)).map(([, sample]) => mutant(path, 'wrong-type', sample));
  return [...wrong, ...innerMutants(schema, value, path)];
}

function innerMutants(schema: Schema, value: unknown, path: string): Mutant[] {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    return value === undefined || value === null ? [] : innerMutants(schema.def.innerType, value, path);
  }
  if (schema instanceof z.ZodUnion) return unionMutants(schema, value, path);
  if (schema instanceof z.ZodObject) return objectMutants(schema, value, path);
  if (schema instanceof z.ZodArray) return arrayMutants(schema, value, path);
  if (schema instanceof z.ZodRecord) return recordMutants(schema, value, path);
  if (schema instanceof z.ZodTemplateLiteral) return templateMutants(schema, value, path);
  if (schema instanceof z.ZodString) return stringMutants(schema, value, path);
  if (schema instanceof z.ZodNumber) return numberMutants(schema, value, path);
  if (schema instanceof z.ZodEnum) {
    const members: readonly unknown[] = schema.options;
    const member = String(members[0]);
    const candidates = ['not-a-member', `${member} `, member.toUpperCase(), ''];
    return candidates.filter((c) => !members.includes(c)).map((c) => mutant(path, 'out-of-enum', c));
  }
  if (schema instanceof z.ZodLiteral) {
    const members: readonly unknown[] = [...schema.values];
    const first = members[0];
    const candidates = typeof first === 'number' ? [first + 0.5, first + 100] : typeof first === 'boolean' ? [!first] : [`${String(first)}!`, String(first).toUpperCase()];
    return candidates.filter((c) => !members.includes(c)).map((c) => mutant(path, 'out-of-enum', c));
  }
  return [];
}

// Mutants inside the option that made the value, and inside a valid value of each other option.
function unionMutants(schema: z.ZodUnion, value: unknown, path: string): Mutant[] {
  const options = schema.def.options;
  const chosen = options.findIndex((option) => accepts(option, value));
  return options.flatMap((option, i) => (i === chosen ? innerMutants(option, value, path) : innerMutants(option, validInput(option), `${path}|${i}`)));
}

function objectMutants(schema: z.ZodObject, value: unknown, path: string): Mutant[] {
  if (!isRecord(value)) return [];
  const out: Mutant[] = [];
  for (const [key, child] of Object.entries(schema.shape)) {
    const at = `${path}.${key}`;
    const { [key]: present, ...rest } = value;
    if (present === undefined) {
      // an absent optional key: giving it may break an either/or refinement
      out.push(mutant(at, 'add-optional', { ...value, [key]: validInput(child) }));
      continue;
    }
    for (const m of schemaMutants(child, present, at)) out.push({ ...m, value: { ...value, [key]: m.value } });
    out.push(mutant(at, accepts(child, undefined) ? 'drop-optional' : 'missing-key', rest));
  }
  out.push(mutant(`${path}.__extra`, 'extra-key', { ...value, __extra: true }));
  const { start, end } = value;
  if (typeof start === 'number' && typeof end === 'number') {
    // a range [start, end) must never run backwards; whether it may be empty depends on the method
    out.push(mutant(`${path}.start`, 'reversed-range', { ...value, start: end + 1 }));
    if (start !== end) out.push(mutant(`${path}.start`, 'reversed-range', { ...value, start: end, end: start }));
    if (start !== end) out.push(mutant(`${path}.end`, 'refinement', { ...value, end: start }));
  }
  return out;
}

function arrayMutants(schema: z.ZodArray, value: unknown, path: string): Mutant[] {
  if (!Array.isArray(value)) return [];
  const items: readonly unknown[] = value;
  const out: Mutant[] = [];
  const { min, max } = lengthLimits(schema);
  if (min > 0) out.push(mutant(path, 'too-short', items.slice(0, min - 1)));
  if (max !== null && max < MAX_BUILT_ARRAY) {
    const filler = items.length > 0 ? items : [validInput(schema.element)];
    out.push(mutant(path, 'too-long', Array.from({ length: max + 1 }, (_, i) => filler[i % filler.length])));
  }
  if (items.length > 0) {
    for (const m of schemaMutants(schema.element, items[0], `${path}[0]`)) out.push({ ...m, value: [m.value, ...items.slice(1)] });
    // a repeated item breaks order/overlap refinements on the list
    if (hasRefinement(schema)) out.push(mutant(path, 'refinement', [...items, items[items.length - 1]]));
  }
  return out;
}

function recordMutants(schema: z.ZodRecord, value: unknown, path: string): Mutant[] {
  if (!isRecord(value)) return [];
  const [entry] = Object.entries(value);
  if (!entry) return [];
  const [key, item] = entry;
  const out: Mutant[] = [];
  for (const m of innerMutants(schema.keyType, key, `${path}{key}`)) {
    if (typeof m.value === 'string' && m.value !== HUGE_STRING) out.push({ ...m, value: { [m.value]: item } });
  }
  for (const m of schemaMutants(schema.valueType, item, `${path}.${key}`)) out.push({ ...m, value: { ...value, [key]: m.value } });
  return out;
}

function templateMutants(schema: z.ZodTemplateLiteral, value: unknown, path: string): Mutant[] {
  const text = typeof value === 'string' ? value : '';
  const out = [mutant(path, 'huge-string', HUGE_STRING, true), mutant(path, 'pattern', `!${text}`)];
  const parts = templateParts(schema);
  schema.def.parts.forEach((part, i) => {
    if (!(part instanceof z.ZodType)) return;
    for (const m of innerMutants(part, parts[i], path)) {
      if (typeof m.value === 'string' && m.value !== HUGE_STRING) out.push({ ...m, value: parts.map((p, j) => (j === i ? m.value : p)).join('') });
    }
  });
  return out;
}

function stringMutants(schema: z.ZodString, value: unknown, path: string): Mutant[] {
  const text = typeof value === 'string' ? value : '';
  const out = [mutant(path, 'huge-string', HUGE_STRING, true)];
  const max = schema.maxLength;
  const min = schema.minLength ?? 0;
  if (max !== null && max < MAX_BUILT_STRING) out.push(mutant(path, 'too-long', 'x'.repeat(max + 1)));
  if (min > 0) {
    out.push(mutant(path, 'too-short', 'x'.repeat(min - 1)));
    out.push(mutant(path, 'too-short', ' \t\n'.repeat(min))); // blank once trimmed
  }
  if (checkDefs(schema).some((def) => def.check === 'string_format')) {
    out.push(mutant(path, 'pattern', `${text}!`), mutant(path, 'pattern', `!${text}`));
  }
  return out;
}

function numberMutants(schema: z.ZodNumber, value: unknown, path: string): Mutant[] {
  const n = typeof value === 'number' ? value : 0;
  const out = [
    mutant(path, 'negative', -1),
    mutant(path, 'out-of-range', Number.MAX_SAFE_INTEGER * 4),
    mutant(path, 'out-of-range', -Number.MAX_SAFE_INTEGER * 4),
    mutant(path, 'not-finite', Number.NaN, true),
    mutant(path, 'not-finite', Number.POSITIVE_INFINITY, true),
    mutant(path, 'not-finite', Number.NEGATIVE_INFINITY, true),
  ];
  if (schema.isInt) out.push(mutant(path, 'fractional', n + 0.5), mutant(path, 'fractional', -0.5));
  for (const def of checkDefs(schema)) {
    const bound: unknown = 'value' in def ? Reflect.get(def, 'value') : undefined;
    const inclusive: unknown = 'inclusive' in def ? Reflect.get(def, 'inclusive') : undefined;
    if (typeof bound !== 'number') continue;
    if (def.check === 'greater_than') out.push(mutant(path, 'out-of-range', inclusive === true ? bound - 1 : bound));
    if (def.check === 'less_than') out.push(mutant(path, 'out-of-range', inclusive === true ? bound + 1 : bound));
  }
  return out;
}
