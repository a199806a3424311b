// A calendar-date text field in the app's own form: it shows "4 Nov 2025", reads the forms
// parseDate accepts when the field is left or Enter is pressed, and hands the host YYYY-MM-DD.
// Text that is not a date gets an inline message and is not passed on.
import { useId, useState } from 'react';
import type { KeyboardEvent } from 'react';
import { formatDate } from '../format.ts';
import { parseDate } from '../parse-date.ts';

export interface DateFieldProps {
  // YYYY-MM-DD, or '' for no date
  value: string;
  // called with YYYY-MM-DD, or '' when the field is emptied
  onChange(value: string): void;
  placeholder?: string;
}

// The text field and, under it, the message for text that is not a date.
export function DateField({ value, onChange, placeholder = 'e.g. 4 Nov 2025' }: DateFieldProps) {
  const [text, setText] = useState(formatDate(value));
  const [problem, setProblem] = useState<string | null>(null);
  const messageId = useId();

  // a new value from the host (another source chosen, a reset) replaces what is shown
  const [shownValue, setShownValue] = useState(value);
  if (shownValue !== value) {
    setShownValue(value);
    setText(formatDate(value));
    setProblem(null);
  }

  // reads the text; false when it is not a date
  function commit(): boolean {
    const typed = text.trim();
    if (typed === '') {
      setProblem(null);
      if (value !== '') onChange('');
      return true;
    }
    const iso = parseDate(typed);
    if (iso === null) {
      setProblem(`"${typed.slice(0, 40)}" is not a date. Type it as 4 Nov 2025, 04/11/2025 (day first) or 2025-11-04; it is not saved until then.`);
      return false;
    }
    setProblem(null);
    setText(formatDate(iso));
    if (iso !== value) onChange(iso);
    return true;
  }

  // a complete date is passed on as it is typed (so a shortcut that saves without leaving the
  // field has it), without rewriting the text until the field is left
  function typed(next: string): void {
    setText(next);
    const iso = parseDate(next);
    if (iso !== null && iso !== value) {
      setShownValue(iso);
      setProblem(null);
      onChange(iso);
    }
  }

  function onKeyDown(e: KeyboardEvent<HTMLInputElement>): void {
    // a date that cannot be read does not let Enter submit the form with the old date
    if (e.key === 'Enter' && !commit()) e.preventDefault();
  }

  return (
    <>
      <input
        type="text"
        inputMode="text"
        autoComplete="off"
        placeholder={placeholder}
        value={text}
        aria-invalid={problem !== null}
        aria-describedby={problem !== null ? messageId : undefined}
        onChange={(e) => typed(e.target.value)}
        onBlur={() => commit()}
        onKeyDown={onKeyDown}
      />
      {problem !== null ? (
        <span id={messageId} className="field-error" role="alert">
          {problem}
        </span>
      ) : null}
    </>
  );
}
