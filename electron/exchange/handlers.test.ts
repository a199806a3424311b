// The exchange methods through the real dispatcher and app host: results are plain JSON
// (bytes as base64), files go out as bytes or to a host path (never over an existing
// file), come in as bytes or a path (not both), progress is reported, and merging a
// codebook is refused on a read-only project.
import { existsSync } from 'node:fs';
import { join } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import type { ApiEvent } from '../../shared/api.ts';
import type { ApiResponse } from '../../shared/api.ts';
import { createAppHost } from '../app/app-host.ts';
import type { AppHost } from '../app/app-host.ts';
import { makeTempDir } from '../../tests/helpers/temp-dir.ts';

let tmp: { dir: string; cleanup: () => void };
let host: AppHost;
const events: ApiEvent[] = [];

function ok<T>(response: ApiResponse): T {
  if (!response.ok) throw new Error(`${response.error.code}: ${response.error.message}`);
  return response.result as T;
}

beforeAll(async () => {
  tmp = makeTempDir('alens-exchange-host-');
  host = createAppHost({ binding: 'direct', homeDir: tmp.dir, emit: (event) => events.push(event) });
  await host.openStartupProject('demo');
});
afterAll(async () => {
  await host.close();
  tmp.cleanup();
});

describe('exchange methods', () => {
  it('warns with counts before a .qdpx is written', async () => {
    const info = ok<{ qdpxWarning: string; counts: { sources: number }; suggestedName: string }>(await host.dispatch('exchange.exportInfo', {}));
    expect(info.counts.sources).toBeGreaterThan(0);
    expect(info.qdpxWarning).toContain('real names');
    expect(info.qdpxWarning).toContain(`${info.counts.sources} sources`);
    const unconfirmed = await host.dispatch('exchange.exportQdpx', {});
    expect(unconfirmed.ok ? null : unconfirmed.error.message).toContain('Confirm');
    expect(info.suggestedName).toMatch(/\.qdpx$/);
  });

  it('returns the .qdpx as base64 in plain JSON, with progress for its job', async () => {
    const result = ok<{ bytesBase64: string; path: null; bytes: number; fileName: string }>(await host.dispatch('exchange.exportQdpx', { confirmRealNames: true, jobId: 'export-1' }));
    expect(JSON.parse(JSON.stringify(result))).toEqual(result);
    expect(result.path).toBeNull();
    expect(Buffer.from(result.bytesBase64, 'base64').length).toBe(result.bytes);
    expect(events.some((e) => e.type === 'progress' && e.jobId === 'export-1')).toBe(true);
  });

  it('writes to a host path once and refuses to replace the file', async () => {
    const target = join(tmp.dir, 'demo.qdpx');
    const written = ok<{ path: string; bytesBase64: null }>(await host.dispatch('exchange.exportQdpx', { path: target, confirmRealNames: true }));
    expect(written.path).toBe(target);
    expect(written.bytesBase64).toBeNull();
    expect(existsSync(target)).toBe(true);
    const again = await host.dispatch('exchange.exportQdpx', { path: target, confirmRealNames: true });
    expect(again.ok ? null : again.error.code).toBe('ALREADY_EXISTS');
    const wrongName = await host.dispatch('exchange.exportQdpx', { path: join(tmp.dir, 'demo.zip'), confirmRealNames: true });
    expect(wrongName.ok ? null : wrongName.error.message).toContain('must end in .qdpx');
  });

  it('takes a file as bytes or as a path, not both', async () => {
    const target = join(tmp.dir, 'demo.qdpx');
    const both = await host.dispatch('exchange.previewQdpx', { path: target, bytesBase64: 'AAAA' });
    expect(both.ok ? null : both.error.code).toBe('BAD_INPUT');
    const neither = await host.dispatch('exchange.previewQdpx', {});
    expect(neither.ok ? null : neither.error.code).toBe('BAD_INPUT');
    const missing = await host.dispatch('exchange.previewQdpx', { path: join(tmp.dir, 'nope.qdpx') });
    expect(missing.ok ? null : missing.error.code).toBe('NOT_FOUND');
    const notZip = await host.dispatch('exchange.previewQdpx', { fileName: 'notes.qdpx', bytesBase64: Buffer.from('plain text, not a zip at all').toString('base64') });
    expect(notZip.ok ? null : notZip.error.code).toBe('CORRUPT');
  });

  it('imports into a new project without touching the open one, which can then be opened', async () => {
    const before = ok<{ path: string }>(await host.dispatch('project.current', {}));
    const projectPath = join(tmp.dir, 'Imported.alens');
    const report = ok<{ projectPath: string; comingIn: { sources: number; codings: number } }>(
      await host.dispatch('exchange.importQdpx', { path: join(tmp.dir, 'demo.qdpx'), projectPath }),
    );
    expect(report.projectPath).toBe(projectPath);
    expect(ok<{ path: string }>(await host.dispatch('project.current', {})).path).toBe(before.path);
    const stats = ok<{ sources: number; codings: number }>(await host.dispatch('project.stats', {}));
    expect(report.comingIn).toMatchObject({ sources: stats.sources, codings: stats.codings });
    const again = await host.dispatch('exchange.importQdpx', { path: join(tmp.dir, 'demo.qdpx'), projectPath });
    expect(again.ok ? null : again.error.code).toBe('ALREADY_EXISTS');
    ok(await host.dispatch('project.open', { path: projectPath }));
    expect(ok<{ sources: number; codings: number }>(await host.dispatch('project.stats', {}))).toMatchObject({ sources: stats.sources, codings: stats.codings });
  });

  it('refuses to merge a codebook into a project open read-only', async () => {
    const qdc = ok<{ bytesBase64: string; fileName: string }>(await host.dispatch('exchange.exportQdc', {}));
    const projectPath = join(tmp.dir, 'Imported.alens');
    ok(await host.dispatch('project.open', { path: projectPath, readOnly: true }));
    const merge = await host.dispatch('exchange.mergeQdc', { fileName: qdc.fileName, bytesBase64: qdc.bytesBase64 });
    expect(merge.ok ? null : merge.error.code).toBe('READ_ONLY');
    // a preview reads only
    expect(ok<{ newCodes: number }>(await host.dispatch('exchange.previewQdc', { fileName: qdc.fileName, bytesBase64: qdc.bytesBase64 })).newCodes).toBe(0);
  });
});
