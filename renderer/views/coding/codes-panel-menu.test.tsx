// The context menu of the Codes panel's nodes: Shift+F10 on a focused node opens it, "Code
// the selection" is offered only while a passage is selected, a read-only project cannot
// change nodes, and Delete asks first with what it removes.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import type { NodeRecord, ProjectInfo } from '../../../shared/model/entities.ts';
import { useCodesPanelMenu } from './codes-panel-menu.tsx';
import { NodePanel } from './node-panel.tsx';
import { node } from './testing/render-transcript.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const api = vi.hoisted(() => ({ calls: [] as { method: string; params: unknown }[] }));
vi.mock('../../api.ts', () => ({
  call: (method: string, params: unknown) => {
    api.calls.push({ method, params });
    return Promise.resolve({ removedCodings: 2 });
  },
  announceChange: () => undefined,
  onEvent: () => () => undefined,
}));

const PARENT: NodeRecord = { ...node(1, 'Rules', '#884400'), codingCount: 2 };
const CHILD: NodeRecord = { ...node(2, 'Unwritten rules', '#884400'), parentId: 1, path: 'Rules/Unwritten rules' };

function project(readOnly: boolean): ProjectInfo {
  return { path: '/tmp/p.alens', name: 'p', guid: 'g', readOnly } satisfies Partial<ProjectInfo> as ProjectInfo;
}

interface HarnessProps {
  readOnly: boolean;
  hasSelection: boolean;
  onCode(nodeId: number): void;
}

function Harness({ readOnly, hasSelection, onCode }: HarnessProps) {
  const nodes = [PARENT, CHILD];
  const menu = useCodesPanelMenu({ project: project(readOnly), nodes, hasSelection, onCode, onDeleted: () => undefined, notify: () => undefined });
  return (
    <>
      <NodePanel
        nodes={nodes}
        countsHere={new Map()}
        recent={[]}
        hasSelection={hasSelection}
        readOnly={readOnly}
        highlightNodeId={null}
        onHighlight={() => undefined}
        onCode={onCode}
        onDropPassage={() => undefined}
        menuProps={menu.menuProps}
      />
      {menu.elements}
    </>
  );
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  api.calls = [];
});

function render(props: HarnessProps): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(<Harness {...props} />));
  return host;
}

// Focuses a node's name button and presses Shift+F10 there; gives the menu's items.
function openMenuOn(host: HTMLElement, nodeId: number): HTMLElement[] {
  const button = host.querySelector<HTMLElement>(`.coding-node[data-node-id="${nodeId}"] .coding-node-name`);
  if (!button) throw new Error(`no node ${nodeId}`);
  button.focus();
  act(() => {
    button.dispatchEvent(new KeyboardEvent('keydown', { key: 'F10', shiftKey: true, bubbles: true }));
  });
  return [...document.querySelectorAll<HTMLElement>('[role="menu"] [role="menuitem"]')];
}

function labels(items: readonly HTMLElement[]): (string | null)[] {
  return items.map((i) => i.textContent);
}

describe('the Codes panel node menu', () => {
  it('opens on Shift+F10 with the selection first, and codes the selection at that node', () => {
    const onCode = vi.fn();
    const host = render({ readOnly: false, hasSelection: true, onCode });
    const items = openMenuOn(host, 2);
    expect(document.querySelector('[role="menu"]')?.getAttribute('aria-label')).toBe('Node Unwritten rules');
    expect(labels(items)).toEqual(['Code the selection at Unwritten rules', 'Open in the codebook', 'Show in node view', 'Rename…', 'Colour…', 'New child node…', 'Memo…', 'Delete…']);
    expect(document.activeElement).toBe(items[0]);
    act(() => items[0]?.click());
    expect(onCode).toHaveBeenCalledWith(2);
    expect(document.querySelector('[role="menu"]')).toBeNull();
  });

  it('offers no coding without a selection, and only reading in a read-only project', () => {
    const host = render({ readOnly: true, hasSelection: true, onCode: vi.fn() });
    const items = openMenuOn(host, 1);
    expect(labels(items)).toEqual(['Open in the codebook', 'Show in node view', 'Rename…', 'Colour…', 'New child node…', 'Memo…', 'Delete…']);
    expect(items.filter((i) => i.getAttribute('aria-disabled') === 'true').map((i) => i.textContent)).toEqual(['Rename…', 'Colour…', 'New child node…', 'Delete…']);
    act(() => root?.unmount());
    document.body.innerHTML = '';
    const writable = render({ readOnly: false, hasSelection: false, onCode: vi.fn() });
    expect(labels(openMenuOn(writable, 1))[0]).toBe('Open in the codebook');
  });

  it('asks before deleting, saying what goes, and deletes only when confirmed', async () => {
    const host = render({ readOnly: false, hasSelection: false, onCode: vi.fn() });
    const del = openMenuOn(host, 1).find((i) => i.textContent === 'Delete…');
    act(() => del?.click());
    const dialog = document.querySelector('dialog');
    expect(dialog?.textContent).toContain('Delete “Rules”?');
    expect(dialog?.textContent).toContain('the node and 1 nodes under it');
    expect(api.calls).toEqual([]);
    const confirm = [...(dialog?.querySelectorAll('button') ?? [])].find((b) => b.textContent?.startsWith('Delete and remove'));
    await act(async () => confirm?.click());
    expect(api.calls).toEqual([{ method: 'nodes.delete', params: { id: 1 } }]);
  });

  it('opens the New node dialog under the node', () => {
    const host = render({ readOnly: false, hasSelection: false, onCode: vi.fn() });
    const item = openMenuOn(host, 1).find((i) => i.textContent === 'New child node…');
    act(() => item?.click());
    expect(document.querySelector('dialog')?.textContent).toContain('New node under Rules');
  });
});
