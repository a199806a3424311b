// Which project a command line names, and the .alens extension on saved paths.
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { findProjectArgument, withProjectExtension } from './project-paths.ts';

const cwd = path.resolve('/home/researcher');

describe('findProjectArgument', () => {
  it.each<[string, string[], string | null]>([
    ['packaged, double-clicked file', ['/opt/Activity Lens/activity-lens', '/data/Study.alens'], path.resolve('/data/Study.alens')],
    ['development, relative path', ['/x/electron', '.', 'studies/q4.alens'], path.join(cwd, 'studies/q4.alens')],
    ['upper-case extension', ['app', 'C.ALENS'], path.join(cwd, 'C.ALENS')],
    ['Chromium switches are skipped', ['app', '--allow-file-access-from-files', '--x=y.alens', 'p.alens'], path.join(cwd, 'p.alens')],
    ['the first project wins', ['app', 'a.alens', 'b.alens'], path.join(cwd, 'a.alens')],
    ['no project', ['app', '.', 'notes.txt'], null],
    ['the executable itself is never a project', ['weird.alens'], null],
    ['empty', [], null],
  ])('%s', (_name, argv, expected) => {
    expect(findProjectArgument(argv, cwd)).toBe(expected);
  });
});

describe('withProjectExtension', () => {
  it.each([
    ['/d/Study', '/d/Study.alens'],
    ['/d/Study.alens', '/d/Study.alens'],
    ['/d/Study.ALENS', '/d/Study.ALENS'],
    ['/d/Study.v2', '/d/Study.v2.alens'],
  ])('%s -> %s', (input, output) => {
    expect(withProjectExtension(input)).toBe(output);
  });
});
