// Codable codes sharing a name before a .qdpx export: grouped by their exact name (as
// QualCoder's unique(name) compares), categories left out, the codings of all but the first
// counted, and the warning naming every code.
import { describe, expect, it } from 'vitest';
import { sameNameCodes, sameNameWarning } from './same-name-codes.ts';

const code = (path: string, codingCount: number, isCodable?: boolean) => ({ name: path.split('/').pop() ?? path, path, codingCount, ...(isCodable === undefined ? {} : { isCodable }) });

describe('codes sharing a name', () => {
  it('groups codable codes of exactly the same name, in codebook order, counting the codings of all but the first', () => {
    const groups = sameNameCodes([code('Q1/Barriers', 4), code('Q2/Time', 1), code('Q3/Barriers', 2), code('Q4/Barriers', 5), code('Q5/Time', 0)]);
    expect(groups).toEqual([
      { name: 'Barriers', paths: ['Q1/Barriers', 'Q3/Barriers', 'Q4/Barriers'], codingsAtRisk: 7 },
      { name: 'Time', paths: ['Q2/Time', 'Q5/Time'], codingsAtRisk: 0 },
    ]);
  });

  it('leaves out categories (QualCoder keeps them in a table of their own) and names that differ in case or spaces', () => {
    expect(sameNameCodes([code('Barriers', 0, false), code('Q1/Barriers', 3, true)])).toEqual([]);
    expect(sameNameCodes([code('Q1/Barriers', 3), code('Q2/barriers', 3), { name: 'Barriers ', path: 'Q3/Barriers ', codingCount: 1 }])).toEqual([]);
  });

  it('says what QualCoder does with them and lists each name with its codes', () => {
    expect(sameNameWarning([])).toBeNull();
    const one = sameNameWarning([{ name: 'Barriers', paths: ['Q1/Barriers', 'Q3/Barriers'], codingsAtRisk: 1 }]);
    expect(one).toBe(
      'Two or more codes share a name. QualCoder matches codes by name: it keeps the first code of each name and imports the codings of the others (1 coding) without a code. Rename them before exporting for QualCoder (NVivo, ATLAS.ti and MAXQDA match codes by their GUID and are not affected).\n“Barriers”: Q1/Barriers; Q3/Barriers',
    );
    const two = sameNameWarning([
      { name: 'Barriers', paths: ['Q1/Barriers', 'Q3/Barriers'], codingsAtRisk: 2 },
      { name: 'Time', paths: ['Q2/Time', 'Q5/Time'], codingsAtRisk: 3 },
    ]);
    expect(two?.split('\n')).toEqual([expect.stringMatching(/^2 names are shared by two or more codes\. .*\(5 codings\)/), '“Barriers”: Q1/Barriers; Q3/Barriers', '“Time”: Q2/Time; Q5/Time']);
  });
});
