// Checking typed project paths before they are sent.
import { describe, expect, it } from 'vitest';
import { isAbsolutePath, projectPathProblem } from './project-paths.ts';

describe('isAbsolutePath', () => {
  it.each<[string, boolean]>([
    ['/home/ana/study.alens', true],
    ['C:\\Research\\study.alens', true],
    ['c:/Research/study.alens', true],
    ['\\\\server\\share\\study.alens', true],
    ['study.alens', false],
    ['./study.alens', false],
    ['~/study.alens', false],
  ])('%s', (path, expected) => {
    expect(isAbsolutePath(path)).toBe(expected);
  });
});

describe('projectPathProblem', () => {
  it('accepts a full path ending in .alens', () => {
    expect(projectPathProblem(' /home/ana/Study.ALENS ', true)).toBeNull();
  });
  it('asks for a path when empty, a full path when relative, .alens for a project file', () => {
    expect(projectPathProblem('  ', true)).toMatch(/Enter the full path/);
    expect(projectPathProblem('study.alens', true)).toMatch(/full path/);
    expect(projectPathProblem('/home/ana/study.db', true)).toMatch(/\.alens/);
    expect(projectPathProblem('/home/ana/study.db', false)).toBeNull();
  });
});
