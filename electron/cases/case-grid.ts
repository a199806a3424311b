// The Cases grid's writes beyond core's cases.update: a case's organisation, and that
// organisation's project, lead/partner role, provider type and region (shared by every
// case of the organisation), plus the lists the grid offers.
import { ApiError } from '../../shared/errors.ts';
import type { CaseRecord, PartnerRole } from '../../shared/model/entities.ts';
import { STUDY_ROLES } from '../../shared/model/import.ts';
import type { CaseGridOptions } from '../../shared/model/import.ts';
import type { Store } from '../db/store.ts';
import { runAction } from '../db/undo-log.ts';
import type { ActionRecorder } from '../db/undo-log.ts';
import { getCase } from './cases.ts';
import { caseQueries } from './queries.ts';

export interface OrganisationUpdate {
  organisation?: string | null;
  project?: string | null;
  partnerRole?: PartnerRole | null;
  providerType?: string | null;
  region?: string | null;
}

// The values that are neither null nor blank.
function filled(values: readonly (string | null)[]): string[] {
  return values.filter((v): v is string => typeof v === 'string' && v.trim().length > 0);
}

// The roles, organisations, projects, provider types, regions and attribute names the grid offers.
export function caseGridOptions(store: Store): CaseGridOptions {
  const queries = caseQueries(store);
  const used = filled(queries.usedRoles.all());
  const studyRoles: readonly string[] = STUDY_ROLES;
  const roles = [...STUDY_ROLES, ...used.filter((r) => !studyRoles.includes(r.toLowerCase()))];
  return {
    roles,
    organisations: queries.organisations.all(),
    projects: filled(queries.projectNames.all()),
    providerTypes: filled(queries.providerTypes.all()),
    regions: filled(queries.regions.all()),
    attributes: filled(queries.attributeNames.all()),
  };
}

// Finds an organisation by name (ignoring case) or makes it, inside an action.
export function ensureOrganisation(rec: ActionRecorder, name: string): number {
  const found = caseQueries(rec.store).organisationNamed.get(name);
  if (found !== undefined) return found;
  return rec.insert('organisations', { guid: rec.store.newGuid(), name, project_id: null, partner_role: null, provider_type: null, region: null });
}

// Finds a project by name (ignoring case) or makes it, inside an action.
export function ensureProject(rec: ActionRecorder, name: string): number {
  const found = caseQueries(rec.store).projectNamed.get(name);
  if (found !== undefined) return found;
  return rec.insert('projects', { guid: rec.store.newGuid(), name, title: '', funder: '', description: '' });
}

function blank(value: string | null | undefined): boolean {
  return value === null || value === undefined || value.trim().length === 0;
}

// Applies an organisation update to one case inside an action (used by the grid and table import).
export function applyOrganisationUpdate(rec: ActionRecorder, caseId: number, update: OrganisationUpdate): void {
  const store = rec.store;
  let orgId = caseQueries(store).organisationOf.get(caseId);
  if (orgId === undefined) throw new ApiError('NOT_FOUND', 'That case no longer exists.');
  if (update.organisation !== undefined) {
    orgId = blank(update.organisation) ? null : ensureOrganisation(rec, (update.organisation ?? '').trim());
    rec.update('cases', caseId, { organisation_id: orgId });
  }
  const values: Record<string, string | number | null> = {};
  if (update.project !== undefined) values.project_id = blank(update.project) ? null : ensureProject(rec, (update.project ?? '').trim());
  if (update.partnerRole !== undefined) values.partner_role = update.partnerRole;
  if (update.providerType !== undefined) values.provider_type = blank(update.providerType) ? null : (update.providerType ?? '').trim();
  if (update.region !== undefined) values.region = blank(update.region) ? null : (update.region ?? '').trim();
  if (Object.keys(values).length === 0) return;
  if (orgId === null) {
    throw new ApiError('BAD_INPUT', 'Give this case an organisation first: project, lead or partner, provider type and region belong to its organisation.');
  }
  rec.update('organisations', orgId, values);
}

// Changes a case's organisation and that organisation's details (one undo step).
export function updateCaseOrganisation(store: Store, caseId: number, update: OrganisationUpdate): CaseRecord {
  const record = getCase(store, caseId);
  runAction(store, `Edit case ${record.label}`, (rec) => applyOrganisationUpdate(rec, caseId, update));
  return getCase(store, caseId);
}
