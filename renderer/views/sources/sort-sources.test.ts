// Sorting and filtering of the sources table.
import { describe, expect, it } from 'vitest';
import type { SourceSummary } from '../../../shared/model/entities.ts';
import { filterSources, nextSort, sortSources } from './sort-sources.ts';

function source(id: number, fields: Partial<SourceSummary>): SourceSummary {
  return {
    id,
    guid: `g${id}`,
    name: `Source ${id}`,
    kind: 'transcript',
    round: null,
    mode: null,
    interviewDate: null,
    importedAt: '2025-01-01T00:00:00Z',
    originFormat: 'txt',
    originFileName: null,
    characters: 0,
    words: 0,
    segmentCount: 0,
    codingCount: 0,
    caseNames: [],
    revision: 0,
    ...fields,
  };
}

const list = [
  source(1, { name: 'Interview 10', words: 500, round: 2, interviewDate: '2025-03-01', caseNames: ['Broker, Project 1'] }),
  source(2, { name: 'Interview 2', words: 1500, round: null, kind: 'evaluator report' }),
  source(3, { name: 'interview 1', words: 900, round: 1, mode: 'telephone', interviewDate: '2024-11-20' }),
];
const names = (l: SourceSummary[]) => l.map((s) => s.name);

describe('sortSources', () => {
  it('sorts names naturally and without regard to case', () => {
    expect(names(sortSources(list, { column: 'name', direction: 'ascending' }))).toEqual(['interview 1', 'Interview 2', 'Interview 10']);
    expect(names(sortSources(list, { column: 'name', direction: 'descending' }))).toEqual(['Interview 10', 'Interview 2', 'interview 1']);
  });
  it('sorts numbers as numbers', () => {
    expect(names(sortSources(list, { column: 'words', direction: 'ascending' }))).toEqual(['Interview 10', 'interview 1', 'Interview 2']);
  });
  it.each(['ascending', 'descending'] as const)('puts empty values last when %s', (direction) => {
    expect(names(sortSources(list, { column: 'round', direction })).at(-1)).toBe('Interview 2');
    expect(names(sortSources(list, { column: 'interviewDate', direction })).at(-1)).toBe('Interview 2');
  });
  it('does not change its input', () => {
    const copy = [...list];
    sortSources(list, { column: 'words', direction: 'descending' });
    expect(list).toEqual(copy);
  });
});

describe('filterSources', () => {
  it.each<[string, string[]]>([
    ['', ['Interview 10', 'Interview 2', 'interview 1']],
    ['evaluator', ['Interview 2']],
    ['BROKER', ['Interview 10']],
    ['telephone interview', ['interview 1']],
    ['round 2', ['Interview 10']],
    ['nothing like this', []],
  ])('"%s"', (query, expected) => {
    expect(names(filterSources(list, query))).toEqual(expected);
  });
});

describe('nextSort', () => {
  it('flips the same column and starts a new one ascending', () => {
    expect(nextSort({ column: 'name', direction: 'ascending' }, 'name')).toEqual({ column: 'name', direction: 'descending' });
    expect(nextSort({ column: 'name', direction: 'descending' }, 'words')).toEqual({ column: 'words', direction: 'ascending' });
  });
});
