import { describe, expect, it } from 'vitest';
import type { CaseRecord } from '../../../shared/model/entities.ts';
import { caseColumns, cellValue, FIXED_COLUMNS, saveCall } from './case-columns.ts';

const record: CaseRecord = {
  id: 7,
  guid: 'g',
  label: 'Broker, Project 1',
  realName: 'Rachel Pryce',
  role: 'broker',
  jobTitle: 'Curriculum manager',
  organisation: null,
  project: null,
  partnerRole: null,
  providerType: null,
  region: null,
  attributes: { Age: '41' },
};

const column = (key: string) => {
  const found = caseColumns([record], ['Gender']).find((c) => c.key === key);
  if (!found) throw new Error(key);
  return found;
};

describe('case grid columns', () => {
  it('lists the fixed columns, then every attribute once', () => {
    expect(caseColumns([record, { ...record, id: 8, attributes: { Age: '30', Round: '2' } }], ['Gender', 'Age']).map((c) => c.label)).toEqual([...FIXED_COLUMNS.map((c) => c.label), 'Age', 'Round', 'Gender']);
  });

  it('shows values and empty cells', () => {
    expect(cellValue(record, column('role'))).toBe('broker');
    expect(cellValue(record, column('region'))).toBe('');
    expect(cellValue(record, column('attr:Age'))).toBe('41');
    expect(cellValue(record, column('attr:Gender'))).toBe('');
  });

  it('saves each kind of cell with the right call', () => {
    expect(saveCall(record, column('jobTitle'), ' Head of quality ')).toEqual({ method: 'cases.update', input: { id: 7, jobTitle: 'Head of quality' } });
    expect(saveCall(record, column('attr:Gender'), 'f')).toEqual({ method: 'cases.update', input: { id: 7, attributes: { Gender: 'f' } } });
    expect(saveCall(record, column('organisation'), 'Ashdown College')).toEqual({ method: 'caseGrid.update', input: { id: 7, organisation: 'Ashdown College' } });
    expect(saveCall({ ...record, organisation: 'Ashdown College' }, column('region'), '')).toEqual({ method: 'caseGrid.update', input: { id: 7, region: null } });
  });

  it('refuses what cannot be saved, saying why', () => {
    expect(saveCall(record, column('label'), '  ')).toEqual({ problem: 'Label cannot be empty.' });
    expect(saveCall(record, column('region'), 'London')).toEqual({ method: 'caseGrid.update', input: { id: 7, region: 'London' } });
    expect(saveCall(record, column('partnerRole'), 'sideways')).toMatchObject({ problem: expect.stringMatching(/lead, partner, external or other/) });
  });
});
