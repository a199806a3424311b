// Project files that travel can come back changed: a trigger, view or index added with
// another tool, a table replaced by a view, a changed column, a wrong user_version, or a
// damaged b-tree. Each is refused before anything is written, with a message naming the
// project, and the file's bytes stay as they were; the normal demo project opens.
import { closeSync, copyFileSync, openSync, readFileSync, writeFileSync, writeSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, beforeEach, describe, expect, it } from 'vitest';
import { createAppHost } from '../../electron/app/app-host.ts';
import { runCli } from '../../electron/cli/main.ts';
import { createBackup } from '../../electron/db/backups.ts';
import { createProject, openProject } from '../../electron/db/open-project.ts';
import { writeDemoStudy } from '../../electron/projects/demo-study.ts';
import { ApiError } from '../../shared/errors.ts';
import { rawDatabase } from '../helpers/raw-database.ts';
import { makeTempDir } from '../helpers/temp-dir.ts';

let tmp: { dir: string; cleanup: () => void };
let demo: string;
let n = 0;

beforeAll(() => {
  tmp = makeTempDir('alens-tampered-');
  demo = join(tmp.dir, 'demo-template.alens');
  const store = createProject(demo, 'Demo study');
  writeDemoStudy(store);
  store.close();
});
afterAll(() => tmp.cleanup());

// A fresh copy of the demo project.
function demoCopy(): string {
  const path = join(tmp.dir, `study-${++n}.alens`);
  copyFileSync(demo, path);
  return path;
}

// Changes a project raw, as the sqlite3 shell would (given the key of an encrypted one).
function tamper(path: string, sql: string): void {
  const raw = rawDatabase(path);
  raw.exec(sql);
  raw.pragma('wal_checkpoint(TRUNCATE)');
  raw.close();
}

function refusal(fn: () => unknown): ApiError {
  try {
    fn();
  } catch (error) {
    if (error instanceof ApiError) return error;
    throw error;
  }
  throw new Error('expected a refusal');
}

function count(path: string, table: string): number {
  const raw = rawDatabase(path, { readonly: true });
  try {
    return Number(raw.prepare(`SELECT count(*) FROM ${table}`).pluck().get());
  } finally {
    raw.close();
  }
}

const ALTERED = /has been altered outside Activity Lens: .*It was left untouched\. .*(Open a backup or a read-only copy|no good backup)/s;

describe('a project altered outside Activity Lens', () => {
  it.each([
    ['a trigger that deletes every coding on the next import', 'CREATE TRIGGER wipe AFTER INSERT ON sources BEGIN DELETE FROM codings; END;', /unknown trigger "wipe" on sources/],
    [
      'a trigger that rewrites the anonymisation register',
      "CREATE TRIGGER unmask AFTER INSERT ON sources BEGIN UPDATE anonymisation_rules SET replacement = real_text; DELETE FROM anonymisation_overrides; END;",
      /unknown trigger "unmask" on sources/,
    ],
    ['a table replaced by a view that shows nothing', 'PRAGMA foreign_keys = OFF; ALTER TABLE memos RENAME TO memos_kept; CREATE VIEW memos AS SELECT * FROM memos_kept WHERE 0;', /the table "memos" has been replaced by a view/],
    ['an extra index', 'CREATE INDEX sneaky ON codings (node_id, start);', /unknown index "sneaky" on codings/],
    ['a changed column', 'ALTER TABLE sources ADD COLUMN exfiltrate TEXT;', /the table "sources" has been changed/],
    ['a dropped index', 'DROP INDEX sources_list;', /the index "sources_list" on sources is missing/],
    ['a main trigger named like the app\'s own temporary ones', 'CREATE TRIGGER alens_watch_sources_insert AFTER INSERT ON sources BEGIN DELETE FROM codings; END;', /unknown trigger "alens_watch_sources_insert"/],
  ])('%s is refused and the file is unchanged', (_label, sql, what) => {
    const path = demoCopy();
    tamper(path, sql);
    const before = readFileSync(path);
    const error = refusal(() => openProject(path));
    expect(error.code).toBe('NOT_OUR_FILE');
    expect(error.message).toMatch(ALTERED);
    expect(error.message).toMatch(what);
    expect(error.message).toContain(path);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('is refused through the app and the command line, and no trigger fires', async () => {
    const path = demoCopy();
    tamper(path, 'CREATE TRIGGER wipe AFTER INSERT ON sources BEGIN DELETE FROM codings; END;');
    const before = readFileSync(path);
    const codings = count(path, 'codings');
    const host = createAppHost({ binding: 'direct', homeDir: join(tmp.dir, `home-${n}`), emit: () => {} });
    try {
      const opened = await host.dispatch('project.open', { path });
      expect(opened).toMatchObject({ ok: false, error: { code: 'NOT_OUR_FILE' } });
      expect(JSON.stringify(opened)).toMatch(/altered outside Activity Lens/);
    } finally {
      await host.close();
    }
    const note = join(tmp.dir, `note-${n}.txt`);
    writeFileSync(note, 'Interviewer: Hello?\n\nAnn: Hello.\n');
    const err: string[] = [];
    const code = await runCli(['import', path, note], () => {}, (s) => err.push(s));
    expect(code).toBe(1);
    expect(err.join('\n')).toMatch(/altered outside Activity Lens/);
    expect(err.join('\n')).not.toMatch(/\n\s+at /);
    expect(readFileSync(path).equals(before)).toBe(true);
    expect(count(path, 'codings')).toBe(codings);
  });

  it('offers the newest good backup, passing over an altered one', async () => {
    const path = demoCopy();
    const good = openProject(path);
    const backup = await createBackup(good, 'snapshot', 'good');
    good.close();
    tamper(path, 'CREATE INDEX sneaky ON codings (node_id);');
    const altered = openProject(path, { readOnly: true });
    const bad = await createBackup(altered, 'snapshot', 'altered');
    altered.close();
    const error = refusal(() => openProject(path));
    expect(error.message).toContain(backup.path);
    expect(error.message).not.toContain(bad.path);
  });

  it('opens read-only, where nothing is written and no trigger can fire, and project.check says what was altered', async () => {
    const path = demoCopy();
    tamper(path, 'CREATE TRIGGER wipe AFTER INSERT ON sources BEGIN DELETE FROM codings; END;');
    const before = readFileSync(path);
    const host = createAppHost({ binding: 'direct', homeDir: join(tmp.dir, `home-ro-${n}`), emit: () => {} });
    try {
      expect(await host.dispatch('project.open', { path, readOnly: true })).toMatchObject({ ok: true, result: { readOnly: true } });
      const check = await host.dispatch('project.check', {});
      expect(check).toMatchObject({ ok: true, result: { ok: false } });
      expect(JSON.stringify(check)).toMatch(/altered outside Activity Lens: .*unknown trigger \\"wipe\\"/);
      const write = await host.dispatch('sources.importFile', { fileName: 'x.txt', bytesBase64: Buffer.from('Ann: hi').toString('base64') });
      expect(write).toMatchObject({ ok: false, error: { code: 'READ_ONLY' } });
    } finally {
      await host.close();
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('a wrong user_version', () => {
  it.each([0, 5])('user_version %i on a file with our tables is refused in words, never as a SQLite error', (version) => {
    const path = demoCopy();
    tamper(path, `PRAGMA user_version = ${version};`);
    const before = readFileSync(path);
    for (const readOnly of [false, true]) {
      const error = refusal(() => openProject(path, { readOnly }));
      expect(error.code).toBe('NOT_OUR_FILE');
      expect(error.message).toMatch(new RegExp(`altered outside Activity Lens: it records project format ${version}, but its tables are those of format \\d+`));
      expect(error.message).not.toMatch(/already exists|SqliteError/);
    }
    expect(readFileSync(path).equals(before)).toBe(true);
  });
});

describe('the normal demo project', () => {
  it('opens for writing and read-only, and its check finds nothing wrong even with the app\'s temporary triggers installed', async () => {
    const path = demoCopy();
    const host = createAppHost({ binding: 'direct', homeDir: join(tmp.dir, `home-ok-${n}`), emit: () => {} });
    try {
      expect(await host.dispatch('project.open', { path })).toMatchObject({ ok: true });
      // a query installs the change watcher's TEMP triggers; they are not part of the file
      expect(await host.dispatch('queries.facets', {})).toMatchObject({ ok: true });
      expect(await host.dispatch('project.check', {})).toMatchObject({ ok: true, result: { ok: true, messages: [] } });
    } finally {
      await host.close();
    }
    openProject(path).close();
    openProject(path, { readOnly: true }).close();
  });
});

// Overwrites bytes of the codings table's root page (a b-tree page) in the file.
function damageCodings(path: string): void {
  const raw = rawDatabase(path, { readonly: true });
  const root = Number(raw.prepare("SELECT rootpage FROM sqlite_schema WHERE name = 'codings'").pluck().get());
  const pageSize = Number(raw.pragma('page_size', { simple: true }));
  raw.close();
  const fd = openSync(path, 'r+');
  try {
    writeSync(fd, Buffer.alloc(600, 0xa5), 0, 600, (root - 1) * pageSize + 200);
    writeSync(fd, Buffer.from([0x0d, 0xff, 0xff, 0xff, 0xff]), 0, 5, (root - 1) * pageSize);
  } finally {
    closeSync(fd);
  }
}

describe('a damaged project', () => {
  let path: string;
  let backupPath: string;
  beforeEach(async () => {
    path = demoCopy();
    const store = openProject(path);
    backupPath = (await createBackup(store, 'snapshot', 'before damage')).path;
    store.close();
    damageCodings(path);
  });

  it('is refused for writing with a message that names the project and its newest good backup; the file is unchanged', () => {
    const before = readFileSync(path);
    const error = refusal(() => openProject(path));
    expect(error.code).toBe('CORRUPT');
    expect(error.message).toMatch(new RegExp(`^The project ${path.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')} is damaged \\(`));
    expect(error.message).toContain('will not write to it. Nothing was changed.');
    expect(error.message).toContain(backupPath);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('an import into it through the command line is refused the same way, not blamed on the imported file', async () => {
    const note = join(tmp.dir, `new-${n}.txt`);
    writeFileSync(note, 'Interviewer: Hello?\n\nAnn: Hello.\n');
    const before = readFileSync(path);
    const out: string[] = [];
    const err: string[] = [];
    const code = await runCli(['import', path, note], (s) => out.push(s), (s) => err.push(s));
    expect(code).toBe(1);
    const said = [...out, ...err].join('\n');
    expect(said).toContain(`The project ${path} is damaged`);
    expect(said).not.toMatch(/new-\d+\.txt could not be read|\n\s+at /);
    expect(readFileSync(path).equals(before)).toBe(true);
  });

  it('in the app it opens, shows its first screen, and refuses the first write (an import) naming the project; a restore still works', async () => {
    const before = readFileSync(path);
    const host = createAppHost({ binding: 'direct', homeDir: join(tmp.dir, `home-dmg-${n}`), emit: () => {} });
    try {
      expect(await host.dispatch('project.open', { path })).toMatchObject({ ok: true });
      expect(await host.dispatch('project.stats', {})).toMatchObject({ ok: true });
      const imported = await host.dispatch('sources.importFile', { fileName: 'new.txt', bytesBase64: Buffer.from('Interviewer: Hi\n\nAnn: Hi.').toString('base64') });
      expect(imported).toMatchObject({ ok: false, error: { code: 'CORRUPT' } });
      const message = imported.ok ? '' : imported.error.message;
      expect(message).toContain(`The project ${path} is damaged`);
      expect(message).toContain(backupPath);
      expect(message).not.toMatch(/new\.txt/);
      const check = await host.dispatch('project.check', {});
      expect(check).toMatchObject({ ok: true, result: { ok: false, newestBackup: { path: backupPath } } });
      expect(readFileSync(path).equals(before)).toBe(true);
      const backupName = backupPath.split(/[/\\]/).pop() ?? '';
      expect(await host.dispatch('backups.restore', { fileName: backupName })).toMatchObject({ ok: true });
      expect(await host.dispatch('project.check', {})).toMatchObject({ ok: true, result: { ok: true } });
    } finally {
      await host.close();
    }
  });
});
