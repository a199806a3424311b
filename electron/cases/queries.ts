// Every SQL statement on the cases' tables: cases, case_attribute_values, attributes
// (of cases), organisations, projects and classifications.
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { AttributeRow, CaseAttributeValueRow, CaseRow, OrganisationRow } from '../db/table-rows.ts';

// The names a speaker label is matched against.
export type CaseNamesRow = Pick<CaseRow, 'id' | 'label'> & { realName: string };

// A case with its organisation's name and details and its project's name.
export type CaseListRow = Pick<CaseRow, 'id' | 'guid' | 'label' | 'real_name' | 'role' | 'job_title'> &
  Pick<OrganisationRow, 'partner_role' | 'provider_type' | 'region'> & { organisation: string | null; project: string | null };

// An organisation as the Cases grid lists it.
export type OrganisationListRow = Pick<OrganisationRow, 'id' | 'name' | 'region'> & {
  project: string | null;
  partnerRole: OrganisationRow['partner_role'];
  providerType: OrganisationRow['provider_type'];
  caseCount: number;
};

// An organisation with its project's name (what the register replaces it by).
export type OrganisationWithProjectRow = Pick<OrganisationRow, 'id' | 'name' | 'partner_role'> & { project: string | null };

const CASE_LIST_SQL = `
  SELECT k.id, k.guid, k.label, k.real_name, k.role, k.job_title, o.name AS organisation, p.name AS project,
         o.partner_role, o.provider_type, o.region
  FROM cases k LEFT JOIN organisations o ON o.id = k.organisation_id LEFT JOIN projects p ON p.id = o.project_id`;

// The statements, prepared once per connection.
export const caseQueries = defineQueries({
  exists: values<1, [id: number]>('SELECT 1 FROM cases WHERE id = ?'),
  namesAfter: rows<CaseNamesRow, [afterId: number]>('SELECT id, label, real_name AS realName FROM cases WHERE id > ? ORDER BY id'),
  list: rows<CaseListRow>(`${CASE_LIST_SQL} ORDER BY k.label COLLATE NOCASE, k.id`),
  listed: rows<CaseListRow, [id: number]>(`${CASE_LIST_SQL} WHERE k.id = ?`),
  names: rows<Pick<CaseRow, 'id' | 'label' | 'real_name'>>('SELECT id, label, real_name FROM cases'),
  label: values<string, [id: number]>('SELECT label FROM cases WHERE id = ?'),
  organisationOf: values<number | null, [id: number]>('SELECT organisation_id FROM cases WHERE id = ?'),
  // key: already trimmed and lower-cased
  idsByFoldedName: values<number, { key: string }>('SELECT id FROM cases WHERE lower(trim(label)) = @key OR lower(trim(real_name)) = @key ORDER BY id'),
  idsByName: values<number, { name: string }>('SELECT id FROM cases WHERE lower(trim(label)) = lower(trim(@name)) OR lower(trim(real_name)) = lower(trim(@name)) ORDER BY id'),
  // how many sources and speaker turns name the case
  uses: values<number, { id: number }>('SELECT (SELECT count(*) FROM source_cases WHERE case_id = @id) + (SELECT count(*) FROM segments WHERE case_id = @id)'),
  usedRoles: values<string>("SELECT DISTINCT role FROM cases WHERE role <> '' ORDER BY role COLLATE NOCASE"),
  attributes: rows<Pick<AttributeRow, 'name'> & Pick<CaseAttributeValueRow, 'value'>, [caseId: number]>(
    'SELECT a.name, v.value FROM case_attribute_values v JOIN attributes a ON a.id = v.attribute_id WHERE v.case_id = ? ORDER BY a.sort_order, a.name',
  ),
  // every case's attribute values, in each case's attribute order (one read for the whole list)
  allAttributes: rows<Pick<CaseAttributeValueRow, 'case_id' | 'value'> & Pick<AttributeRow, 'name'>>(
    'SELECT v.case_id, a.name, v.value FROM case_attribute_values v JOIN attributes a ON a.id = v.attribute_id ORDER BY v.case_id, a.sort_order, a.name',
  ),
  attributeId: values<number, [name: string]>("SELECT id FROM attributes WHERE applies_to = 'case' AND name = ?"),
  attributeNames: values<string>("SELECT name FROM attributes WHERE applies_to = 'case' ORDER BY sort_order, name COLLATE NOCASE"),
  nextAttributeOrder: values<number>("SELECT coalesce(max(sort_order), 0) + 1 FROM attributes WHERE applies_to = 'case'"),
  attributeValueRowid: values<number, [caseId: number, attributeId: number]>('SELECT rowid FROM case_attribute_values WHERE case_id = ? AND attribute_id = ?'),
  attributeValueRowids: values<number, [caseId: number]>('SELECT rowid FROM case_attribute_values WHERE case_id = ?'),
  organisations: rows<OrganisationListRow>(
    `SELECT o.id, o.name, p.name AS project, o.partner_role AS partnerRole, o.provider_type AS providerType, o.region,
            (SELECT count(*) FROM cases k WHERE k.organisation_id = o.id) AS caseCount
     FROM organisations o LEFT JOIN projects p ON p.id = o.project_id ORDER BY o.name COLLATE NOCASE`,
  ),
  organisationNamed: values<number, [name: string]>('SELECT id FROM organisations WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1'),
  providerTypes: values<string | null>('SELECT DISTINCT provider_type FROM organisations ORDER BY provider_type COLLATE NOCASE'),
  regions: values<string | null>('SELECT DISTINCT region FROM organisations ORDER BY region COLLATE NOCASE'),
  projectNamed: values<number, [name: string]>('SELECT id FROM projects WHERE name = ? COLLATE NOCASE ORDER BY id LIMIT 1'),
  projectNames: values<string>('SELECT name FROM projects ORDER BY name COLLATE NOCASE'),
  // the names the anonymisation register covers: every case's, and every organisation's with its project
  namesById: rows<Pick<CaseRow, 'id' | 'label' | 'real_name'>>('SELECT id, label, real_name FROM cases ORDER BY id'),
  count: values<number>('SELECT count(*) FROM cases'),
  organisationsWithProject: rows<OrganisationWithProjectRow>('SELECT o.id, o.name, p.name AS project, o.partner_role FROM organisations o LEFT JOIN projects p ON p.id = o.project_id ORDER BY o.id'),
});
