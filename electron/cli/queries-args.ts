// Reading the queries commands' arguments: nodes by path or id, scopes from --where and
// numbers within bounds.
import { ApiError } from '../../shared/errors.ts';
import type { AttributeField, ColumnField, FieldFilter, NodeSet, QueryScope } from '../../shared/model/queries.ts';
import { CASE_FIELDS, SOURCE_FIELDS } from '../../shared/model/queries.ts';
import type { OpenStore } from '../db/open-project.ts';
import { loadLookups } from '../queries/lookup.ts';
import { flagValue } from './arguments.ts';
import { resolveCoders } from './team-args.ts';
import type { CliArgs } from './command.ts';

// A whole-number flag within bounds.
export function intFlag(args: CliArgs, name: string, usage: string, fallback: number, min: number, max: number): number {
  const raw = flagValue(args, name, usage);
  if (raw === undefined) return fallback;
  const n = Number(raw);
  if (!Number.isInteger(n) || n < min || n > max) throw new ApiError('BAD_INPUT', `--${name} must be a whole number from ${min} to ${max}.`);
  return n;
}

// Finds a node by id, full path ("Q1 Tools and artefacts/Process of the activity") or unique name.
export function resolveNode(store: OpenStore, ref: string): number {
  const lookups = loadLookups(store);
  const trimmed = ref.trim();
  if (/^\d+$/.test(trimmed) && lookups.nodes.has(Number(trimmed))) return Number(trimmed);
  const lower = trimmed.toLowerCase();
  const byPath = [...lookups.nodes.values()].filter((n) => n.path.toLowerCase() === lower);
  if (byPath[0]) return byPath[0].id;
  const byName = [...lookups.nodes.values()].filter((n) => n.name.toLowerCase() === lower);
  if (byName.length === 1 && byName[0]) return byName[0].id;
  if (byName.length > 1) throw new ApiError('BAD_INPUT', `${byName.length} nodes are called "${ref}"; give the full path, e.g. "${byName[0]?.path ?? ''}".`);
  throw new ApiError('NOT_FOUND', `There is no node "${ref}". Give its id, its name or its path as "Parent/Child".`);
}

// Reads a field name: role, project, partnerRole (or lead-or-partner), region, round, mode, kind, case:<attr>, source:<attr>.
export function parseField(raw: string): AttributeField {
  const v = raw.trim();
  const aliases: Record<string, AttributeField> = { 'lead-or-partner': 'partnerRole', 'lead/partner': 'partnerRole', leadpartner: 'partnerRole', partner: 'partnerRole', 'provider-type': 'providerType' };
  const alias = aliases[v.toLowerCase()];
  if (alias) return alias;
  const builtIn = [...CASE_FIELDS, ...SOURCE_FIELDS].find((f) => f.toLowerCase() === v.toLowerCase());
  if (builtIn) return builtIn;
  if (/^case:.+/.test(v)) return `case:${v.slice(5)}`;
  if (/^source:.+/.test(v)) return `source:${v.slice(7)}`;
  throw new ApiError('BAD_INPUT', `"${raw}" is not a field. Use role, project, partnerRole, region, providerType, round, mode, kind, case:<attribute> or source:<attribute>.`);
}

// Reads --cols: case or a field.
export function parseColumns(raw: string | undefined): ColumnField {
  if (raw === undefined) throw new ApiError('BAD_INPUT', 'Say what the columns are with --cols (case, role, project, partnerRole, round, ...).');
  return raw.trim().toLowerCase() === 'case' || raw.trim().toLowerCase() === 'cases' ? 'case' : parseField(raw);
}

// Reads --rows (or --items): "questions", or node paths/ids separated by commas.
export function parseNodeSet(store: OpenStore, raw: string | undefined, descendants: boolean): NodeSet {
  if (raw === undefined || raw.trim().toLowerCase() === 'questions') return { kind: 'questions' };
  const nodeIds = raw.split(',').map((r) => r.trim()).filter(Boolean).map((r) => resolveNode(store, r));
  return { kind: 'nodes', nodeIds, includeDescendants: descendants };
}

// Reads --where "role=broker,mentor;round=1", --no-interviewer and (given the project) --coders AM,JR into a scope.
export function parseScope(args: CliArgs, usage: string, store?: OpenStore): QueryScope | undefined {
  const where = flagValue(args, 'where', usage);
  const scope: QueryScope = {};
  if (where !== undefined) {
    const filters: FieldFilter[] = [];
    for (const part of where.split(';').map((p) => p.trim()).filter(Boolean)) {
      const eq = part.indexOf('=');
      if (eq <= 0) throw new ApiError('BAD_INPUT', `--where takes field=value pairs separated by ";", e.g. "role=broker,mentor;round=1" (not "${part}").`);
      filters.push({ field: parseField(part.slice(0, eq)), values: part.slice(eq + 1).split(',').map((v) => v.trim()).filter(Boolean) });
    }
    scope.filters = filters;
  }
  if (args.flags.has('no-interviewer')) scope.excludeInterviewer = true;
  const coders = store ? flagValue(args, 'coders', usage) : undefined;
  if (store && coders !== undefined) scope.coderIds = resolveCoders(store, coders);
  return Object.keys(scope).length > 0 ? scope : undefined;
}
