// The coding view after a coding action: only the turn whose codings changed renders again
// (the other turns keep their runs and stripes), and nothing is read from the host before
// its stripe is painted (no codings, codebook, coders or memos read again).
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import { afterEach, beforeEach, describe, expect, it, vi } from 'vitest';
import type { ApiEvent } from '../../../shared/api.ts';
import type { ProjectInfo, SourceDetail } from '../../../shared/model/entities.ts';
import type * as TurnStripesModule from './turn-stripes.tsx';
import type { TurnStripesProps } from './turn-stripes.tsx';
import { coding, node, segmentsOf } from './testing/render-transcript.tsx';
import { CodingView } from './coding-view.tsx';

const TEXT = [
  'Interviewer: How did the visits start?',
  'Participant: The broker set them up for both sites.',
  'Interviewer: And the coaching log?',
  'Participant: We filled it in after each visit, every time.',
  'Interviewer: Did it help?',
  'Participant: It took the spontaneity out of it.',
].join('\n\n');

const SOURCE: SourceDetail = {
  id: 1,
  guid: 's1',
  name: 'Interview one',
  kind: 'transcript',
  round: null,
  mode: null,
  interviewDate: null,
  importedAt: '',
  originFormat: 'txt',
  originFileName: null,
  characters: TEXT.length,
  words: 40,
  segmentCount: 6,
  codingCount: 2,
  caseNames: [],
  revision: 1,
  text: TEXT,
  segments: segmentsOf(TEXT, ['Interviewer', 'Participant']),
  mediaPath: null,
  description: '',
};

const at = (phrase: string) => ({ start: TEXT.indexOf(phrase), end: TEXT.indexOf(phrase) + phrase.length });

const host = vi.hoisted(() => ({ calls: [] as string[], listeners: new Set<(event: unknown) => void>(), stripeRenders: [] as number[] }));

vi.mock('../../api.ts', () => ({
  call: (method: string) => {
    host.calls.push(method);
    if (method === 'sources.get') return Promise.resolve(SOURCE);
    if (method === 'codings.list') return Promise.resolve([coding(1, 7, at('broker set them up')), coding(2, 7, at('spontaneity'))]);
    if (method === 'nodes.list') return Promise.resolve([node(7, 'Rules', '#884400'), node(8, 'Tools', '#004488')]);
    if (method === 'coders.list') return Promise.resolve([{ id: 1, guid: 'c1', name: 'Ann Coder', initials: 'AC' }]);
    return Promise.resolve(method.endsWith('.list') ? [] : null);
  },
  onEvent: (cb: (event: unknown) => void) => {
    host.listeners.add(cb);
    return () => host.listeners.delete(cb);
  },
  announceChange: () => undefined,
}));

// every render of a turn's stripes, by where the turn starts (each turn renders them once per render)
vi.mock('./turn-stripes.tsx', async (importOriginal) => {
  const real = await importOriginal<typeof TurnStripesModule>();
  return {
    ...real,
    TurnStripes(props: TurnStripesProps) {
      host.stripeRenders.push(props.runs[0]?.start ?? -1);
      return real.TurnStripes(props);
    },
  };
});

const PROJECT: ProjectInfo = { path: '/p.alens', guid: 'render-test', name: 'Study', readOnly: false, schemaVersion: 15, isDemo: false, encrypted: false };

let container: HTMLElement;
let root: ReturnType<typeof createRoot>;

async function settle() {
  for (let i = 0; i < 3; i++) {
    await act(async () => {
      await new Promise((resolve) => setTimeout(resolve, 0));
    });
  }
}

beforeEach(async () => {
  host.calls = [];
  container = document.createElement('div');
  document.body.append(container);
  root = createRoot(container);
  await act(async () => root.render(<CodingView project={PROJECT} request={{ sourceId: 1, range: null, nonce: 1 }} onBack={() => undefined} notify={() => undefined} />));
  await settle();
});
afterEach(() => {
  act(() => root.unmount());
  container.remove();
  host.listeners.clear();
});

const turnStart = (phrase: string) => SOURCE.segments.find((s) => s.start <= TEXT.indexOf(phrase) && TEXT.indexOf(phrase) < s.end)?.start;

describe('the coding view after a coding action', () => {
  it('renders only the turn whose codings changed, and reads nothing before the stripe', () => {
    const turns = container.querySelectorAll('[role="group"]');
    expect(turns).toHaveLength(6);
    expect(container.querySelectorAll('.coding-stripe[data-node-id="8"]')).toHaveLength(0);
    host.calls = [];
    host.stripeRenders = [];
    const event: ApiEvent = { type: 'project-changed', reason: 'codings.create', codings: { codings: [coding(3, 8, at('coaching log'))], removedCodingIds: [], nodesChanged: false }, seq: 1 };
    act(() => {
      for (const l of host.listeners) l(event);
    });
    // the new stripe is there, beside its turn
    const stripe = container.querySelector('.coding-stripe[data-node-id="8"]');
    expect(stripe?.closest('[role="group"]')?.textContent).toContain('And the coaching log?');
    // only that turn rendered (its stripes once for the new coding, once more with their measured places)
    expect(new Set(host.stripeRenders)).toEqual(new Set([turnStart('coaching log')]));
    // nothing read from the host for it
    expect(host.calls).toEqual([]);
  });
});
