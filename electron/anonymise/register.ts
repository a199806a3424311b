// The anonymisation register: each real name or identifier and what replaces it in
// output. Cases' real names map to their labels, organisations to "Project N lead/partner
// organisation"; places, colleagues named in passing and misspellings are added by the
// user. Export matching uses the register plus every case and organisation it lacks,
// so nothing leaves unchecked because the register was not filled in.
import { ApiError } from '../../shared/errors.ts';
import { createMatcher, findNames } from '../../shared/anonymise/matcher.ts';
import { foldedKey } from '../../shared/anonymise/tokenise.ts';
import { ruleVariants, suggestCaseSensitive } from '../../shared/anonymise/variants.ts';
import type { AttributionFormat, MatchRule, RegisterRule, RuleKind } from '../../shared/model/anonymise.ts';
import type { Store } from '../db/store.ts';
import type { CaseRow } from '../db/table-rows.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { caseQueries } from '../cases/queries.ts';
import type { OrganisationWithProjectRow } from '../cases/queries.ts';
import { registerQueries } from './queries.ts';
import type { RuleWithCaseRow } from './queries.ts';

function parseVariants(json: string): string[] {
  try {
    const value: unknown = JSON.parse(json);
    return Array.isArray(value) ? value.filter((v): v is string => typeof v === 'string') : [];
  } catch {
    return [];
  }
}

function toRule(row: RuleWithCaseRow): RegisterRule {
  const base: MatchRule = {
    id: row.id,
    kind: row.kind,
    realText: row.real_text,
    replacement: row.replacement.trim() || row.case_label || defaultReplacement(row.kind),
    caseSensitive: row.case_sensitive === 1,
    variants: parseVariants(row.variants_json),
    autoVariants: row.auto_variants === 1,
  };
  return {
    ...base,
    guid: row.guid,
    caseId: row.case_id,
    caseLabel: row.case_label,
    organisationId: row.organisation_id,
    pseudonym: row.pseudonym,
    storedReplacement: row.replacement,
    allVariants: ruleVariants(base).map((v) => ({ text: v.text, form: v.form, caseSensitive: v.caseSensitive })),
    createdAt: row.created_at,
  };
}

function defaultReplacement(kind: RuleKind): string {
  return kind === 'person' ? 'name' : kind === 'organisation' ? 'organisation' : kind === 'place' ? 'place' : 'identifier';
}

// Every rule of the register, people first, then organisations, places and others.
export function listRules(store: Store): RegisterRule[] {
  const order: Record<RuleKind, number> = { person: 0, organisation: 1, place: 2, other: 3 };
  return registerQueries(store)
    .rules.all()
    .map(toRule)
    .sort((a, b) => order[a.kind] - order[b.kind]);
}

// One rule, or NOT_FOUND.
export function getRule(store: Store, id: number): RegisterRule {
  const row = registerQueries(store).rule.get(id);
  if (!row) throw new ApiError('NOT_FOUND', 'That register entry no longer exists.');
  return toRule(row);
}

// What an organisation becomes in output: "Project 1 lead organisation".
export function organisationReplacement(project: string | null, partnerRole: string | null): string {
  const role = partnerRole === 'lead' || partnerRole === 'partner' || partnerRole === 'external' ? `${partnerRole} ` : '';
  return `${project ?? 'Project'} ${role}organisation`.replace(/\s+/g, ' ').trim();
}

// Cases and organisations the register has no entry for yet.
export function missingFromRegister(store: Store): { cases: Pick<CaseRow, 'id' | 'label' | 'real_name'>[]; organisations: OrganisationWithProjectRow[] } {
  const rules = registerQueries(store).ruleLinks.all();
  const caseIds = new Set(rules.map((r) => r.case_id).filter((v) => v !== null));
  const orgIds = new Set(rules.map((r) => r.organisation_id).filter((v) => v !== null));
  const texts = new Set(rules.map((r) => foldedKey(r.real_text)));
  return {
    cases: caseQueries(store)
      .namesById.all()
      .filter((c) => c.real_name.trim() && !caseIds.has(c.id) && !texts.has(foldedKey(c.real_name))),
    organisations: caseQueries(store)
      .organisationsWithProject.all()
      .filter((o) => o.name.trim() && !orgIds.has(o.id) && !texts.has(foldedKey(o.name))),
  };
}

export interface ExportRuleOptions {
  attribution?: AttributionFormat;
}

// The rules an export matches: the register plus every case and organisation missing from it.
// In pseudonym format a case's name is replaced by its pseudonym where it has one.
export function exportRules(store: Store, options: ExportRuleOptions = {}): MatchRule[] {
  const register = listRules(store);
  const out: MatchRule[] = register.map((r) => ({
    id: r.id,
    kind: r.kind,
    realText: r.realText,
    replacement: options.attribution === 'pseudonym' && r.pseudonym.trim() ? r.pseudonym.trim() : r.replacement,
    caseSensitive: r.caseSensitive,
    variants: r.variants,
    autoVariants: r.autoVariants,
  }));
  const missing = missingFromRegister(store);
  let implicitId = -1;
  for (const c of missing.cases) {
    out.push({ id: implicitId--, kind: 'person', realText: c.real_name, replacement: c.label || 'participant', caseSensitive: suggestCaseSensitive(c.real_name), variants: [], autoVariants: true });
  }
  for (const o of missing.organisations) {
    out.push({ id: implicitId--, kind: 'organisation', realText: o.name, replacement: organisationReplacement(o.project, o.partner_role), caseSensitive: false, variants: [], autoVariants: true });
  }
  return out;
}

export interface RuleInput {
  kind: RuleKind;
  realText: string;
  replacement: string;
  caseId?: number | null;
  organisationId?: number | null;
  caseSensitive?: boolean;
  variants?: string[];
  autoVariants?: boolean;
  pseudonym?: string;
}

function cleanVariants(variants: readonly string[]): string[] {
  const seen = new Set<string>();
  const out: string[] = [];
  for (const v of variants) {
    const t = v.trim();
    if (!t || foldedKey(t) === '' || seen.has(t.toLowerCase())) continue;
    seen.add(t.toLowerCase());
    out.push(t);
  }
  return out;
}

// Refuses a replacement or pseudonym that would itself read as a name in the register.
function checkReplacement(store: Store, candidate: MatchRule, exceptId: number | null): void {
  const others = listRules(store).filter((r) => r.id !== exceptId);
  const matcher = createMatcher([...others, candidate]);
  for (const text of [candidate.replacement]) {
    const hit = findNames(matcher, text)[0];
    if (hit) {
      const rule = matcher.rules[hit.ruleIndex];
      throw new ApiError('BAD_INPUT', `The replacement "${text}" contains "${hit.text}", which the register treats as a name (${rule?.realText ?? ''}). Choose a replacement without it.`);
    }
  }
  if (!foldedKey(candidate.realText)) throw new ApiError('BAD_INPUT', 'A register entry needs at least one letter in its real text.');
  const duplicate = others.find((r) => foldedKey(r.realText) === foldedKey(candidate.realText));
  if (duplicate) throw new ApiError('ALREADY_EXISTS', `"${duplicate.realText}" is already in the register. Add other spellings to that entry instead.`);
}

function insertRule(rec: ActionRecorder, input: RuleInput): number {
  const store = rec.store;
  return rec.insert('anonymisation_rules', {
    guid: store.newGuid(),
    kind: input.kind,
    real_text: input.realText.trim(),
    replacement: input.replacement.trim(),
    case_id: input.caseId ?? null,
    organisation_id: input.organisationId ?? null,
    case_sensitive: (input.caseSensitive ?? suggestCaseSensitive(input.realText)) ? 1 : 0,
    variants_json: JSON.stringify(cleanVariants(input.variants ?? [])),
    pseudonym: (input.pseudonym ?? '').trim(),
    auto_variants: input.autoVariants === false ? 0 : 1,
    created_at: store.now().toISOString(),
  });
}

function candidateOf(store: Store, input: RuleInput, id: number): MatchRule {
  const caseLabel = input.caseId ? (caseQueries(store).label.get(input.caseId) ?? null) : null;
  if (input.caseId && caseLabel === null) throw new ApiError('NOT_FOUND', 'That case no longer exists.');
  return {
    id,
    kind: input.kind,
    realText: input.realText.trim(),
    replacement: input.replacement.trim() || caseLabel || defaultReplacement(input.kind),
    caseSensitive: input.caseSensitive ?? suggestCaseSensitive(input.realText),
    variants: cleanVariants(input.variants ?? []),
    autoVariants: input.autoVariants !== false,
  };
}

// Adds a register entry (one undoable action).
export function addRule(store: Store, input: RuleInput): RegisterRule {
  const candidate = candidateOf(store, input, 0);
  checkReplacement(store, candidate, null);
  if (input.pseudonym?.trim()) checkReplacement(store, { ...candidate, replacement: input.pseudonym.trim() }, null);
  const id = runAction(store, `Add "${input.realText.trim().slice(0, 40)}" to the register`, (rec) => insertRule(rec, input));
  return getRule(store, id);
}

export type RuleUpdate = Partial<Omit<RuleInput, 'caseId' | 'organisationId'>>;

// Changes a register entry.
export function updateRule(store: Store, id: number, update: RuleUpdate): RegisterRule {
  const current = getRule(store, id);
  const merged: RuleInput = {
    kind: update.kind ?? current.kind,
    realText: update.realText ?? current.realText,
    replacement: update.replacement ?? current.storedReplacement,
    caseId: current.caseId,
    caseSensitive: update.caseSensitive ?? current.caseSensitive,
    variants: update.variants ?? [...current.variants],
    autoVariants: update.autoVariants ?? current.autoVariants,
    pseudonym: update.pseudonym ?? current.pseudonym,
  };
  const candidate = candidateOf(store, merged, id);
  checkReplacement(store, candidate, id);
  if (merged.pseudonym?.trim()) checkReplacement(store, { ...candidate, replacement: merged.pseudonym.trim() }, id);
  runAction(store, 'Edit register entry', (rec) => {
    rec.update('anonymisation_rules', id, {
      kind: merged.kind,
      real_text: merged.realText.trim(),
      replacement: merged.replacement.trim(),
      case_sensitive: merged.caseSensitive ? 1 : 0,
      variants_json: JSON.stringify(candidate.variants),
      auto_variants: merged.autoVariants === false ? 0 : 1,
      pseudonym: (merged.pseudonym ?? '').trim(),
    });
  });
  return getRule(store, id);
}

// Deletes a register entry with its overrides.
export function deleteRule(store: Store, id: number): void {
  const rule = getRule(store, id);
  runAction(store, `Remove "${rule.realText.slice(0, 40)}" from the register`, (rec) => {
    for (const overrideId of registerQueries(store).overrideIdsOfRule.all(id)) rec.delete('anonymisation_overrides', overrideId);
    rec.delete('anonymisation_rules', id);
  });
}

// Adds the register entries cases and organisations lack, inside an action.
export function insertMissingRules(rec: ActionRecorder): number {
  const missing = missingFromRegister(rec.store);
  for (const c of missing.cases) insertRule(rec, { kind: 'person', realText: c.real_name, replacement: '', caseId: c.id });
  for (const o of missing.organisations) insertRule(rec, { kind: 'organisation', realText: o.name, replacement: organisationReplacement(o.project, o.partner_role), organisationId: o.id });
  return missing.cases.length + missing.organisations.length;
}

// Fills the register from cases and organisations (one undoable action); returns how many were added.
export function fillRegister(store: Store): number {
  const missing = missingFromRegister(store);
  if (missing.cases.length + missing.organisations.length === 0) return 0;
  return runAction(store, 'Fill the register from cases and organisations', (rec) => insertMissingRules(rec));
}

// An entry of a demo study's register: a case's pseudonym, or a name named in passing.
export interface SeedRegisterEntry {
  case?: string;
  pseudonym?: string;
  kind?: RuleKind;
  realText?: string;
  replacement?: string;
  variants?: string[];
  caseSensitive?: boolean;
}

// Seeds the register of a new project inside its set-up: every case and organisation, then the entries given.
export function seedRegister(rec: ActionRecorder, entries: readonly SeedRegisterEntry[], caseIds: ReadonlyMap<string, number>): void {
  insertMissingRules(rec);
  for (const entry of entries) {
    if (entry.case) {
      const caseId = caseIds.get(entry.case);
      if (caseId === undefined) throw new Error(`The demo register names an unknown case: ${entry.case}`);
      const ruleId = registerQueries(rec.store).ruleIdsOfCase.get(caseId);
      if (ruleId === undefined) throw new Error(`No register entry for case ${entry.case}`);
      rec.update('anonymisation_rules', ruleId, { pseudonym: entry.pseudonym ?? '', variants_json: JSON.stringify(cleanVariants(entry.variants ?? [])) });
      continue;
    }
    if (!entry.realText || !entry.kind) throw new Error('A demo register entry needs a case, or a kind and a real text.');
    insertRule(rec, { kind: entry.kind, realText: entry.realText, replacement: entry.replacement ?? '', variants: entry.variants, caseSensitive: entry.caseSensitive });
  }
}
