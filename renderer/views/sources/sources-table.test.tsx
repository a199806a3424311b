// The Sources table draws only the rows in view (and the selected one wherever it is), each
// with its place in the whole list for screen readers, and the keyboard still moves the
// selection through rows that were not drawn.
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import type { SourceSummary } from '../../../shared/model/entities.ts';
import { SourcesTable } from './sources-table.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  window.localStorage.clear();
});

function source(i: number): SourceSummary {
  return { id: i + 1, guid: `g${i}`, name: `Interview ${String(i + 1).padStart(4, '0')}`, kind: 'transcript', round: 1, mode: null, interviewDate: null, importedAt: '2026-01-01T00:00:00Z', originFormat: 'txt', originFileName: null, characters: 100, words: 20, segmentCount: 2, codingCount: 0, caseNames: [], revision: 1 };
}

const SOURCES = Array.from({ length: 1000 }, (_, i) => source(i));

function render(selectedId: number | null, onSelect: (s: SourceSummary) => void = () => {}): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(<SourcesTable projectGuid="p1" sources={SOURCES} sort={{ column: 'name', direction: 'ascending' }} onSort={() => {}} selectedId={selectedId} onSelect={onSelect} onOpen={() => {}} />));
  return host;
}

const bodyRows = (host: HTMLElement) => [...host.querySelectorAll<HTMLTableRowElement>('tbody > tr[aria-rowindex]')];

describe('SourcesTable', () => {
  it('draws a window of rows, not all 1,000, with their places in the list', () => {
    const host = render(null);
    const rows = bodyRows(host);
    expect(rows.length).toBeGreaterThan(10);
    expect(rows.length).toBeLessThan(100);
    expect(host.querySelector('table')?.getAttribute('aria-rowcount')).toBe('1001');
    expect(rows[0]?.getAttribute('aria-rowindex')).toBe('2');
    // the rows not drawn are stood for by a gap hidden from screen readers
    expect(host.querySelector('tbody > tr.window-gap')?.getAttribute('aria-hidden')).toBe('true');
  });

  it('always draws the selected row in its place, however far down it is', () => {
    const host = render(900);
    const selected = host.querySelector('tbody > tr[aria-selected="true"]');
    expect(selected?.getAttribute('aria-rowindex')).toBe('901');
    expect(selected?.getAttribute('tabindex')).toBe('0');
  });

  it('End selects the last source even though its row was not drawn', () => {
    const chosen: string[] = [];
    const host = render(1, (s) => chosen.push(s.name));
    const first = bodyRows(host)[0] as HTMLTableRowElement;
    act(() => {
      first.dispatchEvent(new KeyboardEvent('keydown', { key: 'End', bubbles: true }));
    });
    expect(chosen).toEqual(['Interview 1000']);
  });

  it('resizes a column from its header with the keyboard, keeps the width for the project, and still draws only a window', () => {
    const host = render(null);
    const handle = host.querySelector<HTMLElement>('[role="separator"][aria-label="Resize the Name column"]');
    const nameCol = () => host.querySelector<HTMLElement>('colgroup > col')?.style.width;
    expect(host.querySelectorAll('colgroup > col')).toHaveLength(8);
    expect(nameCol()).toBe('240px');
    act(() => void handle?.dispatchEvent(new KeyboardEvent('keydown', { key: 'ArrowRight', bubbles: true })));
    expect(nameCol()).toBe('256px');
    expect(host.querySelector('table')?.style.width).toBe('1008px');
    expect(window.localStorage.getItem('activity-lens:p1:column-widths:sources')).toBe('{"name":256}');
    expect(bodyRows(host).length).toBeLessThan(100);
  });
});
