// Suggestions: names, organisations and places the sources mention that the register
// lacks (found offline); each can be accepted as a register entry or ignored.
import { useState } from 'react';
import { RULE_KINDS } from '../../../shared/model/anonymise.ts';
import type { RuleKind, Suggestion } from '../../../shared/model/anonymise.ts';
import { call } from '../../api.ts';
import { toApiCallError } from '../../api-call-error.ts';
import { ErrorMessage } from '../../components/error-message.tsx';
import { finishJob, startJob } from '../../jobs.ts';
import type { Notice } from '../frame/notice-bar.tsx';

interface Choice {
  kind: RuleKind;
  replacement: string;
}

interface SuggestionItemProps {
  suggestion: Suggestion;
  choice: Choice;
  readOnly: boolean;
  onChoice(choice: Choice): void;
  onAccept(): void;
  onIgnore(): void;
}

// One suggested name: where it was found, its kind and replacement, Accept and Ignore.
function SuggestionItem({ suggestion: s, choice: c, readOnly, onChoice, onAccept, onIgnore }: SuggestionItemProps) {
  return (
    <li>
      <strong>{s.text}</strong> <span className="muted">({s.count}×, found as {s.via === 'capitalised' ? 'a capitalised word' : s.via})</span>
      {s.examples.map((e) => (
        <div key={e.sourceId} className="anon-context">
          {e.sourceName}: {e.context}
        </div>
      ))}
      <div className="anon-actions">
        <select aria-label={`Kind of ${s.text}`} value={c.kind} onChange={(e) => onChoice({ ...c, kind: e.target.value as RuleKind })}>
          {RULE_KINDS.map((k) => (
            <option key={k} value={k}>
              {k}
            </option>
          ))}
        </select>
        <input type="text" aria-label={`Replacement for ${s.text}`} value={c.replacement} onChange={(e) => onChoice({ ...c, replacement: e.target.value })} />
        <button type="button" className="small" disabled={readOnly} onClick={onAccept}>
          Accept
        </button>
        <button type="button" className="small" disabled={readOnly} onClick={onIgnore}>
          Ignore
        </button>
      </div>
    </li>
  );
}

// The suggestions section of the register panel.
export function SuggestionsSection({ readOnly, onChanged, notify }: { readOnly: boolean; onChanged(): void; notify(notice: Notice): void }) {
  const [suggestions, setSuggestions] = useState<Suggestion[] | null>(null);
  const [choices, setChoices] = useState<Record<string, Choice>>({});
  const [busy, setBusy] = useState(false);
  const [error, setError] = useState<string | null>(null);

  async function scan() {
    setBusy(true);
    setError(null);
    const jobId = startJob('Looking for names not in the register');
    try {
      setSuggestions(await call('register.suggest', { jobId }));
    } catch (e) {
      setError(toApiCallError(e).message);
    } finally {
      finishJob(jobId);
      setBusy(false);
    }
  }

  const choiceOf = (s: Suggestion): Choice => choices[s.text] ?? { kind: s.kind, replacement: s.kind === 'person' ? 'colleague' : s.kind === 'place' ? 'place' : s.kind === 'organisation' ? 'organisation' : 'identifier' };
  const drop = (s: Suggestion) => setSuggestions((list) => (list ?? []).filter((x) => x.text !== s.text));

  async function accept(s: Suggestion) {
    setError(null);
    try {
      const c = choiceOf(s);
      await call('register.add', { kind: c.kind, realText: s.text, replacement: c.replacement });
      drop(s);
      onChanged();
      notify({ kind: 'info', text: `Added "${s.text}" to the register.` });
    } catch (e) {
      setError(toApiCallError(e).message);
    }
  }

  async function ignore(s: Suggestion) {
    setError(null);
    try {
      await call('register.ignore', { text: s.text });
      drop(s);
      onChanged();
    } catch (e) {
      setError(toApiCallError(e).message);
    }
  }

  return (
    <section className="anon-section" aria-labelledby="anon-suggest-heading">
      <h2 id="anon-suggest-heading">Suggestions</h2>
      <p className="muted">Scans the sources for people, organisations and places (and other capitalised words) that the register does not cover yet. Nothing leaves your computer.</p>
      <button type="button" onClick={() => void scan()} disabled={busy}>
        {busy ? 'Scanning…' : suggestions ? 'Scan again' : 'Scan sources for names'}
      </button>
      <ErrorMessage error={error} onDismiss={() => setError(null)} />
      {suggestions && suggestions.length === 0 ? <p>No new names found.</p> : null}
      {suggestions && suggestions.length > 0 ? (
        <ul className="anon-list" aria-label="Suggested names">
          {suggestions.map((s) => (
            <SuggestionItem key={s.text} suggestion={s} choice={choiceOf(s)} readOnly={readOnly} onChoice={(c) => setChoices({ ...choices, [s.text]: c })} onAccept={() => void accept(s)} onIgnore={() => void ignore(s)} />
          ))}
        </ul>
      ) : null}
    </section>
  );
}
