// The command line: export-docx writes an anonymised report, and refuses (exit 1, leaks
// listed, nothing written) when a real name would leave; leak-check reads any file.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import mammoth from 'mammoth';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';
import { runCli } from './main.ts';
import { openProject } from '../db/open-project.ts';
import { saveMemo } from '../memos/memos.ts';

let tmp: { dir: string; cleanup: () => void };
let project: string;

async function cli(...args: string[]): Promise<{ code: number; out: string; err: string }> {
  let out = '';
  let err = '';
  const code = await runCli(
    args,
    (s) => (out += `${s}\n`),
    (s) => (err += `${s}\n`),
  );
  return { code, out, err };
}

beforeAll(async () => {
  tmp = makeTempDir();
  project = join(tmp.dir, 'demo.alens');
  expect((await cli('demo', project)).code).toBe(0);
});
afterAll(() => tmp.cleanup());

describe('export-docx', () => {
  it('writes the question-4 extracts by role', async () => {
    const out = join(tmp.dir, 'q4.docx');
    const result = await cli('export-docx', project, out, '--questions', '4', '--attribution', 'role-project');
    expect(result.code, result.err).toBe(0);
    expect(result.out).toMatch(/^Wrote .*q4\.docx \(extracts: \d+; \d+ names replaced/);
    const text = (await mammoth.extractRawText({ path: out })).value;
    expect(text).toContain('Q4 Division of labour');
    expect(text).not.toMatch(/Rachel|Okafor|Hollins/);
    expect((await cli('leak-check', project, out)).code).toBe(0);
  });

  it('takes nodes by path and the pseudonym format', async () => {
    const out = join(tmp.dir, 'power.docx');
    const result = await cli('export-docx', project, out, '--nodes', 'Q4 Division of labour/Power and conflict', '--attribution', 'pseudonym');
    expect(result.code, result.err).toBe(0);
    const text = (await mammoth.extractRawText({ path: out })).value;
    expect(text).toContain('(Nina)');
    expect(text).not.toContain('How work was divided');
  });

  it('refuses with the leaks listed when an exported memo names someone', async () => {
    const store = openProject(project);
    try {
      const codingId = store.db
        .prepare("SELECT c.id FROM codings c JOIN nodes n ON n.id = c.node_id WHERE n.name = 'Power and conflict' ORDER BY c.source_id, c.start LIMIT 1")
        .pluck()
        .get() as number;
      saveMemo(store, { targetKind: 'coding', targetId: codingId, title: '', contentJson: '{}', plainText: 'Okafor confirmed this later.' });
    } finally {
      store.close();
    }
    const out = join(tmp.dir, 'refused.docx');
    const result = await cli('export-docx', project, out, '--questions', '4', '--memos', 'footnotes');
    expect(result.code).toBe(1);
    expect(result.err).toContain('The export was blocked: 1 real name found');
    expect(result.err).toMatch(/footnote 1: "Okafor" \(register: Margaret Okafor\)/);
    expect(existsSync(out)).toBe(false);
  });

  it('explains bad options', async () => {
    expect((await cli('export-docx', project, join(tmp.dir, 'x.docx'), '--questions', '9')).err).toMatch(/numbers 1 to 6/);
    expect((await cli('export-docx', project, join(tmp.dir, 'x.docx'), '--attribution', 'names')).err).toMatch(/role-project, pseudonym/);
    expect((await cli('export-docx', project)).err).toMatch(/Missing the output .docx file/);
  });
});
