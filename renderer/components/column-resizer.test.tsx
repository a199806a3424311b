// A column's resize handle: Left/Right change the column's width by 16 px and Home puts it
// back, the width is remembered for the project, and a drag moves the width with the pointer.
import { afterEach, describe, expect, it } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { useColumnWidths } from '../hooks/use-column-widths.ts';
import { COLUMN_MAX_WIDTH, COLUMN_MIN_WIDTH } from '../hooks/use-column-widths.ts';
import { ColumnResizer, dragWidth } from './column-resizer.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  window.localStorage.clear();
});

function Table({ projectGuid }: { projectGuid: string }) {
  const widths = useColumnWidths(projectGuid, 'demo');
  const width = widths.widthOf({ key: 'name', usual: 200 });
  return (
    <table>
      <colgroup>
        <col data-testid="name-col" style={{ width }} />
      </colgroup>
      <thead>
        <tr>
          <th>
            Name
            <ColumnResizer column="Name" width={width} onResize={(w) => widths.setWidth('name', w)} />
          </th>
        </tr>
      </thead>
    </table>
  );
}

function render(projectGuid: string): HTMLElement {
  act(() => root?.unmount());
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(<Table projectGuid={projectGuid} />));
  return host;
}

const separator = (host: HTMLElement) => host.querySelector<HTMLElement>('[role="separator"]');
const colWidth = (host: HTMLElement) => host.querySelector<HTMLElement>('col')?.style.width;
const press = (el: HTMLElement | null, key: string) => act(() => void el?.dispatchEvent(new KeyboardEvent('keydown', { key, bubbles: true })));

describe('ColumnResizer', () => {
  it('is a focusable vertical separator with the width as its value', () => {
    const handle = separator(render('p1'));
    expect(handle?.getAttribute('aria-orientation')).toBe('vertical');
    expect(handle?.getAttribute('aria-valuenow')).toBe('200');
    expect(handle?.getAttribute('aria-label')).toBe('Resize the Name column');
    expect(handle?.tabIndex).toBe(0);
  });

  it('widens and narrows the column by 16 px with Right and Left, and Home puts it back', () => {
    const host = render('p1');
    press(separator(host), 'ArrowRight');
    press(separator(host), 'ArrowRight');
    expect(colWidth(host)).toBe('232px');
    expect(separator(host)?.getAttribute('aria-valuenow')).toBe('232');
    press(separator(host), 'ArrowLeft');
    expect(colWidth(host)).toBe('216px');
    press(separator(host), 'Home');
    expect(colWidth(host)).toBe('200px');
  });

  it('remembers the width for the project, not for others', () => {
    press(separator(render('p1')), 'ArrowRight');
    expect(colWidth(render('p1'))).toBe('216px');
    expect(colWidth(render('p2'))).toBe('200px');
    press(separator(render('p1')), 'Home');
    expect(colWidth(render('p1'))).toBe('200px');
  });

  it('ignores a remembered width that is not a number within the limits', () => {
    window.localStorage.setItem('activity-lens:p1:column-widths:demo', JSON.stringify({ name: 5 }));
    expect(colWidth(render('p1'))).toBe('200px');
    window.localStorage.setItem('activity-lens:p1:column-widths:demo', 'not json');
    expect(colWidth(render('p1'))).toBe('200px');
  });
});

describe('dragWidth', () => {
  it('moves the width by how far the pointer went', () => {
    expect(dragWidth(200, 500, 540)).toBe(240);
    expect(dragWidth(200, 500, 430)).toBe(130);
    expect(dragWidth(200, 500, 500.4)).toBe(200);
  });

  it('keeps the width within the limits', () => {
    expect(dragWidth(200, 500, 0)).toBe(COLUMN_MIN_WIDTH);
    expect(dragWidth(200, 0, 5000)).toBe(COLUMN_MAX_WIDTH);
  });
});
