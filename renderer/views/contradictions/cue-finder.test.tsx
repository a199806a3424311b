// The cue finder's hits: a KWIC line that merged several cues marks every one of them, not
// only the first.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import type { ManifestationInProject } from '../../../shared/model/discursive-manifestations.ts';
import type { SearchResult } from '../../../shared/model/queries.ts';
import { CueFinder } from './cue-finder.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const DILEMMA: ManifestationInProject = { kind: 'dilemma', name: 'Dilemma', description: 'Hesitation', cues: ['on the other hand', 'I don’t know'], query: '"on the other hand" OR "I don’t know"', nodeId: 4, codingCount: 0 };

const RESULT: SearchResult = {
  understood: '"on the other hand" OR "I don’t know"',
  fts: { mode: 'include', match: '' },
  totalSegments: 1,
  totalSources: 1,
  offset: 0,
  truncated: false,
  segments: [
    {
      segmentId: 9,
      sourceId: 2,
      sourceName: 'Interview - Noor',
      caseId: null,
      caseLabel: 'Mentor',
      role: null,
      speakerLabel: 'Noor',
      isInterviewer: false,
      start: 0,
      end: 90,
      lines: [{ start: 10, end: 27, left: 'We could, ', match: 'on the other hand', also: [{ gap: ' we might not, ', match: 'I don’t know', start: 42, end: 54 }], right: ' really.', matches: 2 }],
    },
  ],
};

vi.mock('../../api.ts', () => ({
  call: (method: string) => Promise.resolve(method === 'queries.search' ? RESULT : [DILEMMA]),
  onEvent: () => () => undefined,
}));

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

describe('the cue finder', () => {
  it('marks every cue of a merged line', async () => {
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(async () => root?.render(<CueFinder entries={[]} readOnly={false} actions={{ run: () => Promise.resolve(undefined) }} notify={() => undefined} />));
    const searchButton = [...host.querySelectorAll('button')].find((b) => b.textContent === 'Search for the cues');
    await act(async () => searchButton?.click());
    const hit = host.querySelector('[aria-label="Cue hits"] li .contradictions-hit');
    expect([...(hit?.querySelectorAll('mark') ?? [])].map((m) => m.textContent)).toEqual(['on the other hand', 'I don’t know']);
    expect(hit?.textContent).toBe('We could, on the other hand we might not, I don’t know really.');
  });

  it('codes every cue of a merged line, not only its first', async () => {
    const runs: { method: string; input: unknown }[] = [];
    const run = (method: string, input: unknown) => {
      runs.push({ method, input });
      return Promise.resolve(undefined);
    };
    const host = document.createElement('div');
    document.body.append(host);
    root = createRoot(host);
    await act(async () => root?.render(<CueFinder entries={[]} readOnly={false} actions={{ run } as never} notify={() => undefined} />));
    const button = (text: string) => [...host.querySelectorAll('button')].find((b) => b.textContent?.startsWith(text));
    await act(async () => button('Search for the cues')?.click());
    expect(button('Code ')?.textContent).toContain('Code 2 hits');
    await act(async () => button('Code ')?.click());
    expect(runs).toEqual([
      {
        method: 'contradictions.codeCueHits',
        input: expect.objectContaining({
          hits: [
            { sourceId: 2, segmentId: 9, start: 10, end: 27 },
            { sourceId: 2, segmentId: 9, start: 42, end: 54 },
          ],
        }),
      },
    ]);
  });
});
