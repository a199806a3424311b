// The date field shows the app's date form, hands the host YYYY-MM-DD, and holds back text
// that is not a date with a message beside the field.
import { afterEach, describe, expect, it, vi } from 'vitest';
import { act, useState } from 'react';
import { createRoot } from 'react-dom/client';
import type { Root } from 'react-dom/client';
import { DateField } from './date-field.tsx';

(globalThis as { IS_REACT_ACT_ENVIRONMENT?: boolean }).IS_REACT_ACT_ENVIRONMENT = true;

let root: Root | null = null;
afterEach(() => {
  act(() => root?.unmount());
  root = null;
  document.body.innerHTML = '';
});

function Host({ initial, saved }: { initial: string; saved: (value: string) => void }) {
  const [value, setValue] = useState(initial);
  return (
    <label>
      <span>Interview date</span>
      <DateField
        value={value}
        onChange={(next) => {
          setValue(next);
          saved(next);
        }}
      />
      <output>{value}</output>
    </label>
  );
}

function render(initial: string, saved: (value: string) => void): HTMLInputElement {
  const host = document.createElement('div');
  document.body.append(host);
  root = createRoot(host);
  act(() => root?.render(<Host initial={initial} saved={saved} />));
  const input = host.querySelector('input');
  if (!input) throw new Error('no input');
  return input;
}

// types text as React sees it
function typeText(input: HTMLInputElement, text: string): void {
  act(() => {
    const setter = Object.getOwnPropertyDescriptor(HTMLInputElement.prototype, 'value')?.set;
    setter?.call(input, text);
    input.dispatchEvent(new Event('input', { bubbles: true }));
  });
}

// types text, then leaves the field
function typeAndLeave(input: HTMLInputElement, text: string): void {
  typeText(input, text);
  act(() => {
    input.dispatchEvent(new FocusEvent('focusout', { bubbles: true }));
    input.dispatchEvent(new FocusEvent('blur'));
  });
}

const message = () => document.querySelector('[role="alert"]');
const stored = () => document.querySelector('output')?.textContent;

describe('DateField', () => {
  it('shows the stored date in the app form', () => {
    const input = render('2025-11-04', () => undefined);
    expect(input.value).toBe('4 Nov 2025');
    expect(input.type).toBe('text');
  });

  it('reads day-first and long forms and shows them back in the app form', () => {
    const saved = vi.fn();
    const input = render('', saved);
    typeAndLeave(input, '04/11/2025');
    expect(saved).toHaveBeenLastCalledWith('2025-11-04');
    expect(input.value).toBe('4 Nov 2025');
    typeAndLeave(input, '29 February 2024');
    expect(stored()).toBe('2024-02-29');
    expect(input.value).toBe('29 Feb 2024');
    expect(message()).toBeNull();
  });

  it('holds back text that is not a date, with a message, until it is corrected', () => {
    const saved = vi.fn();
    const input = render('2025-11-04', saved);
    typeAndLeave(input, '31 Apr 2025');
    expect(saved).not.toHaveBeenCalled();
    expect(stored()).toBe('2025-11-04');
    expect(message()?.textContent).toContain('"31 Apr 2025" is not a date');
    expect(input.getAttribute('aria-invalid')).toBe('true');
    expect(input.getAttribute('aria-describedby')).toBe(message()?.id);
    typeAndLeave(input, '2025-04-30');
    expect(saved).toHaveBeenLastCalledWith('2025-04-30');
    expect(message()).toBeNull();
    expect(input.getAttribute('aria-invalid')).toBe('false');
  });

  it('clears the date when the text is emptied, and Enter reads the text', () => {
    const saved = vi.fn();
    const input = render('2025-11-04', saved);
    typeAndLeave(input, '  ');
    expect(saved).toHaveBeenLastCalledWith('');
    typeText(input, '1 Jan 2026');
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    act(() => {
      input.dispatchEvent(enter);
    });
    expect(stored()).toBe('2026-01-01');
    expect(enter.defaultPrevented).toBe(false);
  });

  it('passes a complete date on while typing, without rewriting the text until the field is left', () => {
    const saved = vi.fn();
    const input = render('', saved);
    typeText(input, '04/11/2025');
    expect(saved).toHaveBeenLastCalledWith('2025-11-04');
    expect(input.value).toBe('04/11/2025');
    typeAndLeave(input, '04/11/2025');
    expect(input.value).toBe('4 Nov 2025');
    expect(saved).toHaveBeenCalledTimes(1);
  });

  it('keeps Enter from submitting text that is not a date', () => {
    const input = render('', () => undefined);
    typeText(input, 'soon');
    const enter = new KeyboardEvent('keydown', { key: 'Enter', bubbles: true, cancelable: true });
    act(() => {
      input.dispatchEvent(enter);
    });
    expect(enter.defaultPrevented).toBe(true);
    expect(message()).not.toBeNull();
  });
});
