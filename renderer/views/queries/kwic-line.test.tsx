// A KWIC line: the words before the match keep their last space (no-break, so the right-to-left
// box that cuts the left half does not move it away), every match is marked, and the summary
// counts matches and lines.
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { KwicText, matchesSummary } from './kwic-line.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function draw(line: Parameters<typeof KwicText>[0]['line']): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(<KwicText line={line} />));
  return host;
}

describe('KwicText', () => {
  it('keeps the space between the words before and the keyword', () => {
    const host = draw({ left: '…paid staff for their ', match: 'time', right: ', simplified', also: [] });
    const left = host.querySelector('.queries-kwic-left > span');
    expect(left?.textContent).toBe('…paid staff for their\u00a0');
    expect(host.textContent).toBe('…paid staff for their\u00a0time, simplified');
  });

  it('marks the later matches of a merged line in the right half', () => {
    const host = draw({ left: 'the ', match: 'time', right: ' is short', also: [{ gap: ' and the ', match: 'time', start: 17, end: 21 }] });
    expect([...host.querySelectorAll('.queries-kwic-right mark')].map((m) => m.textContent)).toEqual(['time', 'time']);
    expect(host.querySelector('.queries-kwic-right')?.textContent).toBe('time and the time is short');
  });
});

describe('matchesSummary', () => {
  it('says how many lines when lines stand for more than one match', () => {
    expect(matchesSummary([{ matches: 2 }, { matches: 1 }])).toBe('3 matches in 2 lines');
    expect(matchesSummary([{ matches: 1 }, { matches: 1 }])).toBe('2 matches');
    expect(matchesSummary([{ matches: 2 }, { matches: 1 }], 'use', 'uses')).toBe('3 uses in 2 lines');
  });
});
