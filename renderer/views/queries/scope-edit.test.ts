import { describe, expect, it } from 'vitest';
import { countRestrictions, setIdList, toggleFilterValue, withoutEmpty } from './scope-edit.ts';

describe('scope edits', () => {
  it('adds and removes filter values, dropping empty filters', () => {
    let scope = toggleFilterValue({}, 'role', 'broker', true);
    scope = toggleFilterValue(scope, 'role', 'mentor', true);
    scope = toggleFilterValue(scope, 'round', '2', true);
    expect(scope.filters).toEqual([
      { field: 'role', values: ['broker', 'mentor'] },
      { field: 'round', values: ['2'] },
    ]);
    scope = toggleFilterValue(toggleFilterValue(scope, 'role', 'broker', false), 'role', 'mentor', false);
    expect(scope).toEqual({ filters: [{ field: 'round', values: ['2'] }] });
    expect(countRestrictions({ ...scope, excludeInterviewer: true, caseIds: [1] })).toBe(3);
  });
  it('treats empty lists as no restriction', () => {
    expect(setIdList({ sourceIds: [3] }, 'sourceIds', [])).toEqual({});
    expect(withoutEmpty({ filters: [], dateFrom: '', excludeInterviewer: false })).toEqual({});
  });
});
