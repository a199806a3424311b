// Every SQL statement on the contradictions' tables: contradictions (one contradiction
// followed across phases) and contradiction_phases (the tension that shows it in a phase,
// with its status there).
import { defineQueries, rows, values } from '../db/query-layer.ts';
import type { ContradictionPhaseRow, ContradictionRow } from '../db/table-rows.ts';

// A tension's link to the contradiction it shows, with the contradiction's name.
export type TensionLinkRow = Pick<ContradictionPhaseRow, 'tension_id' | 'contradiction_id' | 'status'> & { name: ContradictionRow['name'] };

// The statements, prepared once per connection.
export const contradictionQueries = defineQueries({
  row: rows<ContradictionRow, [id: number]>('SELECT * FROM contradictions WHERE id = ?'),
  all: rows<ContradictionRow>('SELECT * FROM contradictions ORDER BY name COLLATE NOCASE, id'),
  nameTaken: values<number, [name: string, exceptId: number]>('SELECT id FROM contradictions WHERE name = ? COLLATE NOCASE AND id <> ?'),
  phases: rows<ContradictionPhaseRow>('SELECT * FROM contradiction_phases ORDER BY contradiction_id, id'),
  phaseOfTension: rows<ContradictionPhaseRow, [tensionId: number]>('SELECT * FROM contradiction_phases WHERE tension_id = ?'),
  phaseIds: values<number, [contradictionId: number]>('SELECT id FROM contradiction_phases WHERE contradiction_id = ? ORDER BY id'),
  phaseCount: values<number, [contradictionId: number]>('SELECT count(*) FROM contradiction_phases WHERE contradiction_id = ?'),
  // the links of a diagram's tensions
  linksOfDiagram: rows<TensionLinkRow, [diagramId: number]>(
    `SELECT p.tension_id, p.contradiction_id, p.status, c.name FROM contradiction_phases p
     JOIN contradictions c ON c.id = p.contradiction_id JOIN tensions t ON t.id = p.tension_id WHERE t.diagram_id = ?`,
  ),
});
