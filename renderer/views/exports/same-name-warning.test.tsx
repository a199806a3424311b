// The .qdpx export dialog when codable codes share a name: it lists them, holds the export
// back until "Export anyway" is ticked, and then exports; without such codes (or for a .qdc)
// nothing is in the way.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import type { ExchangeExportInfo, SameNameCodes } from '../../../shared/model/exchange.ts';
import { ExchangeExportDialog } from './exchange-export-dialog.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

const api = vi.hoisted(() => ({ calls: [] as string[] }));
vi.mock('../../api.ts', () => ({
  call: (method: string) => {
    api.calls.push(method);
    const counts = { coders: 0, nodes: 2, cases: 0, attributes: 0, sources: 1, codings: 3, memos: 0, diagrams: 0, references: 0 };
    return Promise.resolve({ fileName: 'p.qdpx', path: '/tmp/p.qdpx', bytesBase64: null, bytes: 2048, counts, leftOut: [] });
  },
  onEvent: () => () => undefined,
}));

const BARRIERS: SameNameCodes = { name: 'Barriers', paths: ['Q1 Tools/Barriers', 'Q3 Community/Barriers'], codingsAtRisk: 3 };

function info(sameNameCodes: SameNameCodes[]): ExchangeExportInfo {
  const counts = { coders: 0, nodes: 2, cases: 0, attributes: 0, sources: 1, codings: 3, memos: 0, diagrams: 0, references: 0 };
  return { counts, qdpxWarning: 'This file carries real names.', qdcNote: 'A codebook.', suggestedName: 'p.qdpx', sameNameCodes };
}

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
  api.calls = [];
});

function render(kind: 'qdpx' | 'qdc', groups: SameNameCodes[]): HTMLElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(<ExchangeExportDialog kind={kind} info={info(groups)} projectPath="/tmp/p.alens" onClose={() => undefined} />));
  return document.body;
}

const button = (page: HTMLElement, label: RegExp) => [...page.querySelectorAll('button')].find((b) => label.test(b.textContent ?? ''));

describe('the export dialog with codes sharing a name', () => {
  it('lists them and exports only once "Export anyway" is ticked', async () => {
    const page = render('qdpx', [BARRIERS]);
    const warning = page.querySelector('[role="group"][aria-labelledby="same-name-codes-heading"]');
    expect(warning?.textContent).toContain('QualCoder matches codes by name');
    expect(warning?.textContent).toContain('(3 codings)');
    expect([...(warning?.querySelectorAll('li') ?? [])].map((li) => li.textContent)).toEqual(['“Barriers”: Q1 Tools/Barriers; Q3 Community/Barriers']);
    expect(button(page, /^Download \.qdpx/)?.disabled).toBe(true);
    expect(button(page, /^Write file/)?.disabled).toBe(true);
    button(page, /^Download \.qdpx/)?.click();
    expect(api.calls).toEqual([]);

    const anyway = warning?.querySelector<HTMLInputElement>('input[type="checkbox"]');
    expect(anyway?.parentElement?.textContent?.trim()).toBe('Export anyway');
    act(() => anyway?.click());
    expect(button(page, /^Download \.qdpx/)?.disabled).toBe(false);
    await act(async () => button(page, /^Download \.qdpx/)?.click());
    expect(api.calls).toEqual(['exchange.exportQdpx']);
    expect(page.textContent).toContain('Wrote /tmp/p.qdpx');
  });

  it('shows no such warning without codes sharing a name, nor for a codebook (.qdc)', () => {
    const page = render('qdpx', []);
    expect(page.textContent).not.toContain('QualCoder matches codes by name');
    expect(button(page, /^Download \.qdpx/)?.disabled).toBe(false);
    act(() => root?.unmount());
    document.body.innerHTML = '';
    const qdc = render('qdc', [BARRIERS]);
    expect(qdc.textContent).not.toContain('QualCoder matches codes by name');
    expect(button(qdc, /^Download \.qdc/)?.disabled).toBe(false);
  });
});
