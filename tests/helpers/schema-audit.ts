// Walks a zod 4 schema and lists what makes it less than strict: objects that keep or
// strip unknown keys instead of refusing them, `any`/`unknown` holes, and schema kinds the
// input generator (schema-inputs.ts) does not know, so new kinds cannot slip past the fuzz.
import { z } from 'zod';

// One finding: where in the schema (a dotted path) and what is wrong there.
export interface SchemaProblem {
  path: string;
  problem: string;
}

// Lists every non-strict object, any/unknown and unsupported schema kind reachable from a schema.
export function schemaProblems(schema: z.core.$ZodType, path = 'input'): SchemaProblem[] {
  const out: SchemaProblem[] = [];
  visit(schema, path, out);
  return out;
}

function visit(schema: z.core.$ZodType, path: string, out: SchemaProblem[]): void {
  if (schema instanceof z.ZodOptional || schema instanceof z.ZodNullable || schema instanceof z.ZodDefault) {
    visit(schema.def.innerType, path, out);
  } else if (schema instanceof z.ZodUnion) {
    schema.def.options.forEach((option, i) => visit(option, `${path}|${i}`, out));
  } else if (schema instanceof z.ZodObject) {
    const catchall = schema.def.catchall;
    if (!(catchall instanceof z.ZodNever)) out.push({ path, problem: 'object is not strict (unknown keys are not refused)' });
    for (const [key, child] of Object.entries(schema.shape)) visit(child, `${path}.${key}`, out);
  } else if (schema instanceof z.ZodArray) {
    visit(schema.element, `${path}[]`, out);
  } else if (schema instanceof z.ZodRecord) {
    visit(schema.keyType, `${path}{key}`, out);
    visit(schema.valueType, `${path}{value}`, out);
  } else if (schema instanceof z.ZodTemplateLiteral) {
    for (const part of schema.def.parts) if (part instanceof z.ZodType) visit(part, `${path}\`\``, out);
  } else if (schema instanceof z.ZodAny || schema instanceof z.ZodUnknown) {
    out.push({ path, problem: `${schema.def.type} accepts anything` });
  } else if (
    !(schema instanceof z.ZodString || schema instanceof z.ZodNumber || schema instanceof z.ZodBoolean || schema instanceof z.ZodEnum || schema instanceof z.ZodLiteral)
  ) {
    out.push({ path, problem: `schema kind "${schema._zod.def.type}" is not handled by the fuzz generator` });
  }
}
