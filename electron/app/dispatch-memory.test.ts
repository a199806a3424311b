// A job that leaves much garbage (an export) gives its memory back after it has answered:
// the dispatcher collects once the heap grew past the threshold during the job.
import { describe, expect, it, vi } from 'vitest';
import { API_METHODS } from '../../shared/api.ts';
import { collectGarbage, heapUsed, RELEASE_THRESHOLD_BYTES } from '../infra/heap-release.ts';
import { createDispatcher } from './dispatch.ts';
import type { Handlers } from './dispatch.ts';

// Every handler answers null; the codebook export builds about 160 MB of objects first and drops them.
function handlers(): Handlers {
  const table = Object.fromEntries(API_METHODS.map((m) => [m, () => null])) as unknown as Handlers;
  table['docx.exportCodebook'] = () => {
    const built = Array.from({ length: 20_000 }, (_, i) => new Array<number>(1000).fill(i));
    return { written: true, path: '/tmp/x.docx', bytes: built.length, extracts: 0, replacements: 0, warnings: [] };
  };
  return table;
}

describe('memory after a job', () => {
  it('returns to its level once the job has answered', async () => {
    const { dispatch } = createDispatcher(handlers(), { isReadOnly: () => false, emit: () => {} });
    collectGarbage();
    const before = heapUsed();
    const answer = await dispatch('docx.exportCodebook', { path: '/tmp/x.docx', overwrite: true, jobId: 'job-1', attribution: 'role-project' });
    expect(answer).toMatchObject({ ok: true, result: { written: true, bytes: 20_000 } });
    expect(heapUsed() - before).toBeGreaterThan(RELEASE_THRESHOLD_BYTES);
    await vi.waitFor(() => expect(heapUsed() - before).toBeLessThan(RELEASE_THRESHOLD_BYTES / 4), { timeout: 5000, interval: 20 });
  });
});
